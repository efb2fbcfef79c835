import type { MemberRole } from "../practice/roles";

/**
 * The mail a person may choose to get or not. Mail about their account (a password reset, the
 * confirmation of their address) and invitations are always sent: they are not listed here.
 */
export const MAIL_TOPIC_IDS = [
  "work_assigned",
  "feedback_updates",
  "session_reminders",
  "session_preparation",
  "check_ins",
  "commitment_reminders",
  "pulse_updates",
  "sustain_check_ins",
  "coach_digest",
  "reply_moderation",
  "sponsor_report",
] as const;
export type MailTopicId = (typeof MAIL_TOPIC_IDS)[number];

/**
 * How a person gets a topic's mail: each time, gathered into their weekly digest (Monday 07:00 in
 * their own zone), or not at all.
 */
export const MAIL_DELIVERIES = ["each", "digest", "off"] as const;
export type MailDelivery = (typeof MAIL_DELIVERIES)[number];

export interface MailTopic {
  id: MailTopicId;
  label: string;
  /** Whose mail it is, and what it holds for each of them: a topic is offered to these roles only. */
  descriptions: Partial<Record<MemberRole, string>>;
  defaultOn: boolean;
  /**
   * Whether the mail may wait for the weekly digest: news that keeps a few days. Mail tied to an
   * hour (session reminders, preparing for a session, the week's check-in link) may not.
   */
  digestible: boolean;
}

export const MAIL_TOPICS: readonly MailTopic[] = [
  {
    id: "work_assigned",
    label: "Work assigned to me",
    descriptions: {
      client:
        "When your coach gives you a questionnaire or an exercise, with a link to it. Several given at once come in one mail.",
    },
    defaultOn: true,
    digestible: true,
  },
  {
    id: "feedback_updates",
    label: "360 feedback updates",
    descriptions: {
      client:
        "When your coach starts a 360 feedback (choose your raters and rate yourself), sends your list of raters back, asks you to approve a rater added late, or releases your report.",
      coach:
        "When a client sends their list of raters for your approval, or adds a rater late who needs your approval.",
    },
    defaultOn: true,
    digestible: true,
  },
  {
    id: "session_reminders",
    label: "Session reminders",
    descriptions: {
      client:
        "A day and an hour before each coaching session, with the time and how to join (the meeting link, the address or the number).",
      coach:
        "A day and an hour before each coaching session, with the time and how to join (the meeting link, the address or the number).",
    },
    defaultOn: true,
    digestible: false,
  },
  {
    id: "session_preparation",
    label: "Preparing for a session",
    descriptions: {
      client:
        "Two days before a session, if you have not prepared yet: a link to write your wins since last time, what to work on and a question for your coach.",
    },
    defaultOn: true,
    digestible: false,
  },
  {
    id: "check_ins",
    label: "Weekly check-in",
    descriptions: {
      client:
        "On the day and hour you chose, a link to a two-minute check-in: each goal's measure and your confidence, your energy, a win and a challenge.",
    },
    defaultOn: true,
    digestible: false,
  },
  {
    id: "commitment_reminders",
    label: "Reminders of commitments due",
    descriptions: {
      client:
        "The morning before a commitment of yours is due, one mail listing those due the next day that are still open, with a link to your to-do list.",
      coach:
        "The morning before a commitment of yours is due, one mail listing those due the next day that are still open, with a link to your to-do list.",
    },
    defaultOn: true,
    digestible: true,
  },
  {
    id: "pulse_updates",
    label: "Stakeholder pulses",
    descriptions: {
      client:
        "When your coach adds a stakeholder for you to approve, and when a pulse closes, with a link to what it shows.",
      coach:
        "When your client adds a stakeholder for you to approve, and when a pulse closes, with a link to what it shows.",
    },
    defaultOn: true,
    digestible: true,
  },
  {
    id: "sustain_check_ins",
    label: "After the coaching: self check-ins",
    descriptions: {
      client:
        "30, 60 and 90 days after your coaching ends (and each quarter after, if you wish), a link to rate how each habit of your sustain plan went; after two missed or low check-ins, a reminder of your own if-then plans.",
      coach: "When a client who allowed it slips on their sustain plan: which habits, and why.",
    },
    defaultOn: true,
    digestible: false,
  },
  {
    id: "coach_digest",
    label: "Weekly digest of clients who need you",
    descriptions: {
      coach:
        "On Monday morning, the clients with an early warning, most at risk first, each with the reason and a suggested action; a calm line when nobody needs you. Mail you chose to get in a weekly digest comes with it.",
    },
    defaultOn: true,
    digestible: false,
  },
  {
    id: "reply_moderation",
    label: "Replies to articles",
    descriptions: {
      coach:
        "When a reader replies to an article of yours (or any of the practice's, if you are its admin), a link to approve, hide or pin the reply.",
    },
    defaultOn: true,
    digestible: false,
  },
  {
    id: "sponsor_report",
    label: "Programme reports",
    descriptions: {
      sponsor:
        "On the 1st of each month (or each quarter, as the practice set it), the figures of each programme you sponsor: participation, sessions held, goals achieved and the change in 360 feedback, for groups only, with a link to the full page.",
    },
    defaultOn: true,
    digestible: false,
  },
];

/** What is always sent, whatever a person chooses: shown beside the choices, never a choice. */
export const ALWAYS_SENT_MAIL =
  "Invitations, password resets and the confirmation of your address are always sent.";

/** The topics a role may choose, each with what it holds for that role. */
export function mailTopicsFor(
  role: MemberRole,
): { id: MailTopicId; label: string; description: string; digestible: boolean }[] {
  return MAIL_TOPICS.flatMap(({ id, label, descriptions, digestible }) => {
    const description = descriptions[role];
    return description ? [{ id, label, description, digestible }] : [];
  });
}

export function isDigestible(topicId: MailTopicId): boolean {
  return MAIL_TOPICS.find((topic) => topic.id === topicId)?.digestible ?? false;
}

/**
 * How a person gets a topic's mail: their choice (on or off, and whether it waits for the digest),
 * else the topic's default. A digest asked of a topic that may not wait is sent each time.
 */
export function deliveryOf(
  topicId: MailTopicId,
  choice: { enabled: boolean; digest: boolean } | undefined,
): MailDelivery {
  const enabled = choice
    ? choice.enabled
    : (MAIL_TOPICS.find((topic) => topic.id === topicId)?.defaultOn ?? true);
  if (!enabled) return "off";
  return choice?.digest && isDigestible(topicId) ? "digest" : "each";
}

/** Whether a person gets a topic's mail: their own choice, or the topic's default. */
export function wantsTopic(
  topicId: MailTopicId,
  choices: Partial<Record<MailTopicId, boolean>>,
): boolean {
  const choice = choices[topicId];
  if (choice !== undefined) return choice;
  return MAIL_TOPICS.find((topic) => topic.id === topicId)?.defaultOn ?? true;
}
