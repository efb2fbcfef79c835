import {
  CAMPAIGN_STATUS_LABELS,
  CAMPAIGN_STATUSES,
  type CampaignStatus,
} from "../../../../domain/feedback/campaign-status";

/** Who looks at a campaign: its coach or its client. */
export type Viewer = "coach" | "client";

/** The first names of the campaign's two people, as the page speaks of them. */
export type Names = { client: string; coach: string };

export type StepState = "done" | "current" | "upcoming";

export type Step = {
  status: CampaignStatus;
  label: string;
  /** Who acts at this step, e.g. "Tom", "You" or "The raters". */
  actor: string;
  /** What happens at this step, in a sentence. */
  description: string;
  state: StepState;
};

/** "Tom" from "Tom Becker". */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] || name;
}

/** A step's words to its viewer: "You …" at the steps the viewer takes, names at the others. */
function stepText(status: CampaignStatus, viewer: Viewer, { client, coach }: Names) {
  const asCoach = viewer === "coach";
  switch (status) {
    case "draft":
      return asCoach
        ? {
            actor: "You",
            description: "You choose the competency model, the deadline and the anonymity rules.",
          }
        : {
            actor: coach,
            description: `${coach} chooses the competency model, the deadline and the anonymity rules.`,
          };
    case "nominating":
      return asCoach
        ? {
            actor: client,
            description: `${client} names the colleagues to ask: a manager, peers, direct reports and others.`,
          }
        : {
            actor: "You",
            description:
              "You name the colleagues to ask: a manager, peers, direct reports and others.",
          };
    case "approval":
      return asCoach
        ? {
            actor: "You",
            description: "You check the list, edit it if needed, and send the invitations.",
          }
        : {
            actor: coach,
            description: `${coach} checks the list, edits it if needed, and sends the invitations.`,
          };
    case "collecting":
      return {
        actor: "The raters",
        description: `Each rater answers through a private link until the deadline; ${
          asCoach ? `${client} rates themselves` : "you rate yourself"
        } too.`,
      };
    case "closed":
      return {
        actor: asCoach ? "You" : coach,
        description: `The answers are frozen. ${
          asCoach ? "You review" : `${coach} reviews`
        } the report and its comments.`,
      };
    case "released":
      return {
        actor: asCoach ? client : "You",
        description: `${asCoach ? `${client} reads` : "You read"} the report. It never changes from now on.`,
      };
  }
}

/**
 * The six steps of a campaign, each with who acts and what happens, and where it stands now,
 * said to the viewer: the steps they take read "You …".
 */
export function campaignSteps(status: CampaignStatus, viewer: Viewer, names: Names): Step[] {
  const current = CAMPAIGN_STATUSES.indexOf(status);
  return CAMPAIGN_STATUSES.map((step, index) => ({
    status: step,
    label: CAMPAIGN_STATUS_LABELS[step],
    ...stepText(step, viewer, names),
    state: index < current ? "done" : index === current ? "current" : "upcoming",
  }));
}

type NextStepFacts = {
  status: CampaignStatus;
  selfRated: boolean;
  /** Problems the rater list still has against the group limits. */
  problemCount: number;
  /** Keel has no mail server: the raters' mails are held, not sent. */
  mailHeld?: boolean;
};

/** Raters' held mail cannot be passed on from Keel's pages: their links are theirs alone. */
const HELD_RATER_MAIL =
  "Keel has no mail server set up, so raters' mails with their private links are held, not sent. To keep answers anonymous, rater links are never shown on Keel's pages: ask whoever runs your Keel to set up mail.";

/** What happens next, said to the viewer: what they do now, or whom they wait for. */
export function nextStepText(
  { status, selfRated, problemCount, mailHeld = false }: NextStepFacts,
  viewer: Viewer,
  { client, coach }: Names,
): string {
  const asCoach = viewer === "coach";
  switch (status) {
    case "draft":
      return asCoach
        ? `Check the settings, then ask ${client} to nominate raters. You can add raters yourself too.`
        : `${coach} is preparing a 360 feedback survey. You'll be asked to nominate raters soon.`;
    case "nominating":
      if (asCoach)
        return `${client} is nominating raters. Once they send you the list, you approve it and the invitations go out.`;
      return problemCount > 0
        ? `Nominate the colleagues you'd like feedback from, then send the list to ${coach}.`
        : `Your list meets the minimums. Add anyone else you'd like to ask, then send the list to ${coach}.`;
    case "approval":
      if (mailHeld)
        return asCoach
          ? `${client} has sent the list. Edit it if needed, then approve it. ${HELD_RATER_MAIL}`
          : `${coach} is checking your list. Raters are invited by mail once it is approved, which needs a mail server that this Keel does not have yet.`;
      return asCoach
        ? `${client} has sent the list. Edit it if needed, then approve it: each rater gets a mail with a private link.`
        : `${coach} is checking your list. Each rater gets an invitation once it is approved.`;
    case "collecting":
      if (asCoach && mailHeld)
        return `Raters answer through their private links until the deadline, or until you close the survey. ${HELD_RATER_MAIL}`;
      if (asCoach)
        return "Raters are answering. The survey closes at the end of the deadline, or when you close it.";
      return selfRated
        ? "Your raters are answering. You'll read the report once your coach releases it."
        : "Your raters are answering. Rate yourself on the same behaviours, so the report can set your view beside theirs.";
    case "closed":
      return asCoach
        ? `The answers are in. Review the comments and black out words that could identify someone, then release the report to ${client}.`
        : `The survey has closed. ${coach} is preparing your report.`;
    case "released":
      return asCoach
        ? `${client} can read the report. It never changes from now on.`
        : "Your report is ready. It stays as it is, so you can come back to it.";
  }
}

/** The words on the button of a move, as the person making it would say it. */
export function moveLabel(
  from: CampaignStatus,
  to: CampaignStatus,
  viewer: Viewer,
  { client, coach }: Names,
  mailHeld = false,
): string {
  if (viewer === "client") return to === "approval" ? `Send the list to ${coach}` : "Continue";
  if (to === "nominating")
    return from === "draft" ? `Ask ${client} to nominate raters` : `Send back to ${client}`;
  if (to === "approval") return "Stop nominations and review the list";
  if (to === "collecting") return mailHeld ? "Approve the list" : "Approve and send invitations";
  if (to === "closed") return "Close now";
  if (to === "released") return "Release the report";
  return CAMPAIGN_STATUS_LABELS[to];
}

/** A move goes backwards when it returns the list to the client. */
export function isStepBack(from: CampaignStatus, to: CampaignStatus): boolean {
  return CAMPAIGN_STATUSES.indexOf(to) < CAMPAIGN_STATUSES.indexOf(from);
}

export type MoveConfirmation = {
  title: string;
  paragraphs: string[];
  confirmLabel: string;
};

/** What to say before a move that cannot be undone; null for the others. */
export function moveConfirmation(
  to: CampaignStatus,
  { client }: Names,
  raterCount: number,
  mailHeld = false,
): MoveConfirmation | null {
  switch (to) {
    case "collecting":
      return {
        title: `${mailHeld ? "Approve the list of" : "Send invitations to"} ${raterCount} ${raterCount === 1 ? "rater" : "raters"}?`,
        paragraphs: [
          mailHeld
            ? HELD_RATER_MAIL
            : "Each rater gets a mail with their private link now; mails can't be called back.",
          "After this, the anonymity settings are fixed and raters can no longer be edited or removed. You can still add raters and move the deadline.",
        ],
        confirmLabel: mailHeld ? "Approve the list" : "Approve and send invitations",
      };
    case "closed":
      return {
        title: "Close the survey now?",
        paragraphs: [
          "Raters who haven't answered yet can't answer any more, and the answers are frozen.",
          "This can't be undone.",
        ],
        confirmLabel: "Close now",
      };
    case "released":
      return {
        title: `Release the report to ${client}?`,
        paragraphs: [
          `${client} can read it as soon as you release it.`,
          "The report can't be changed afterwards: review the comments first.",
        ],
        confirmLabel: "Release the report",
      };
    default:
      return null;
  }
}
