import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { WeeklyHours } from "../../domain/sessions/availability";
import { addDays, instantOf, isoWeekday, localParts } from "../../domain/sessions/zoned-time";
import type { AppContext } from "../context";
import { coachAvailability, coachingSession, engagement, sessionSeries } from "../db/schema";
import { demoSeries } from "./demo-series";
import { seedDemoSessionNotes } from "./demo-session-notes";
import { type DemoSessionWork, seedDemoSessionWork } from "./demo-session-work";

// Daniel's sessions with Maya: her hours in London, the engagement's video link, four sessions
// held (about nine, six, three and one weeks ago; the last two with their notes), the next one
// next week, and a series of four every second Tuesday at 08:30 from about three weeks ahead.
// Written as rows: the booking services rightly refuse times in the past, and the demo sends no
// invitations.

const ZONE = "Europe/London";
const MEETING_LINK = "https://meet.example.com/daniel-maya";
const MAYAS_HOURS: WeeklyHours = [
  ...[1, 2, 3, 4].map((weekday) => ({ weekday, start: "08:30", end: "17:00" })),
  { weekday: 5, start: "09:00", end: "12:00" },
];

export interface DemoSessions {
  /** Held three and one weeks ago (give or take a weekend), oldest first, with their notes. */
  past: [string, string];
  /** Next week. */
  upcoming: string;
}

export async function seedDemoSessions(
  ctx: AppContext,
  parties: { coachId: string; clientId: string; engagementId: string },
): Promise<DemoSessions> {
  const { coachId, clientId, engagementId } = parties;
  const ids = {
    nineWeeksAgo: randomUUID(),
    sixWeeksAgo: randomUUID(),
    threeWeeksAgo: randomUUID(),
    lastWeek: randomUUID(),
    nextWeek: randomUUID(),
  };
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
    const first = session(ids.nineWeeksAgo, -63, coachId);
    const second = session(ids.sixWeeksAgo, -42, clientId);
    await tx
      .insert(coachingSession)
      .values([
        first,
        second,
        session(ids.threeWeeksAgo, -21, coachId),
        session(ids.lastWeek, -7, clientId),
        session(ids.nextWeek, 7, clientId),
      ]);
    const recurring = demoSeries(parties);
    await tx.insert(sessionSeries).values(recurring.series);
    await tx.insert(coachingSession).values(recurring.sessions);
    await seedDemoSessionWork(tx, parties, first, FIRST_SESSIONS[0]);
    await seedDemoSessionWork(tx, parties, second, FIRST_SESSIONS[1]);
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

/** The first two sessions' themes and commitments, every one kept by its day: a streak. */
const FIRST_SESSIONS: [DemoSessionWork, DemoSessionWork] = [
  {
    themes: { session: ["Delegation"], reflection: [] },
    commitments: [
      {
        owner: "client",
        text: "Write down what only I can do, and what I do that someone else could",
        dueAfterDays: 4,
        status: "done",
      },
      {
        owner: "client",
        text: "Ask Ana to keep a tally of my interruptions in Tuesday's team meeting",
        dueAfterDays: 5,
        status: "done",
        note: "She was glad to. First tally: eight.",
      },
    ],
  },
  {
    themes: { session: ["Delegation", "Listening"], reflection: [] },
    commitments: [
      {
        owner: "client",
        text: "Hand the quarterly report to Ana, with the result I need and nothing about how",
        dueAfterDays: 7,
        status: "done",
        note: "She changed the structure. It is better.",
      },
      {
        owner: "client",
        text: "In two meetings, ask the question and wait for three answers before mine",
        dueAfterDays: 9,
        status: "done",
      },
    ],
  },
];
