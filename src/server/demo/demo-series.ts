import { randomUUID } from "node:crypto";
import { expandSeries } from "../../domain/sessions/recurrence";
import { addDays, isoWeekday, localParts } from "../../domain/sessions/zoned-time";
import type { sessionSeries } from "../db/schema";

// Daniel's recurring series with Maya: every second Tuesday at 08:30 in London, four sessions
// from the Tuesday about three weeks ahead (five of the ten used before, nine after).

const ZONE = "Europe/London";
const RRULE = "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=4";
const LOCAL_TIME = "08:30";
const MINUTES = 60;
const BUFFER_MINUTES = 15;

interface Parties {
  coachId: string;
  engagementId: string;
}

/** The series' row and its four sessions' rows, written as they are: the demo mails nothing. */
export function demoSeries(parties: Parties) {
  const id = randomUUID();
  const firstDate = firstTuesday();
  const expanded = expandSeries({ rrule: RRULE, firstDate, localTime: LOCAL_TIME, timeZone: ZONE });
  if (!expanded.ok) throw new Error(`the demo's series: ${expanded.problem.message}`);
  const common = {
    engagementId: parties.engagementId,
    coachId: parties.coachId,
    timeZone: ZONE,
    mode: "video" as const,
    icalUid: `${id}@keel`,
  };
  const series: typeof sessionSeries.$inferInsert = {
    ...common,
    id,
    rrule: expanded.value.rrule,
    firstDate,
    localTime: LOCAL_TIME,
    durationMinutes: MINUTES,
    createdBy: parties.coachId,
  };
  const sessions = expanded.value.starts.map((startsAt) => {
    const endsAt = new Date(startsAt.getTime() + MINUTES * 60_000);
    return {
      ...common,
      seriesId: id,
      startsAt,
      originalStartsAt: startsAt,
      endsAt,
      busyUntil: new Date(endsAt.getTime() + BUFFER_MINUTES * 60_000),
      bookedBy: parties.coachId,
    };
  });
  return { series, sessions };
}

/** The Tuesday three weeks from today or the first after it, in London. */
function firstTuesday(): string {
  const day = addDays(localParts(new Date(), ZONE).date, 21);
  return addDays(day, (2 - isoWeekday(day) + 7) % 7);
}
