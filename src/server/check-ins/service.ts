import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type {
  CheckIn,
  CheckInForm,
  CheckInInput,
  CheckInSchedule,
  CheckInScheduleInput,
} from "../../contract/check-ins";
import { checkInInput } from "../../contract/check-ins";
import { goalAnswerProblems } from "../../domain/check-ins/answers";
import { weekOf } from "../../domain/check-ins/week";
import type { EngagementRelation } from "../../domain/engagement/access";
import { knownTimeZone, localParts } from "../../domain/sessions/zoned-time";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import {
  checkIn,
  checkInGoal,
  checkInLink,
  checkInSchedule,
  engagement,
  sessionCommitment,
  user,
} from "../db/schema";
import { isUniqueViolation } from "../db/unique-violation";
import { findEngagementForClientWork } from "../engagements/client-work";
import { recordMeasurement } from "../goals/progress-service";
import { AppError, invalidInput, notFound } from "../http/errors";
import { checkInTokenHash } from "./links";
import { selectCheckIns, selectCommitmentsToMark, selectOpenGoals } from "./queries";

// Check-ins are the client's own work: the client and their coach read them, the client alone
// sets the weekly time and checks in; the mailed link opens one week's check-in and nothing else.

const REFUSAL = "Only the client and their coach see the check-ins.";
const CLIENT_ONLY = {
  may: (relation: EngagementRelation) => relation === "client",
  refusal: "Only the client checks in and chooses when to be asked.",
};

async function requireEngagement(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
  clientOnly = false,
) {
  const found = await findEngagementForClientWork(ctx.db, viewer, engagementId, REFUSAL);
  if (clientOnly && !CLIENT_ONLY.may(found.relation))
    throw new AppError("forbidden", CLIENT_ONLY.refusal);
  if (clientOnly && found.row.engagement.stage === "closed")
    throw new AppError("engagement_closed", "This engagement is closed; check-ins have ended.");
  return found.row;
}

export async function getSchedule(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
): Promise<CheckInSchedule> {
  const row = await requireEngagement(ctx, viewer, engagementId);
  const [saved] = await ctx.db
    .select()
    .from(checkInSchedule)
    .where(eq(checkInSchedule.engagementId, engagementId));
  if (saved)
    return {
      weekday: saved.weekday,
      hour: saved.hour,
      timeZone: saved.timeZone,
      enabled: saved.enabled,
      saved: true,
    };
  // Nothing is mailed until the client chooses: a Monday morning in their own zone is offered.
  const [client] = await ctx.db
    .select({ timeZone: user.timeZone })
    .from(user)
    .where(eq(user.id, row.engagement.clientId));
  const timeZone = knownTimeZone(client?.timeZone ?? "") ?? "UTC";
  return { weekday: 1, hour: 9, timeZone, enabled: false, saved: false };
}

export async function putSchedule(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
  input: CheckInScheduleInput,
): Promise<CheckInSchedule> {
  await requireEngagement(ctx, viewer, engagementId, true);
  const timeZone = knownTimeZone(input.timeZone);
  if (!timeZone)
    throw invalidInput([
      { path: "timeZone", message: 'Choose a time zone such as "Europe/London".' },
    ]);
  const values = {
    weekday: input.weekday,
    hour: input.hour,
    timeZone,
    enabled: input.enabled,
    updatedBy: viewer.userId,
    updatedAt: new Date(),
  };
  await ctx.db
    .insert(checkInSchedule)
    .values({ engagementId, ...values })
    .onConflictDoUpdate({ target: checkInSchedule.engagementId, set: values });
  return { ...values, saved: true };
}

export async function listCheckIns(ctx: AppContext, viewer: Viewer, engagementId: string) {
  await requireEngagement(ctx, viewer, engagementId);
  return { items: await selectCheckIns(ctx.db, engagementId) };
}

/** The signed-in client's check-in of their current week, from the app. */
export async function checkInFromApp(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
  input: CheckInInput,
): Promise<CheckIn> {
  await requireEngagement(ctx, viewer, engagementId, true);
  const timeZone = await clientZone(ctx.db, engagementId, viewer.userId);
  const now = new Date();
  const id = await saveCheckIn(ctx.db, {
    engagementId,
    week: weekOf(now, timeZone),
    clientId: viewer.userId,
    channel: "app",
    measuredOn: localParts(now, timeZone).date,
    input,
    onDuplicate: () => new AppError("already_checked_in"),
  });
  return readCheckIn(ctx.db, engagementId, id);
}

/** The signed-in client's form for the current week; a week answered already is a 409. */
export async function checkInFormForClient(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
): Promise<CheckInForm> {
  const row = await requireEngagement(ctx, viewer, engagementId, true);
  const week = weekOf(new Date(), await clientZone(ctx.db, engagementId, viewer.userId));
  const [goals, recent, commitments] = await Promise.all([
    selectOpenGoals(ctx.db, engagementId),
    selectCheckIns(ctx.db, engagementId, 1),
    selectCommitmentsToMark(ctx.db, { engagementId, clientId: viewer.userId, week }),
  ]);
  const last = recent[0] ?? null;
  if (last?.week === week) throw new AppError("already_checked_in");
  return {
    clientName: row.client.name,
    coachName: row.coach.name,
    week,
    goals,
    commitments,
    last,
  };
}

/** The form a mailed link opens: the engagement's open goals and the last check-in. */
export async function checkInFormFor(ctx: AppContext, token: string): Promise<CheckInForm> {
  const link = await openLink(ctx.db, token);
  const [goals, [last], commitments] = await Promise.all([
    selectOpenGoals(ctx.db, link.engagementId),
    selectCheckIns(ctx.db, link.engagementId, 1),
    selectCommitmentsToMark(ctx.db, {
      engagementId: link.engagementId,
      clientId: link.clientId,
      week: link.week,
    }),
  ]);
  return {
    clientName: link.clientName,
    coachName: link.coachName,
    week: link.week,
    goals,
    commitments,
    last: last ?? null,
  };
}

/** A check-in through its mailed link: the link is spent in the same transaction. */
export async function checkInThroughLink(
  ctx: AppContext,
  token: string,
  input: CheckInInput,
): Promise<CheckIn> {
  const link = await openLink(ctx.db, token);
  const timeZone = await clientZone(ctx.db, link.engagementId, link.clientId);
  const id = await ctx.db.transaction(async (tx) => {
    const [spent] = await tx
      .update(checkInLink)
      .set({ usedAt: new Date() })
      .where(and(eq(checkInLink.id, link.id), isNull(checkInLink.usedAt)))
      .returning({ id: checkInLink.id });
    if (!spent) throw new AppError("check_in_link_used");
    return saveCheckIn(tx, {
      engagementId: link.engagementId,
      week: link.week,
      clientId: link.clientId,
      channel: "link",
      measuredOn: localParts(new Date(), timeZone).date,
      input,
      onDuplicate: () => new AppError("check_in_link_used"),
    });
  });
  return readCheckIn(ctx.db, link.engagementId, id);
}

/** The link of a token, when it may still be used: unknown is a 404, spent or expired a 410. */
async function openLink(db: Executor, token: string) {
  const [link] = await db
    .select({
      id: checkInLink.id,
      engagementId: checkInLink.engagementId,
      week: checkInLink.week,
      expiresAt: checkInLink.expiresAt,
      usedAt: checkInLink.usedAt,
      stage: engagement.stage,
      clientId: engagement.clientId,
      clientName: sql<string>`(select name from ${user} where ${user.id} = ${engagement.clientId})`,
      coachName: sql<string>`(select name from ${user} where ${user.id} = ${engagement.coachId})`,
      answered: sql<boolean>`exists (select 1 from ${checkIn} where ${checkIn.engagementId} = ${checkInLink.engagementId} and ${checkIn.week} = ${checkInLink.week})`,
    })
    .from(checkInLink)
    .innerJoin(engagement, eq(engagement.id, checkInLink.engagementId))
    .where(eq(checkInLink.tokenHash, checkInTokenHash(token)));
  if (!link) throw notFound("This check-in link");
  if (link.usedAt || link.answered) throw new AppError("check_in_link_used");
  if (link.expiresAt <= new Date() || link.stage === "closed")
    throw new AppError("check_in_link_expired");
  return link;
}

async function clientZone(db: Executor, engagementId: string, clientId: string) {
  const [row] = await db
    .select({ scheduled: checkInSchedule.timeZone, own: user.timeZone })
    .from(user)
    .leftJoin(checkInSchedule, eq(checkInSchedule.engagementId, engagementId))
    .where(eq(user.id, clientId));
  return knownTimeZone(row?.scheduled ?? "") ?? knownTimeZone(row?.own ?? "") ?? "UTC";
}

async function readCheckIn(db: Executor, engagementId: string, id: string): Promise<CheckIn> {
  const found = (await selectCheckIns(db, engagementId, 3)).find((item) => item.id === id);
  if (!found) throw new Error("the check-in was not saved");
  return found;
}

/**
 * Saves a week's check-in in one transaction: each measure given becomes a measurement of its
 * goal (as one recorded by hand, with the check-in named), or nothing is saved at all.
 */
async function saveCheckIn(
  db: Executor,
  facts: {
    engagementId: string;
    week: string;
    clientId: string;
    channel: "link" | "app";
    measuredOn: string;
    input: CheckInInput;
    onDuplicate: () => AppError;
  },
): Promise<string> {
  const input = checkInInput.parse(facts.input);
  const asked = await selectOpenGoals(db, facts.engagementId);
  const problems = goalAnswerProblems(
    asked.map((goal) => ({ ...goal, hasMeasure: goal.measure !== null })),
    input.goals,
  );
  const markable = new Set(
    (await selectCommitmentsToMark(db, facts)).map((commitment) => commitment.id),
  );
  input.commitmentsDone.forEach((id, index) => {
    if (!markable.has(id))
      problems.push({
        path: `commitmentsDone.${index}`,
        message: "This is not an open commitment of yours in this check-in.",
      });
  });
  if (problems.length > 0) throw invalidInput(problems);
  try {
    return await db.transaction(async (tx) => {
      const marked = await markCommitmentsDone(tx, facts, [...new Set(input.commitmentsDone)]);
      const [row] = await tx
        .insert(checkIn)
        .values({
          engagementId: facts.engagementId,
          week: facts.week,
          submittedBy: facts.clientId,
          channel: facts.channel,
          energy: input.energy,
          win: input.win,
          challenge: input.challenge,
          commitmentsDone: marked,
        })
        .returning({ id: checkIn.id });
      if (!row) throw new Error("the check-in was not saved");
      for (const answer of input.goals) {
        const measurementId =
          answer.value === null
            ? null
            : await recordMeasurement(tx, {
                engagementId: facts.engagementId,
                goalId: answer.goalId,
                value: answer.value,
                measuredOn: facts.measuredOn,
                recordedBy: facts.clientId,
                source: "check_in",
                checkInId: row.id,
              });
        await tx.insert(checkInGoal).values({
          checkInId: row.id,
          engagementId: facts.engagementId,
          goalId: answer.goalId,
          confidence: answer.confidence,
          value: answer.value,
          measurementId,
        });
      }
      return row.id;
    });
  } catch (error) {
    if (isUniqueViolation(error, "check_in_engagement_week_key")) throw facts.onDuplicate();
    throw error;
  }
}

/** Marks the ticked commitments done by the client; answers how many it marked. */
async function markCommitmentsDone(
  tx: Executor,
  facts: { engagementId: string; clientId: string },
  ids: string[],
): Promise<number> {
  if (ids.length === 0) return 0;
  const marked = await tx
    .update(sessionCommitment)
    .set({ status: "done", note: null, markedAt: new Date(), markedBy: facts.clientId })
    .where(
      and(
        inArray(sessionCommitment.id, ids),
        eq(sessionCommitment.engagementId, facts.engagementId),
        eq(sessionCommitment.ownerId, facts.clientId),
        eq(sessionCommitment.status, "open"),
      ),
    )
    .returning({ id: sessionCommitment.id });
  return marked.length;
}
