import { addDays, instantOf, isoWeekday, knownTimeZone, localParts } from "../sessions/zoned-time";
import { type Cadence, LESSON_HOUR } from "./course-content";

// When a course's lessons are due. Lesson 1 goes at once when a subscription becomes active;
// each later lesson at 08:00 in the subscriber's zone on the next cadence day after the day the
// previous one was actually sent, so a late send (Keel was down) never skips a lesson and never
// puts two on one local day.

/** Lesson 1 is due as soon as the subscription is active (confirmed or enrolled). */
export function firstLessonDue(now: Date): Date {
  return new Date(now.getTime());
}

/** The subscriber's local date ("YYYY-MM-DD") at an instant; an unknown zone counts as UTC. */
export function localDateOf(instant: Date, timeZone: string): string {
  return localParts(instant, zoneOrUtc(timeZone)).date;
}

/** The next cadence day strictly after lastLocalDate, at 08:00 in the zone. */
export function nextLessonAt(input: {
  cadence: Cadence;
  timeZone: string;
  lastLocalDate: string;
}): { at: Date; localDate: string } {
  const localDate = nextCadenceDay(input.cadence, input.lastLocalDate);
  return { at: lessonHourOn(localDate, zoneOrUtc(input.timeZone)), localDate };
}

function nextCadenceDay(cadence: Cadence, last: string): string {
  switch (cadence.kind) {
    case "daily":
      return addDays(last, 1);
    case "every":
      return addDays(last, cadence.days);
    case "weekdays": {
      let day = addDays(last, 1);
      while (isoWeekday(day) > 5) day = addDays(day, 1);
      return day;
    }
  }
}

// 08:00 exists on every day in today's zones; should a change ever skip it, the first minute
// after the gap is taken.
function lessonHourOn(localDate: string, zone: string): Date {
  for (let minute = LESSON_HOUR * 60; minute < 24 * 60; minute += 15) {
    const at = instantOf(localDate, minute, zone);
    if (at) return at;
  }
  throw new Error("no lesson hour on that day");
}

const zoneOrUtc = (zone: string) => knownTimeZone(zone) ?? "UTC";
