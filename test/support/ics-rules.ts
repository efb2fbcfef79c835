import ICAL from "ical.js";
import { expect } from "vitest";

// Every .ics Keel writes is parsed back with ical.js and held to the rules calendars hold us to
// (RFC 5545/5546). A parser alone accepts broken files (a missing UID, a zone without its
// VTIMEZONE, a local DTSTAMP), so each rule is stated here on its own.

export interface ParsedIcs {
  calendar: ICAL.Component;
  events: ICAL.Component[];
  /** The file's lines, unfolded. */
  lines: string[];
}

/** Parses the file and registers its own VTIMEZONEs, so times are read by the file's rules. */
export function parseIcs(text: string): ParsedIcs {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) {
    const tzid = String(zone.getFirstPropertyValue("tzid"));
    ICAL.TimezoneService.register(new ICAL.Timezone({ component: zone, tzid }), tzid);
  }
  const lines = text.replace(/\r\n[ \t]/g, "").split("\r\n");
  return { calendar, events: calendar.getAllSubcomponents("vevent"), lines };
}

/** The TZIDs the file defines, and those its properties use. */
function zonesOf(ics: ParsedIcs) {
  const defined = ics.calendar
    .getAllSubcomponents("vtimezone")
    .map((zone) => String(zone.getFirstPropertyValue("tzid")));
  const used = ics.events.flatMap((event) =>
    event
      .getAllProperties()
      .map((property) => property.getParameter("tzid"))
      .filter((tzid): tzid is string => typeof tzid === "string"),
  );
  return { defined, used };
}

/** The rules every file Keel writes keeps, invitation or feed. */
export function expectCommonRules(ics: ParsedIcs): void {
  expect(ics.lines[0], "the file is one VCALENDAR").toBe("BEGIN:VCALENDAR");
  expect(ics.calendar.getFirstPropertyValue("version")).toBe("2.0");
  expect(ics.calendar.getFirstPropertyValue("prodid")).toBeTruthy();
  const { defined, used } = zonesOf(ics);
  for (const tzid of used) expect(defined, `a VTIMEZONE for ${tzid}`).toContain(tzid);
  expect(new Set(defined).size, "each VTIMEZONE once").toBe(defined.length);
  for (const event of ics.events) {
    expect(event.getFirstPropertyValue("uid"), "each event has a UID").toBeTruthy();
    const stamp = event.getFirstProperty("dtstamp");
    if (!stamp) throw new Error("an event without a DTSTAMP");
    expect(stamp.getParameter("tzid"), "DTSTAMP names no zone").toBeUndefined();
    expect((stamp.getFirstValue() as ICAL.Time).zone).toBe(ICAL.Timezone.utcTimezone);
    expect(Number.isInteger(event.getFirstPropertyValue("sequence"))).toBe(true);
    expect(["CONFIRMED", "CANCELLED"]).toContain(event.getFirstPropertyValue("status"));
  }
  const stampLines = ics.lines.filter((line) => line.startsWith("DTSTAMP"));
  expect(stampLines.length).toBe(ics.events.length);
  for (const line of stampLines) expect(line, "DTSTAMP in UTC").toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);
}

/** An invitation: the rules of RFC 5546 for REQUEST and CANCEL, with what the mail says. */
export function expectInvitationRules(
  text: string,
  attachment: { method: string; organizer: string; attendees: string[] },
): ParsedIcs {
  const ics = parseIcs(text);
  expectCommonRules(ics);
  const method = ics.calendar.getFirstPropertyValue("method");
  expect(method, "METHOD equals the attachment's method").toBe(attachment.method);
  expect(["REQUEST", "CANCEL"]).toContain(method);
  expect(ics.events, "one event per invitation").toHaveLength(1);
  const event = only(ics.events);
  expect(event.getFirstPropertyValue("organizer")).toBe(`mailto:${attachment.organizer}`);
  const attendees = event
    .getAllProperties("attendee")
    .map((property) => String(property.getFirstValue()).toLowerCase());
  for (const address of attachment.attendees)
    expect(attendees, "each person invited is an ATTENDEE").toContain(`mailto:${address}`);
  const status = event.getFirstPropertyValue("status");
  expect(status, "STATUS:CANCELLED exactly with METHOD:CANCEL").toBe(
    method === "CANCEL" ? "CANCELLED" : "CONFIRMED",
  );
  expect(
    event.getFirstProperty("dtstart")?.getParameter("tzid"),
    "DTSTART has a TZID",
  ).toBeTruthy();
  expect(event.getFirstProperty("dtend")?.getParameter("tzid"), "DTEND has a TZID").toBeTruthy();
  return ics;
}

export function only<T>(items: T[]): T {
  const [item] = items;
  if (items.length !== 1 || item === undefined)
    throw new Error(`expected one, got ${items.length}`);
  return item;
}

/** An event's UID, SEQUENCE, the instant it starts (read by the file's VTIMEZONE) and its local time. */
export function eventFacts(event: ICAL.Component) {
  const start = event.getFirstProperty("dtstart");
  const time = start?.getFirstValue() as ICAL.Time;
  return {
    uid: String(event.getFirstPropertyValue("uid")),
    sequence: Number(event.getFirstPropertyValue("sequence")),
    tzid: start?.getParameter("tzid") as string | undefined,
    /** The wall-clock time written, e.g. "2027-03-29T08:30:00". */
    local: time.toString(),
    startsAt: time.toJSDate(),
    endsAt: (event.getFirstPropertyValue("dtend") as ICAL.Time).toJSDate(),
    status: String(event.getFirstPropertyValue("status")),
  };
}

/**
 * A series' invitation: one event whose RRULE ends (COUNT, or UNTIL in UTC as RFC 5545 asks when
 * DTSTART has a zone), and no RECURRENCE-ID (that names one occurrence). Answers the starts the
 * rule gives, expanded by ical.js through the file's own VTIMEZONE.
 */
export function expectSeriesRules(ics: ParsedIcs): Date[] {
  const event = only(ics.events);
  const rules = event.getAllProperties("rrule");
  expect(rules, "one RRULE").toHaveLength(1);
  const rule = rules[0]?.getFirstValue() as ICAL.Recur;
  expect(rule.count !== null || rule.until !== null, "the RRULE ends").toBe(true);
  if (rule.until) expect(rule.until.zone, "UNTIL in UTC").toBe(ICAL.Timezone.utcTimezone);
  expect(event.getFirstProperty("recurrence-id"), "no RECURRENCE-ID on the series").toBeNull();
  const iterator = new ICAL.Event(event).iterator();
  const starts: Date[] = [];
  for (let next = iterator.next(); next && starts.length < 1000; next = iterator.next())
    starts.push(next.toJSDate());
  return starts;
}

/**
 * A message about one occurrence of a series (RFC 5546): the series' UID, a RECURRENCE-ID in
 * the zone of DTSTART naming the occurrence's original start, and no RRULE of its own.
 */
export function expectOccurrenceRules(
  ics: ParsedIcs,
  occurrence: { uid: string; originalStart: Date },
): void {
  const event = only(ics.events);
  expect(event.getFirstPropertyValue("uid"), "the series' UID").toBe(occurrence.uid);
  expect(event.getAllProperties("rrule"), "no RRULE on an occurrence").toEqual([]);
  const recurrenceId = event.getFirstProperty("recurrence-id");
  if (!recurrenceId) throw new Error("an occurrence without RECURRENCE-ID");
  expect(recurrenceId.getParameter("tzid"), "RECURRENCE-ID in DTSTART's zone").toBe(
    event.getFirstProperty("dtstart")?.getParameter("tzid"),
  );
  expect((recurrenceId.getFirstValue() as ICAL.Time).toJSDate().toISOString()).toBe(
    occurrence.originalStart.toISOString(),
  );
}
