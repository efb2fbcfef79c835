import { randomUUID } from "node:crypto";
import { weekOf } from "../../domain/check-ins/week";
import { addDays, instantOf, localParts } from "../../domain/sessions/zoned-time";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import {
  checkIn,
  checkInGoal,
  checkInMailing,
  checkInSchedule,
  coachingSession,
  engagement,
  engagementStageChange,
  sessionCommitment,
} from "../db/schema";
import { createGoal } from "../goals/goal-service";
import { addMeasurement } from "../goals/progress-service";

// Priya's engagement with Maya, twelve weeks in, has gone quiet: her Wednesday check-ins
// stopped six weeks ago, two commitments are overdue, and nothing has been booked since her
// last session five weeks ago. She is the client at the top of Maya's list of who needs her.

const ZONE = "Europe/London";
const DAY = 86_400_000;
const STARTED_DAYS_AGO = 84;
const GOALS_SET_DAYS_AGO = 77;

export async function seedDemoQuietEngagement(
  ctx: AppContext,
  parties: { coach: Viewer; clientId: string },
): Promise<void> {
  const { coach, clientId } = parties;
  const today = localParts(new Date(), ZONE).date;
  const day = (offset: number) => addDays(today, offset);
  const engagementId = await openEngagement(ctx, coach, clientId, day);

  const goal = await createGoal(ctx, coach, engagementId, {
    statement:
      "Hand the monthly reporting to my deputy, and spend the hours it frees on the strategy work of the director role.",
    measure: { what: "Hours on strategy work", unit: "a week", direction: "higher" },
    baseline: 2,
    target: 8,
    realisticPerWeek: 1,
    startDate: day(-GOALS_SET_DAYS_AGO),
    dueDate: day(35),
    whyItMatters:
      "The director role is offered to whoever already thinks beyond this quarter. Today the reporting eats the time I would do that in.",
    developmentEntryIds: [],
    behaviourLinks: [],
    overrides: [],
  });
  for (const [offset, value] of [
    [-70, 2],
    [-56, 3],
    [-42, 3],
  ] as const)
    await addMeasurement(ctx, coach, goal.id, { value, measuredOn: day(offset) });

  await ctx.db.transaction(async (tx) => {
    const sessions = [-58, -37].map((offset) => {
      const id = randomUUID();
      const startsAt = instantOf(day(offset), 14 * 60, ZONE);
      if (!startsAt) throw new Error(`14:00 on ${day(offset)} does not exist in ${ZONE}`);
      const endsAt = new Date(startsAt.getTime() + 60 * 60_000);
      return {
        id,
        engagementId,
        coachId: coach.userId,
        startsAt,
        endsAt,
        busyUntil: new Date(endsAt.getTime() + 15 * 60_000),
        timeZone: ZONE,
        mode: "video" as const,
        icalUid: `${id}@keel`,
        bookedBy: clientId,
      };
    });
    await tx.insert(coachingSession).values(sessions);
    const last = sessions[1];
    if (!last) throw new Error("the demo's last session is missing");
    const commitment = (text: string, dueIn: number, done: boolean) => ({
      engagementId,
      sessionId: last.id,
      goalId: goal.id,
      text,
      ownerId: clientId,
      dueOn: day(dueIn),
      status: done ? ("done" as const) : ("open" as const),
      markedAt: done ? new Date(`${day(dueIn)}T17:00:00Z`) : null,
      markedBy: done ? clientId : null,
      createdBy: coach.userId,
      createdAt: last.endsAt,
    });
    await tx
      .insert(sessionCommitment)
      .values([
        commitment(
          "Block Thursday mornings for strategy work, and decline what lands in them",
          -30,
          true,
        ),
        commitment("Walk my deputy through the monthly report, then let her send it", -9, false),
        commitment(
          "Draft the one-page view of where the department should be in two years",
          -6,
          false,
        ),
      ]);

    // Wednesday check-ins at 18:00 from the week after the goal was set: five answered, then
    // the mails kept coming and no answer came back.
    await tx.insert(checkInSchedule).values({
      engagementId,
      weekday: 3,
      hour: 18,
      timeZone: ZONE,
      enabled: true,
      updatedBy: clientId,
      updatedAt: new Date(Date.now() - GOALS_SET_DAYS_AGO * DAY),
    });
    const thisWeek = weekOf(new Date(), ZONE);
    const answered = [
      { ago: 10, energy: 4, confidence: 7 },
      { ago: 9, energy: 4, confidence: 6 },
      { ago: 8, energy: 3, confidence: 6 },
      { ago: 7, energy: 3, confidence: 5 },
      { ago: 6, energy: 2, confidence: 5 },
    ];
    for (const week of answered) {
      const monday = addDays(thisWeek, -7 * week.ago);
      const [row] = await tx
        .insert(checkIn)
        .values({
          engagementId,
          week: monday,
          submittedAt: new Date(`${addDays(monday, 2)}T18:40:00Z`),
          submittedBy: clientId,
          channel: "link",
          energy: week.energy,
          win: week.ago > 7 ? "Kept Thursday morning free for strategy work." : "",
          challenge: "The monthly report came back to me again.",
        })
        .returning({ id: checkIn.id });
      if (!row) throw new Error("demo check-in was not created");
      await tx.insert(checkInGoal).values({
        checkInId: row.id,
        engagementId,
        goalId: goal.id,
        confidence: week.confidence,
        value: null,
        measurementId: null,
      });
    }
    const mailedOnly = [5, 4, 3, 2, 1].map((ago) => ({
      engagementId,
      week: addDays(thisWeek, -7 * ago),
      outcome: "mailed" as const,
    }));
    await tx.insert(checkInMailing).values([
      ...answered.map(({ ago }) => ({
        engagementId,
        week: addDays(thisWeek, -7 * ago),
        outcome: "mailed" as const,
      })),
      ...mailedOnly,
    ]);
  });
}

async function openEngagement(
  ctx: AppContext,
  coach: Viewer,
  clientId: string,
  day: (offset: number) => string,
): Promise<string> {
  return ctx.db.transaction(async (tx) => {
    const [opened] = await tx
      .insert(engagement)
      .values({
        practiceId: coach.practiceId,
        coachId: coach.userId,
        clientId,
        title: "Stepping up to director",
        startDate: day(-STARTED_DAYS_AGO),
        plannedEndDate: day(98),
        sessionsPlanned: 8,
        stage: "active",
        meetingLink: "https://meet.example.com/priya-maya",
        createdAt: new Date(Date.now() - STARTED_DAYS_AGO * DAY),
      })
      .returning({ id: engagement.id });
    if (!opened) throw new Error("demo engagement was not created");
    const at = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY);
    await tx.insert(engagementStageChange).values([
      {
        engagementId: opened.id,
        toStage: "assessment",
        changedBy: coach.userId,
        changedAt: at(STARTED_DAYS_AGO),
      },
      {
        engagementId: opened.id,
        fromStage: "assessment",
        toStage: "planning",
        changedBy: coach.userId,
        changedAt: at(GOALS_SET_DAYS_AGO + 3),
      },
      {
        engagementId: opened.id,
        fromStage: "planning",
        toStage: "active",
        changedBy: coach.userId,
        changedAt: at(GOALS_SET_DAYS_AGO),
        reason: "Her 360 is planned for the mid-point, with her new team.",
      },
    ]);
    return opened.id;
  });
}
