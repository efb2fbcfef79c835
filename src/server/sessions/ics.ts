import { TZDate } from "@date-fns/tz";
import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  type ICalCalendar,
  ICalCalendarMethod,
  type ICalEventData,
  ICalEventStatus,
} from "ical-generator";
import { tzlib_get_ical_block, tzlib_get_timezones } from "timezones-ical-library";
import type { SessionMode } from "../../contract/sessions";
import type { MailCalendar } from "../db/schema";

// The .ics files Keel writes: the invitation mailed with each change of a session (RFC 5546
// REQUEST or CANCEL) and each person's subscribed feed (PUBLISH). Times are written in the
// session's own zone with that zone's VTIMEZONE, as zoned dates (TZDate), so the wall-clock time
// never depends on the server's zone; DTSTAMP stays in UTC because the calendar has no zone.
// A series is one event with an RRULE; a change to one of its occurrences is a message on the
// series' UID with the occurrence's RECURRENCE-ID (RFC 5546: one UID per message).

export interface CalendarPerson {
  name: string;
  email: string;
}

/** A session as a calendar shows it. */
export interface CalendarSession {
  icalUid: string;
  sequence: number;
  status: "scheduled" | "cancelled";
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  mode: SessionMode;
  /** The address, the phone number or the meeting link (the engagement's when the session has none). */
  place: string;
  engagementTitle: string;
  coach: CalendarPerson;
  client: CalendarPerson;
  /** The session's page in Keel. */
  pageUrl: string;
  /** A series: its RRULE value, with DTSTART the first occurrence's start. */
  rrule?: string;
  /** One occurrence of a series (which shares the series' UID): its start as the rule gave it. */
  recurrenceId?: Date | null;
  /** A series: the starts the rule gives of occurrences cancelled one by one (EXDATE). */
  excluded?: Date[];
}

const PRODUCT_ID = "//Keel//Coaching sessions//EN";
/** How often a subscribed calendar is asked to fetch the feed again. */
export const FEED_REFRESH_SECONDS = 60 * 60;

/** The invitation for a session as it is now: REQUEST while it stands, CANCEL once cancelled. */
export function invitationIcs(session: CalendarSession, stamp = new Date()): MailCalendar {
  const method = session.status === "cancelled" ? "CANCEL" : "REQUEST";
  const calendar = newCalendar(ICalCalendarMethod[method]);
  calendar.createEvent({
    ...eventOf(session, stamp),
    attendees: [
      {
        name: safeName(session.client.name),
        email: session.client.email,
        role: ICalAttendeeRole.REQ,
        status: method === "CANCEL" ? null : ICalAttendeeStatus.NEEDSACTION,
        rsvp: method === "REQUEST",
      },
      {
        name: safeName(session.coach.name),
        email: session.coach.email,
        role: ICalAttendeeRole.CHAIR,
        status: ICalAttendeeStatus.ACCEPTED,
        rsvp: false,
      },
    ],
  });
  return { method, content: calendar.toString() };
}

/** A person's subscribed feed: published, not an invitation, so it names no attendees. */
export function feedIcs(sessions: CalendarSession[], stamp = new Date()): string {
  const calendar = newCalendar(ICalCalendarMethod.PUBLISH);
  calendar.name("Keel coaching sessions");
  calendar.ttl(FEED_REFRESH_SECONDS);
  for (const session of sessions) calendar.createEvent(eventOf(session, stamp));
  return calendar.toString();
}

function newCalendar(method: ICalCalendarMethod): ICalCalendar {
  return ical({
    prodId: PRODUCT_ID,
    method,
    // No calendar-wide zone (it would take the Z from DTSTAMP); the generator only writes a
    // VTIMEZONE for each zone an event uses.
    timezone: { name: null, generator: vtimezoneOf },
  });
}

function eventOf(session: CalendarSession, stamp: Date): ICalEventData {
  const zone = calendarZone(session.timeZone);
  const at = (instant: Date) => (zone ? new TZDate(instant.getTime(), zone) : instant);
  return {
    id: session.icalUid,
    sequence: session.sequence,
    stamp,
    start: at(session.startsAt),
    end: at(session.endsAt),
    timezone: zone,
    ...(session.rrule ? { repeating: recurrenceOf(session.rrule, session.excluded, zone) } : {}),
    ...(session.recurrenceId ? { recurrenceId: at(session.recurrenceId) } : {}),
    status: session.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    summary: `Coaching session: ${session.engagementTitle}`,
    ...(session.place ? { location: session.place } : {}),
    description: descriptionOf(session),
    url: session.pageUrl,
    organizer: { name: safeName(session.coach.name), email: session.coach.email },
  };
}

/**
 * The RRULE, and an EXDATE in DTSTART's zone for each occurrence cancelled on its own, so that a
 * series' invitation sent again never brings a cancelled occurrence back.
 */
function recurrenceOf(rrule: string, excluded: Date[] = [], zone: string | null): string {
  if (excluded.length === 0) return rrule;
  const two = (n: number) => String(n).padStart(2, "0");
  const stamps = excluded.map((instant) => {
    const at = new TZDate(instant.getTime(), zone ?? "UTC");
    return `${at.getFullYear()}${two(at.getMonth() + 1)}${two(at.getDate())}T${two(at.getHours())}${two(at.getMinutes())}${two(at.getSeconds())}`;
  });
  const exdate = zone ? `EXDATE;TZID=${zone}:${stamps.join(",")}` : `EXDATE:${stamps.join("Z,")}Z`;
  // A value of more than one line is written as it stands, so it names its RRULE itself.
  return `RRULE:${rrule}\r\n${exdate}`;
}

const HOW_TO_JOIN: Record<SessionMode, string> = {
  in_person: "In person at",
  phone: "By phone:",
  video: "Join the video call:",
};

function descriptionOf(session: CalendarSession): string {
  const lines = [`Coaching with ${session.coach.name} for ${session.client.name}.`];
  if (session.place) lines.push(`${HOW_TO_JOIN[session.mode]} ${session.place}`);
  lines.push(`The session in Keel: ${session.pageUrl}`);
  return lines.join("\n");
}

/** A name as a quoted parameter (CN) may hold it: no double quotes or control characters. */
function safeName(name: string): string {
  return name.replace(/["\p{Cc}]/gu, " ").trim() || "Keel";
}

const LIBRARY_ZONES = new Set(tzlib_get_timezones() as string[]);

/**
 * The TZID to write for a zone: the library's own name for it (an alias such as Asia/Calcutta
 * is written as Asia/Kolkata, as its VTIMEZONE says), or null to write UTC when the library has
 * no definition, so that no TZID is ever used without its VTIMEZONE.
 */
export function calendarZone(zone: string): string | null {
  const block = LIBRARY_ZONES.has(zone) ? tzlib_get_ical_block(zone) : null;
  if (!Array.isArray(block) || !block[1]) return null;
  return block[1].replace(/^TZID=/, "");
}

function vtimezoneOf(zone: string): string | null {
  const block = LIBRARY_ZONES.has(zone) ? tzlib_get_ical_block(zone) : null;
  return Array.isArray(block) && block[0] ? block[0] : null;
}
