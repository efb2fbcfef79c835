import { and, asc, desc, eq, inArray, lte } from "drizzle-orm";
import type { CheckIn, CheckInFormCommitment, CheckInFormGoal } from "../../contract/check-ins";
import { sensibleRange } from "../../domain/check-ins/answers";
import { addDays } from "../../domain/sessions/zoned-time";
import type { Executor } from "../db/database";
import { checkIn, checkInGoal, checkInReply, goal, sessionCommitment, user } from "../db/schema";

/** The engagement's open goals, in their order, as the check-in asks about them. */
export async function selectOpenGoals(
  db: Executor,
  engagementId: string,
): Promise<CheckInFormGoal[]> {
  const rows = await db
    .select({
      id: goal.id,
      statement: goal.statement,
      measure: goal.measureWhat,
      unit: goal.measureUnit,
      direction: goal.direction,
      baseline: goal.baseline,
      target: goal.target,
      latestValue: goal.latestValue,
    })
    .from(goal)
    .where(and(eq(goal.engagementId, engagementId), eq(goal.state, "open")))
    .orderBy(asc(goal.position), asc(goal.createdAt));
  return rows.map((row) => ({
    ...row,
    range: row.measure === null ? null : sensibleRange(row),
  }));
}

/** The client's open commitments of the engagement due by the week's end, soonest first. */
export async function selectCommitmentsToMark(
  db: Executor,
  facts: { engagementId: string; clientId: string; week: string },
): Promise<CheckInFormCommitment[]> {
  return db
    .select({
      id: sessionCommitment.id,
      text: sessionCommitment.text,
      dueOn: sessionCommitment.dueOn,
    })
    .from(sessionCommitment)
    .where(
      and(
        eq(sessionCommitment.engagementId, facts.engagementId),
        eq(sessionCommitment.ownerId, facts.clientId),
        eq(sessionCommitment.status, "open"),
        lte(sessionCommitment.dueOn, addDays(facts.week, 6)),
      ),
    )
    .orderBy(asc(sessionCommitment.dueOn), asc(sessionCommitment.createdAt));
}

/** The engagement's check-ins, newest week first, each with its goals' answers. */
export async function selectCheckIns(
  db: Executor,
  engagementId: string,
  limit = 52,
): Promise<CheckIn[]> {
  const rows = await db
    .select({ row: checkIn, by: { id: user.id, name: user.name } })
    .from(checkIn)
    .innerJoin(user, eq(user.id, checkIn.submittedBy))
    .where(eq(checkIn.engagementId, engagementId))
    .orderBy(desc(checkIn.week))
    .limit(limit);
  if (rows.length === 0) return [];
  const answers = await db
    .select({
      checkInId: checkInGoal.checkInId,
      goalId: checkInGoal.goalId,
      confidence: checkInGoal.confidence,
      value: checkInGoal.value,
      statement: goal.statement,
      unit: goal.measureUnit,
      position: goal.position,
    })
    .from(checkInGoal)
    .innerJoin(goal, eq(goal.id, checkInGoal.goalId))
    .where(
      inArray(
        checkInGoal.checkInId,
        rows.map(({ row }) => row.id),
      ),
    )
    .orderBy(asc(goal.position));
  const replies = await db
    .select({
      checkInId: checkInReply.checkInId,
      id: checkInReply.id,
      text: checkInReply.text,
      createdAt: checkInReply.createdAt,
      author: { id: user.id, name: user.name },
    })
    .from(checkInReply)
    .innerJoin(user, eq(user.id, checkInReply.authorId))
    .where(
      inArray(
        checkInReply.checkInId,
        rows.map(({ row }) => row.id),
      ),
    )
    .orderBy(asc(checkInReply.createdAt), asc(checkInReply.id));
  return rows.map(({ row, by }) => ({
    id: row.id,
    week: row.week,
    submittedAt: row.submittedAt.toISOString(),
    submittedBy: by,
    channel: row.channel,
    energy: row.energy,
    win: row.win,
    challenge: row.challenge,
    commitmentsDone: row.commitmentsDone,
    goals: answers
      .filter((answer) => answer.checkInId === row.id)
      .map(({ goalId, statement, confidence, value, unit }) => ({
        goalId,
        statement,
        confidence,
        value,
        unit,
      })),
    replies: replies
      .filter((reply) => reply.checkInId === row.id)
      .map(({ id, text, createdAt, author }) => ({
        id,
        text,
        author,
        createdAt: createdAt.toISOString(),
      })),
  }));
}
