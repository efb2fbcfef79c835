import type { SessionMode } from "../../contract/sessions";
import { type RenderedMail, render, renderWithLinks } from "../mail/templates";

export type SessionChange = "booked" | "moved" | "cancelled" | "updated";

/** What one person's mail about a change to a session says, in their own time zone. */
export interface SessionMailFacts {
  change: SessionChange;
  recipientName: string;
  /** The other person in the session. */
  otherName: string;
  /** Who booked or cancelled it; null when not known or for a move or an update. */
  actor: "recipient" | "other" | null;
  startsAt: Date;
  endsAt: Date;
  /** Where the session was before a move, when the mover said. */
  movedFrom: { startsAt: Date; endsAt: Date } | null;
  /** The zone the recipient reads times in. */
  timeZone: string;
  mode: SessionMode;
  place: string;
  reason: string | null;
  /** A late cancellation that counts against the engagement's sessions. */
  countsAsUsed: boolean;
  pageUrl: string;
}

export function sessionMail(facts: SessionMailFacts): RenderedMail {
  const cancelled = facts.change === "cancelled";
  const videoLink = !cancelled && facts.mode === "video" && isLink(facts.place);
  const subject = `${SUBJECTS[facts.change]} ${shortTime(facts.startsAt, facts.timeZone)}`;
  const paragraphs = [
    `Hello ${facts.recipientName},`,
    whatHappened(facts),
    ...(facts.reason ? [`The reason given: ${facts.reason}`] : []),
    ...(cancelled && facts.countsAsUsed
      ? ["It was cancelled late, so it counts as one of the engagement's sessions."]
      : []),
    ...(cancelled || videoLink ? [] : [howToMeet(facts)]),
    cancelled
      ? "The attached cancellation takes it out of your calendar."
      : "The attached invitation puts it in your calendar, or updates it there.",
  ];
  const open = { label: "Open the session in Keel", url: facts.pageUrl };
  if (videoLink)
    return renderWithLinks(subject, paragraphs, [
      { label: "Join the video call", url: facts.place },
      open,
    ]);
  return render(subject, paragraphs, open);
}

const SUBJECTS: Record<SessionChange, string> = {
  booked: "Coaching session booked:",
  moved: "Coaching session moved to",
  cancelled: "Coaching session cancelled:",
  updated: "Coaching session changed:",
};

function whatHappened(facts: SessionMailFacts): string {
  const other = facts.otherName;
  const when = spokenTimes(facts.startsAt, facts.endsAt, facts.timeZone);
  switch (facts.change) {
    case "booked":
      if (facts.actor === "recipient")
        return `You booked a coaching session with ${other}: ${when}.`;
      if (facts.actor === "other") return `${other} booked a coaching session with you: ${when}.`;
      return `A coaching session with ${other} is booked: ${when}.`;
    case "moved":
      return facts.movedFrom
        ? `Your coaching session with ${other} has moved from ${spokenTimes(facts.movedFrom.startsAt, facts.movedFrom.endsAt, facts.timeZone, false)} to ${when}.`
        : `Your coaching session with ${other} has moved to ${when}.`;
    case "cancelled":
      if (facts.actor === "recipient")
        return `You cancelled the coaching session with ${other} on ${when}.`;
      if (facts.actor === "other")
        return `${other} cancelled the coaching session with you on ${when}.`;
      return `The coaching session with ${other} on ${when} is cancelled.`;
    case "updated":
      return `The details of your coaching session with ${other} on ${when} have changed.`;
  }
}

/** How to join: the address, the number or the meeting link, or that it is still to be agreed. */
export function howToMeet(facts: Pick<SessionMailFacts, "mode" | "place" | "otherName">): string {
  if (!facts.place) {
    const how = { in_person: "in person", phone: "by phone", video: "by video call" }[facts.mode];
    return `You meet ${how}; where is still to be agreed with ${facts.otherName}.`;
  }
  if (facts.mode === "in_person") return `Where: ${facts.place}`;
  if (facts.mode === "phone") return `By phone: ${facts.place}`;
  return `Join the video call: ${facts.place}`;
}

export const isLink = (place: string) => /^https:\/\/\S+$/.test(place);

type Part = "weekday" | "day" | "month" | "year" | "hour" | "minute";

function partsIn(
  instant: Date,
  timeZone: string,
  weekday: "long" | "short",
  month: "long" | "short",
) {
  const format = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday,
    day: "numeric",
    month,
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  const parts: Partial<Record<Part, string>> = {};
  for (const part of format.formatToParts(instant)) parts[part.type as Part] = part.value;
  return parts as Record<Part, string>;
}

/** "Monday 29 March 2027, 08:30–09:30 (Europe/London time)", in the given zone. */
export function spokenTimes(
  startsAt: Date,
  endsAt: Date,
  timeZone: string,
  namingZone = true,
): string {
  const start = partsIn(startsAt, timeZone, "long", "long");
  const end = partsIn(endsAt, timeZone, "long", "long");
  const day = `${start.weekday} ${start.day} ${start.month} ${start.year}`;
  const zone = namingZone ? ` (${timeZone} time)` : "";
  return `${day}, ${start.hour}:${start.minute}–${end.hour}:${end.minute}${zone}`;
}

/** "Mon 29 Mar, 08:30 (Europe/London)", for a subject line. */
export function shortTime(instant: Date, timeZone: string): string {
  const at = partsIn(instant, timeZone, "short", "short");
  return `${at.weekday} ${at.day} ${at.month}, ${at.hour}:${at.minute} (${timeZone})`;
}
