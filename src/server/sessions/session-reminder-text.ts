import type { SessionMode } from "../../contract/sessions";
import { type RenderedMail, render, renderWithLinks } from "../mail/templates";
import { howToMeet, isLink, shortTime, spokenTimes } from "./session-mail-text";

/** What a reminder to one person says, in their own time zone. */
export interface ReminderFacts {
  /** A day ahead, or within the hour. */
  lead: "day" | "hour";
  recipientName: string;
  /** The other person in the session. */
  otherName: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  mode: SessionMode;
  place: string;
  pageUrl: string;
}

const TURN_OFF = "You can turn these mails off in Keel, under Settings, Mail.";

export function sessionReminderMail(facts: ReminderFacts): RenderedMail {
  const videoLink = facts.mode === "video" && isLink(facts.place);
  const when = spokenTimes(facts.startsAt, facts.endsAt, facts.timeZone);
  const soon = facts.lead === "hour" ? "starts within the hour" : "is coming up";
  const subject = `Reminder: coaching session with ${facts.otherName}, ${shortTime(facts.startsAt, facts.timeZone)}`;
  const paragraphs = [
    `Hello ${facts.recipientName},`,
    `Your coaching session with ${facts.otherName} ${soon}: ${when}.`,
    ...(videoLink ? [] : [howToMeet(facts)]),
    TURN_OFF,
  ];
  const open = { label: "Open the session in Keel", url: facts.pageUrl };
  if (videoLink)
    return renderWithLinks(subject, paragraphs, [
      { label: "Join the video call", url: facts.place },
      open,
    ]);
  return render(subject, paragraphs, open);
}

/** What the client is asked two days before a session they have not prepared for. */
export interface PreparationRequestFacts {
  clientName: string;
  coachName: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  pageUrl: string;
}

export function preparationRequestMail(facts: PreparationRequestFacts): RenderedMail {
  const when = spokenTimes(facts.startsAt, facts.endsAt, facts.timeZone);
  return render(
    `Prepare for your coaching session, ${shortTime(facts.startsAt, facts.timeZone)}`,
    [
      `Hello ${facts.clientName},`,
      `Your next coaching session with ${facts.coachName} is on ${when}.`,
      `A few minutes of preparation make the most of it: your wins since last time, what you want to work on, and a question for ${facts.coachName}, who reads it before you meet.`,
      TURN_OFF,
    ],
    { label: "Write your preparation", url: `${facts.pageUrl}#preparation` },
  );
}
