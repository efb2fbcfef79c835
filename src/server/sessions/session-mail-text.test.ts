import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SessionMailFacts, sessionMail, spokenTimes } from "./session-mail-text";

// What a person reads about a change to a session: what happened, when in their own zone (named),
// how to meet, and the link to the session. Written with the process in Pacific/Auckland.

const facts = (change: SessionMailFacts["change"], more: Partial<SessionMailFacts> = {}) => ({
  change,
  recipientName: "Daniel",
  otherName: "Ana Coach",
  actor: null,
  // Monday 29 March 2027: 07:30 UTC is 08:30 in London (summer time began the day before).
  startsAt: new Date("2027-03-29T07:30:00Z"),
  endsAt: new Date("2027-03-29T08:30:00Z"),
  movedFrom: null,
  timeZone: "Europe/London",
  mode: "video" as const,
  place: "https://meet.example.com/ana",
  reason: null,
  countsAsUsed: false,
  pageUrl: "https://keel.example.com/sessions/s1",
  ...more,
});

let processZone: string | undefined;
beforeAll(() => {
  processZone = process.env.TZ;
  process.env.TZ = "Pacific/Auckland";
});
afterAll(() => {
  process.env.TZ = processZone;
});

describe("a mail about a session", () => {
  it("writes the time in the reader's zone and names the zone", () => {
    const at = [new Date("2027-03-29T07:30:00Z"), new Date("2027-03-29T08:30:00Z")] as const;
    expect(spokenTimes(...at, "Europe/London")).toBe(
      "Monday 29 March 2027, 08:30–09:30 (Europe/London time)",
    );
    expect(spokenTimes(...at, "America/New_York")).toBe(
      "Monday 29 March 2027, 03:30–04:30 (America/New_York time)",
    );
    const mail = sessionMail(facts("booked", { timeZone: "America/New_York" }));
    expect(mail.subject).toBe("Coaching session booked: Mon 29 Mar, 03:30 (America/New_York)");
  });

  it("says who booked it, with the video link and the session's page as links", () => {
    const mail = sessionMail(facts("booked", { actor: "other" }));
    expect(mail.text).toContain(
      "Ana Coach booked a coaching session with you: Monday 29 March 2027, 08:30–09:30 (Europe/London time).",
    );
    expect(mail.text).toContain("Join the video call:\nhttps://meet.example.com/ana");
    expect(mail.text).toContain("Open the session in Keel:\nhttps://keel.example.com/sessions/s1");
    expect(mail.html).toContain('href="https://meet.example.com/ana"');
    expect(sessionMail(facts("booked", { actor: "recipient" })).text).toContain(
      "You booked a coaching session with Ana Coach",
    );
  });

  it("says where it moved from and to, with the reason", () => {
    const mail = sessionMail(
      facts("moved", {
        movedFrom: {
          startsAt: new Date("2027-03-22T08:30:00Z"),
          endsAt: new Date("2027-03-22T09:30:00Z"),
        },
        reason: "A clash with the board meeting",
      }),
    );
    expect(mail.subject).toBe("Coaching session moved to Mon 29 Mar, 08:30 (Europe/London)");
    expect(mail.text).toContain(
      "has moved from Monday 22 March 2027, 08:30–09:30 to Monday 29 March 2027, 08:30–09:30 (Europe/London time).",
    );
    expect(mail.text).toContain("The reason given: A clash with the board meeting");
  });

  it("tells of a cancellation, the reason and a late one's cost, with no way to join", () => {
    const mail = sessionMail(
      facts("cancelled", { actor: "other", reason: "Travelling", countsAsUsed: true }),
    );
    expect(mail.subject).toBe("Coaching session cancelled: Mon 29 Mar, 08:30 (Europe/London)");
    expect(mail.text).toContain("Ana Coach cancelled the coaching session with you on Monday");
    expect(mail.text).toContain("The reason given: Travelling");
    expect(mail.text).toContain("counts as one of the engagement's sessions");
    expect(mail.text).toContain("takes it out of your calendar");
    expect(mail.text).not.toContain("meet.example.com");
  });

  it("says how to meet in person or by phone, or that it is still to be agreed", () => {
    expect(
      sessionMail(facts("updated", { mode: "in_person", place: "10 Queen St" })).text,
    ).toContain("Where: 10 Queen St");
    expect(
      sessionMail(facts("updated", { mode: "phone", place: "+44 20 7946 0000" })).text,
    ).toContain("By phone: +44 20 7946 0000");
    expect(sessionMail(facts("booked", { mode: "in_person", place: "" })).text).toContain(
      "You meet in person; where is still to be agreed with Ana Coach.",
    );
  });

  it("escapes what people wrote in the HTML", () => {
    const mail = sessionMail(
      facts("cancelled", { otherName: "<img src=x onerror=alert(1)>", reason: "<b>late</b>" }),
    );
    expect(mail.html).not.toContain("<img");
    expect(mail.html).not.toContain("<b>");
    expect(mail.text).toContain("<b>late</b>");
  });
});
