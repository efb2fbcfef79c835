import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { WeeklyHours } from "../../domain/sessions/availability";
import { addDays, instantOf, isoWeekday, localParts } from "../../domain/sessions/zoned-time";
import type { AppContext } from "../context";
import { coachAvailability, coachingSession, engagement, sessionSeries } from "../db/schema";
import { demoSeries } from "./demo-series";
import { seedDemoSessionNotes } from "./demo-session-notes";

// Daniel's sessions with Maya: her hours in London, the engagement's video link, two sessions
// held (about three weeks and one week ago), the next one next week, and a series of four every
// second Tuesday at 08:30 from about three weeks ahead. Written as rows: the
// booking services rightly refuse times in the past, and the demo sends no invitations.

const ZONE = "Europe/London";
const MEETING_LINK = "https://meet.example.com/daniel-maya";
const MAYAS_HOURS: WeeklyHours = [
  ...[1, 2, 3, 4].map((weekday) => ({ weekday, start: "08:30", end: "17:00" })),
  { weekday: 5, start: "09:00", end: "12:00" },
];

export interface DemoSessions {
  /** Held three and one weeks ago (give or take a weekend), oldest first. */
  past: [string, string];
  /** Next week. */
  upcoming: string;
}

export async function seedDemoSessions(
  ctx: AppContext,
  parties: { coachId: string; clientId: string; engagementId: string },
): Promise<DemoSessions> {
  const { coachId, clientId, engagementId } = parties;
  const ids = { threeWeeksAgo: randomUUID(), lastWeek: randomUUID(), nextWeek: randomUUID() };
  await ctx.db.transaction(async (tx) => {
    await tx.insert(coachAvailability).values({
      coachId,
      timeZone: ZONE,
      weekly: MAYAS_HOURS,
      sessionMinutes: 60,
      bufferMinutes: 15,
    });
    await tx
      .update(engagement)
      .set({ meetingLink: MEETING_LINK })
      .where(eq(engagement.id, engagementId));
    const session = (id: string, days: number, bookedBy: string) => {
      const startsAt = tenAmAround(days);
      const endsAt = new Date(startsAt.getTime() + 60 * 60_000);
      return {
        id,
        engagementId,
        coachId,
        startsAt,
        endsAt,
        busyUntil: new Date(endsAt.getTime() + 15 * 60_000),
        timeZone: ZONE,
        mode: "video" as const,
        icalUid: `${id}@keel`,
        bookedBy,
      };
    };
    await tx
      .insert(coachingSession)
      .values([
        session(ids.threeWeeksAgo, -21, coachId),
        session(ids.lastWeek, -7, clientId),
        session(ids.nextWeek, 7, clientId),
      ]);
    const recurring = demoSeries(parties);
    await tx.insert(sessionSeries).values(recurring.series);
    await tx.insert(coachingSession).values(recurring.sessions);
  });
  await seedDemoSessionNotes(ctx, parties, [ids.threeWeeksAgo, ids.lastWeek]);
  return { past: [ids.threeWeeksAgo, ids.lastWeek], upcoming: ids.nextWeek };
}

/** 10:00 in London `days` from today, on the Thursday before when that falls on Friday to Sunday. */
function tenAmAround(days: number): Date {
  const day = addDays(localParts(new Date(), ZONE).date, days);
  const weekday = isoWeekday(day);
  const workday = weekday > 4 ? addDays(day, 4 - weekday) : day;
  const at = instantOf(workday, 10 * 60, ZONE);
  if (!at) throw new Error(`10:00 on ${workday} does not exist in ${ZONE}`);
  return at;
}
