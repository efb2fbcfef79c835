import { and, asc, eq, gte, lte } from "drizzle-orm";
import { weekOf } from "../../domain/check-ins/week";
import { addDays } from "../../domain/sessions/zoned-time";
import type { AppContext } from "../context";
import {
  checkIn,
  checkInGoal,
  checkInMailing,
  checkInSchedule,
  goal,
  goalMeasurement,
} from "../db/schema";

// Stage 4: Daniel's weekly check-ins, Monday mornings in London, from the week after his goals
// were set: nine weeks, one of them missed (the mail went, no answer came). A week in which he
// measured a goal carries that measurement (it came through the check-in); over the last three
// his confidence on listening slips as the budget talks get tense, and his energy with it.

const ZONE = "Europe/London";

interface DemoWeek {
  ago: number;
  energy: number;
  confidence: [number, number];
  win: string;
  challenge: string;
}

const WEEKS: (DemoWeek | { ago: number; missed: true })[] = [
  {
    ago: 9,
    energy: 4,
    confidence: [5, 6],
    win: "Wrote my list of what only I can do. It is shorter than I thought.",
    challenge: "Everything on the other list feels quicker to do myself.",
  },
  {
    ago: 8,
    energy: 4,
    confidence: [5, 6],
    win: "Ana is keeping the tally; the team laughed, then took it seriously.",
    challenge: "Eight interruptions in one meeting. Hard to read.",
  },
  {
    ago: 7,
    energy: 3,
    confidence: [6, 7],
    win: "Handed the quarterly report to Ana with only the result I need.",
    challenge: "Quarter-end: no time to coach anyone through anything.",
  },
  {
    ago: 6,
    energy: 4,
    confidence: [6, 6],
    win: "Waited for three answers before mine, twice in one meeting.",
    challenge: "Silence in meetings still feels like lost time.",
  },
  { ago: 5, missed: true },
  {
    ago: 4,
    energy: 4,
    confidence: [6, 7],
    win: "Back from leave: the team ran the week without calling me.",
    challenge: "Catching up made me take decisions back that were theirs.",
  },
  {
    ago: 3,
    energy: 4,
    confidence: [6, 6],
    win: "Gave Sam the supplier review and did not touch it once.",
    challenge: "Wanting to check Sam's work every day.",
  },
  {
    ago: 2,
    energy: 3,
    confidence: [7, 5],
    win: "Lena's team planned the sprint without me in the room for the first hour.",
    challenge: "Budget meetings: I still answer before anyone else has spoken.",
  },
  {
    ago: 1,
    energy: 2,
    confidence: [8, 4],
    win: "Lena ran the sprint planning; I only asked questions.",
    challenge: "A tense budget discussion: I jumped in twice and the room went quiet.",
  },
];

export async function seedDemoCheckIns(
  ctx: AppContext,
  parties: { clientId: string; engagementId: string },
): Promise<void> {
  const { clientId, engagementId } = parties;
  const thisWeek = weekOf(new Date(), ZONE);
  await ctx.db.transaction(async (tx) => {
    await tx.insert(checkInSchedule).values({
      engagementId,
      weekday: 1,
      hour: 8,
      timeZone: ZONE,
      enabled: true,
      updatedBy: clientId,
      updatedAt: new Date(`${addDays(thisWeek, -7 * 10)}T09:00:00Z`),
    });
    const goals = await tx
      .select({ id: goal.id })
      .from(goal)
      .where(eq(goal.engagementId, engagementId))
      .orderBy(asc(goal.position));
    for (const week of WEEKS) {
      const monday = addDays(thisWeek, -7 * week.ago);
      if ("missed" in week) {
        await tx.insert(checkInMailing).values({ engagementId, week: monday, outcome: "mailed" });
        continue;
      }
      const [row] = await tx
        .insert(checkIn)
        .values({
          engagementId,
          week: monday,
          submittedAt: new Date(`${monday}T08:20:00Z`),
          submittedBy: clientId,
          channel: "link",
          energy: week.energy,
          win: week.win,
          challenge: week.challenge,
        })
        .returning({ id: checkIn.id });
      if (!row) throw new Error("demo check-in was not created");
      await tx.insert(checkInMailing).values({ engagementId, week: monday, outcome: "mailed" });
      for (const [index, { id: goalId }] of goals.entries()) {
        const [measured] = await tx
          .select({ id: goalMeasurement.id, value: goalMeasurement.value })
          .from(goalMeasurement)
          .where(
            and(
              eq(goalMeasurement.goalId, goalId),
              gte(goalMeasurement.measuredOn, monday),
              lte(goalMeasurement.measuredOn, addDays(monday, 6)),
            ),
          )
          .limit(1);
        if (measured)
          await tx
            .update(goalMeasurement)
            .set({ source: "check_in", checkInId: row.id })
            .where(eq(goalMeasurement.id, measured.id));
        await tx.insert(checkInGoal).values({
          checkInId: row.id,
          engagementId,
          goalId,
          confidence: week.confidence[index] ?? 6,
          value: measured?.value ?? null,
          measurementId: measured?.id ?? null,
        });
      }
    }
  });
}
