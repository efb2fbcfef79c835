import { describe, expect, it } from "vitest";
import {
  preparationRequestMail,
  type ReminderFacts,
  sessionReminderMail,
} from "./session-reminder-text";

// What a reminder and the preparation request say: when, in the reader's zone, how to join, and
// where to go in Keel.

const facts = (more: Partial<ReminderFacts> = {}): ReminderFacts => ({
  lead: "day",
  recipientName: "Daniel",
  otherName: "Ana Coach",
  // Monday 29 March 2027: 07:30 UTC is 08:30 in London, 03:30 in New York.
  startsAt: new Date("2027-03-29T07:30:00Z"),
  endsAt: new Date("2027-03-29T08:30:00Z"),
  timeZone: "America/New_York",
  mode: "video",
  place: "https://meet.example.com/ana",
  pageUrl: "https://keel.example.com/sessions/s1",
  ...more,
});

describe("a session reminder", () => {
  it("gives the time in the reader's zone, the meeting link and the session's page", () => {
    const mail = sessionReminderMail(facts());
    expect(mail.subject).toBe(
      "Reminder: coaching session with Ana Coach, Mon 29 Mar, 03:30 (America/New_York)",
    );
    expect(mail.text).toContain(
      "is coming up: Monday 29 March 2027, 03:30–04:30 (America/New_York time).",
    );
    expect(mail.text).toContain("Join the video call:\nhttps://meet.example.com/ana");
    expect(mail.text).toContain("Open the session in Keel:\nhttps://keel.example.com/sessions/s1");
    expect(mail.text).toContain("Settings");
    expect(sessionReminderMail(facts({ lead: "hour" })).text).toContain("starts within the hour");
  });

  it("says a place is still to be agreed, and never lets a place's text become markup", () => {
    expect(sessionReminderMail(facts({ mode: "phone", place: "" })).text).toContain(
      "You meet by phone; where is still to be agreed with Ana Coach.",
    );
    const hostile = sessionReminderMail(
      facts({ mode: "in_person", place: '<img src=x onerror="alert(1)">' }),
    );
    expect(hostile.html).not.toContain("<img");
    expect(hostile.text).toContain('Where: <img src=x onerror="alert(1)">');
    // A video place that is not an https link is shown as text, not offered as a link.
    const notALink = sessionReminderMail(facts({ place: "javascript:alert(1)" }));
    expect(notALink.html).not.toContain('href="javascript');
  });
});

describe("the request to prepare", () => {
  it("links to the preparation on the session's page", () => {
    const mail = preparationRequestMail({
      clientName: "Daniel",
      coachName: "Ana Coach",
      startsAt: new Date("2027-03-29T07:30:00Z"),
      endsAt: new Date("2027-03-29T08:30:00Z"),
      timeZone: "Europe/London",
      pageUrl: "https://keel.example.com/sessions/s1",
    });
    expect(mail.subject).toBe(
      "Prepare for your coaching session, Mon 29 Mar, 08:30 (Europe/London)",
    );
    expect(mail.text).toContain("Monday 29 March 2027, 08:30–09:30 (Europe/London time)");
    expect(mail.text).toContain("a question for Ana Coach");
    expect(mail.text).toContain("https://keel.example.com/sessions/s1#preparation");
  });
});
