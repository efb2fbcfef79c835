import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  eventFacts,
  expectCommonRules,
  expectInvitationRules,
  expectOccurrenceRules,
  expectSeriesRules,
  only,
  parseIcs,
} from "../../../test/support/ics-rules";
import { type CalendarSession, calendarZone, feedIcs, invitationIcs } from "./ics";

// The invitations and the feed, parsed back with ical.js, each rule stated; written while the
// process's own zone is Pacific/Auckland, far from the sessions' zones, so that no time may
// come from the server's clock settings.

const coach = { name: "Ana Coach", email: "ana@example.com" };
const client = { name: "Daniel Client", email: "daniel@example.com" };

function session(facts: Partial<CalendarSession> & Pick<CalendarSession, "startsAt">) {
  return {
    icalUid: "5b0f0c1e-1111-4c4c-9999-000000000001@keel",
    sequence: 0,
    status: "scheduled" as const,
    endsAt: new Date(facts.startsAt.getTime() + 3_600_000),
    timeZone: "Europe/London",
    mode: "video" as const,
    place: "https://meet.example.com/ana-daniel",
    engagementTitle: "Leading the new team",
    coach,
    client,
    pageUrl: "https://keel.example.com/sessions/5b0f0c1e",
    ...facts,
  };
}

const invited = { organizer: coach.email, attendees: [client.email, coach.email] };

let processZone: string | undefined;
beforeAll(() => {
  processZone = process.env.TZ;
  process.env.TZ = "Pacific/Auckland";
});
afterAll(() => {
  process.env.TZ = processZone;
});

describe("a session's invitation", () => {
  it("runs in a process whose own zone is Pacific/Auckland", () => {
    // 12:00 UTC in December is 01:00 the next day in Auckland (NZDT, +13).
    expect(new Date("2026-12-05T12:00:00Z").getHours()).toBe(1);
  });

  it("keeps the UID, raises SEQUENCE and cancels with METHOD:CANCEL and STATUS:CANCELLED", () => {
    const startsAt = new Date("2027-03-22T08:30:00Z");
    const booked = invitationIcs(session({ startsAt }));
    const moved = invitationIcs(
      session({ startsAt: new Date("2027-03-23T09:30:00Z"), sequence: 1 }),
    );
    const cancelled = invitationIcs(
      session({ startsAt: new Date("2027-03-23T09:30:00Z"), sequence: 2, status: "cancelled" }),
    );
    const events = [booked, moved, cancelled].map((calendar) => {
      const ics = expectInvitationRules(calendar.content, { method: calendar.method, ...invited });
      return eventFacts(only(ics.events));
    });
    expect([booked.method, moved.method, cancelled.method]).toEqual([
      "REQUEST",
      "REQUEST",
      "CANCEL",
    ]);
    expect(new Set(events.map((event) => event.uid))).toEqual(
      new Set(["5b0f0c1e-1111-4c4c-9999-000000000001@keel"]),
    );
    expect(events.map((event) => event.sequence)).toEqual([0, 1, 2]);
    expect(events.map((event) => event.status)).toEqual(["CONFIRMED", "CONFIRMED", "CANCELLED"]);
    expect(events[1]?.local).toBe("2027-03-23T09:30:00");
  });

  it("asks the client to answer and lists the coach as the chair who accepted", () => {
    const { content } = invitationIcs(session({ startsAt: new Date("2027-03-22T08:30:00Z") }));
    const event = only(parseIcs(content).events);
    const attendee = (address: string) =>
      event
        .getAllProperties("attendee")
        .find((property) => String(property.getFirstValue()).toLowerCase() === `mailto:${address}`);
    expect(attendee(client.email)?.getParameter("rsvp")).toBe("TRUE");
    expect(attendee(client.email)?.getParameter("partstat")).toBe("NEEDS-ACTION");
    expect(attendee(coach.email)?.getParameter("role")).toBe("CHAIR");
    expect(attendee(coach.email)?.getParameter("partstat")).toBe("ACCEPTED");
    expect(event.getFirstProperty("organizer")?.getParameter("cn")).toBe(coach.name);
  });

  it("says what the session is, where to meet and links to its page", () => {
    const { content } = invitationIcs(session({ startsAt: new Date("2027-03-22T08:30:00Z") }));
    const event = only(parseIcs(content).events);
    expect(event.getFirstPropertyValue("summary")).toBe("Coaching session: Leading the new team");
    expect(event.getFirstPropertyValue("location")).toBe("https://meet.example.com/ana-daniel");
    const description = String(event.getFirstPropertyValue("description"));
    expect(description).toContain("Join the video call: https://meet.example.com/ana-daniel");
    expect(description).toContain("https://keel.example.com/sessions/5b0f0c1e");
    expect(event.getFirstPropertyValue("url")).toBe("https://keel.example.com/sessions/5b0f0c1e");
  });

  it("names an address or a phone number as the location of a session in person or by phone", () => {
    const inPerson = invitationIcs(
      session({
        startsAt: new Date("2027-03-22T08:30:00Z"),
        mode: "in_person",
        place: "Floor 3, 10 Queen St; London",
      }),
    );
    const event = only(parseIcs(inPerson.content).events);
    expect(event.getFirstPropertyValue("location")).toBe("Floor 3, 10 Queen St; London");
    expect(String(event.getFirstPropertyValue("description"))).toContain(
      "In person at Floor 3, 10 Queen St; London",
    );
    const phone = invitationIcs(
      session({
        startsAt: new Date("2027-03-22T08:30:00Z"),
        mode: "phone",
        place: "+44 20 7946 0000",
      }),
    );
    expect(only(parseIcs(phone.content).events).getFirstPropertyValue("location")).toBe(
      "+44 20 7946 0000",
    );
  });

  it("survives names and titles with quotes, line breaks and calendar syntax", () => {
    const { method, content } = invitationIcs(
      session({
        startsAt: new Date("2027-03-22T08:30:00Z"),
        engagementTitle: 'Growth "plan";\r\nEND:VEVENT\nBEGIN:VEVENT',
        coach: { name: 'Ana "The Coach"\n;X=1', email: coach.email },
      }),
    );
    const ics = expectInvitationRules(content, { method, ...invited });
    const event = only(ics.events);
    expect(event.getFirstPropertyValue("summary")).toBe(
      'Coaching session: Growth "plan";\nEND:VEVENT\nBEGIN:VEVENT',
    );
    expect(event.getFirstProperty("organizer")?.getParameter("cn")).toBe("Ana  The Coach  ;X=1");
  });

  describe.each([
    {
      zone: "Europe/London",
      // Summer time begins on 28 March 2027: 08:30 is 08:30Z before and 07:30Z after.
      before: { instant: "2027-03-22T08:30:00Z", local: "2027-03-22T08:30:00" },
      after: { instant: "2027-03-29T07:30:00Z", local: "2027-03-29T08:30:00" },
      autumn: { instant: "2027-11-01T08:30:00Z", local: "2027-11-01T08:30:00" },
    },
    {
      zone: "America/New_York",
      // Daylight time begins on 14 March 2027 and ends on 7 November 2027.
      before: { instant: "2027-03-08T14:00:00Z", local: "2027-03-08T09:00:00" },
      after: { instant: "2027-03-15T13:00:00Z", local: "2027-03-15T09:00:00" },
      autumn: { instant: "2027-11-08T14:00:00Z", local: "2027-11-08T09:00:00" },
    },
  ])("in $zone across a change of the clocks", ({ zone, before, after, autumn }) => {
    it.each([
      ["before the change", before],
      ["after the change", after],
      ["after the change back", autumn],
    ])("writes the local time %s, with the zone's VTIMEZONE", (_, { instant, local }) => {
      const startsAt = new Date(instant);
      const { method, content } = invitationIcs(session({ startsAt, timeZone: zone }));
      const ics = expectInvitationRules(content, { method, ...invited });
      const event = eventFacts(only(ics.events));
      expect(event.tzid).toBe(zone);
      expect(event.local).toBe(local);
      // Read back through the file's own VTIMEZONE, the instant is the one booked.
      expect(event.startsAt.toISOString()).toBe(startsAt.toISOString());
      expect(event.endsAt.getTime() - event.startsAt.getTime()).toBe(3_600_000);
      expect(
        ics.calendar.getAllSubcomponents("vtimezone").map((z) => z.getFirstPropertyValue("tzid")),
      ).toEqual([zone]);
    });
  });

  it("writes a zone's alias by the name its VTIMEZONE carries", () => {
    expect(calendarZone("Asia/Calcutta")).toBe("Asia/Kolkata");
    const startsAt = new Date("2027-03-22T04:00:00Z");
    const { method, content } = invitationIcs(session({ startsAt, timeZone: "Asia/Calcutta" }));
    const event = eventFacts(only(expectInvitationRules(content, { method, ...invited }).events));
    expect(event.tzid).toBe("Asia/Kolkata");
    expect(event.local).toBe("2027-03-22T09:30:00");
  });

  it("writes a zone it has no definition for in UTC rather than a TZID without its VTIMEZONE", () => {
    expect(calendarZone("Europe/Atlantis")).toBeNull();
    const startsAt = new Date("2027-03-22T08:30:00Z");
    const { content } = invitationIcs(session({ startsAt, timeZone: "Europe/Atlantis" }));
    const ics = parseIcs(content);
    expectCommonRules(ics);
    expect(ics.lines).toContain("DTSTART:20270322T083000Z");
    expect(eventFacts(only(ics.events)).startsAt.toISOString()).toBe(startsAt.toISOString());
  });
});

describe("a series' invitation and its occurrences' messages", () => {
  const seriesUid = "7c1d2e3f-2222-4c4c-9999-000000000002@keel";
  // Every second Tuesday at 08:30 in London, across the start of summer time on 28 March 2027.
  const series = (facts: Partial<CalendarSession> = {}) =>
    session({
      icalUid: seriesUid,
      startsAt: new Date("2027-03-16T08:30:00Z"),
      rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=4",
      ...facts,
    });

  it("is one event with the rule, which a calendar expands to 08:30 London time every time", () => {
    const { method, content } = invitationIcs(series());
    expect(method).toBe("REQUEST");
    const ics = expectInvitationRules(content, { method, ...invited });
    expect(ics.lines).toContain("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=4");
    const event = eventFacts(only(ics.events));
    expect([event.uid, event.tzid, event.local]).toEqual([
      seriesUid,
      "Europe/London",
      "2027-03-16T08:30:00",
    ]);
    const starts = expectSeriesRules(ics);
    expect(starts.map((at) => at.toISOString())).toEqual([
      "2027-03-16T08:30:00.000Z",
      "2027-03-30T07:30:00.000Z",
      "2027-04-13T07:30:00.000Z",
      "2027-04-27T07:30:00.000Z",
    ]);
    const london = (at: Date) =>
      new Intl.DateTimeFormat("en-GB", {
        timeZone: "Europe/London",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
      }).format(at);
    expect(starts.map(london)).toEqual(["08:30", "08:30", "08:30", "08:30"]);
  });

  it("cancels the whole series with METHOD:CANCEL on its UID, the rule kept", () => {
    const { method, content } = invitationIcs(series({ status: "cancelled", sequence: 1 }));
    expect(method).toBe("CANCEL");
    const ics = expectInvitationRules(content, { method, ...invited });
    expect(expectSeriesRules(ics)).toHaveLength(4);
    expect(eventFacts(only(ics.events)).sequence).toBe(1);
  });

  it("moves one occurrence by a REQUEST on the series' UID naming its original start", () => {
    const originalStart = new Date("2027-03-30T07:30:00Z");
    const { method, content } = invitationIcs(
      session({
        icalUid: seriesUid,
        startsAt: new Date("2027-03-31T12:00:00Z"),
        recurrenceId: originalStart,
        sequence: 1,
      }),
    );
    expect(method).toBe("REQUEST");
    const ics = expectInvitationRules(content, { method, ...invited });
    expectOccurrenceRules(ics, { uid: seriesUid, originalStart });
    expect(ics.lines).toContain("RECURRENCE-ID;TZID=Europe/London:20270330T083000");
    const event = eventFacts(only(ics.events));
    expect([event.local, event.sequence]).toEqual(["2027-03-31T13:00:00", 1]);
  });

  it("cancels one occurrence by a CANCEL on the series' UID with its RECURRENCE-ID", () => {
    const originalStart = new Date("2027-04-13T07:30:00Z");
    const { method, content } = invitationIcs(
      session({
        icalUid: seriesUid,
        startsAt: originalStart,
        recurrenceId: originalStart,
        status: "cancelled",
        sequence: 2,
      }),
    );
    expect(method).toBe("CANCEL");
    const ics = expectInvitationRules(content, { method, ...invited });
    expectOccurrenceRules(ics, { uid: seriesUid, originalStart });
    expect(eventFacts(only(ics.events)).sequence).toBe(2);
  });

  it("sent again, leaves out the occurrences cancelled one by one with an EXDATE in DTSTART's zone", () => {
    const cancelled = new Date("2027-03-30T07:30:00Z");
    const { method, content } = invitationIcs(series({ sequence: 3, excluded: [cancelled] }));
    const ics = expectInvitationRules(content, { method, ...invited });
    expect(ics.lines).toContain("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=4");
    expect(ics.lines).toContain("EXDATE;TZID=Europe/London:20270330T083000");
    expect(expectSeriesRules(ics).map((at) => at.toISOString())).toEqual([
      "2027-03-16T08:30:00.000Z",
      "2027-04-13T07:30:00.000Z",
      "2027-04-27T07:30:00.000Z",
    ]);
  });
});

describe("a person's calendar feed", () => {
  it("publishes every session with its own zone, cancelled ones marked, and says how often to refresh", () => {
    const text = feedIcs([
      session({ startsAt: new Date("2027-03-22T08:30:00Z") }),
      session({
        icalUid: "second@keel",
        startsAt: new Date("2027-03-15T13:00:00Z"),
        timeZone: "America/New_York",
        status: "cancelled",
        sequence: 3,
      }),
    ]);
    const ics = parseIcs(text);
    expectCommonRules(ics);
    expect(ics.calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(ics.lines).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT1H");
    expect(ics.lines).toContain("X-PUBLISHED-TTL:PT1H");
    const events = ics.events.map(eventFacts);
    expect(events.map((event) => [event.uid, event.status, event.sequence, event.local])).toEqual([
      ["5b0f0c1e-1111-4c4c-9999-000000000001@keel", "CONFIRMED", 0, "2027-03-22T08:30:00"],
      ["second@keel", "CANCELLED", 3, "2027-03-15T09:00:00"],
    ]);
    expect(
      ics.calendar.getAllSubcomponents("vtimezone").map((z) => z.getFirstPropertyValue("tzid")),
    ).toEqual(["Europe/London", "America/New_York"]);
    // Published, not an invitation: no one is asked to answer.
    for (const event of ics.events) {
      expect(event.getAllProperties("attendee")).toEqual([]);
      expect(event.getFirstPropertyValue("organizer")).toBe(`mailto:${coach.email}`);
    }
  });

  it("is a valid empty calendar for a person without sessions", () => {
    const ics = parseIcs(feedIcs([]));
    expectCommonRules(ics);
    expect(ics.events).toEqual([]);
    expect(ics.calendar.getAllSubcomponents("vtimezone")).toEqual([]);
  });
});
