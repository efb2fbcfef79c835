import { and, asc, desc, eq, gte, isNull, or, type Placeholder, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { AppContext } from "../context";
import {
  checkIn,
  checkInGoal,
  checkInMailing,
  checkInSchedule,
  coachingSession,
  engagement,
  goal,
  goalMeasurement,
  goalMilestone,
  sessionCommitment,
  user,
} from "../db/schema";

// What the early-warning rules and the celebrations read of the engagements `own` picks: one
// query per kind of data over all of them, from `since` where a window is enough. Each is run
// by a Runner: built afresh, or as a statement prepared under its name.

export type Statement<T> = { execute(values?: Record<string, unknown>): Promise<T> };
export type Query<T> = PromiseLike<T> & { prepare(name: string): Statement<T> };
export type Runner = <T>(name: string, build: () => Query<T>) => Promise<T>;

/** Builds and runs each query as it comes. */
export const built: Runner = (_name, build) => Promise.resolve(build());

export async function readSnapshotRows(
  ctx: Pick<AppContext, "db">,
  own: SQL,
  goals: "open" | "all",
  since: string | Placeholder | null,
  run: Runner,
) {
  const coach = alias(user, "coach");
  const [rows, commitments, checkIns, ratings, goalRows, measurements, milestones, sessions] =
    await Promise.all([
      run("engagements", () =>
        ctx.db
          .select({
            id: engagement.id,
            title: engagement.title,
            stage: engagement.stage,
            startDate: engagement.startDate,
            clientId: engagement.clientId,
            clientName: user.name,
            coachZone: coach.timeZone,
            // The first week mailed (or skipped) and the first answered: of all time, whatever
            // the window.
            firstMailed: sql<
              string | null
            >`(select min(${checkInMailing.week})::text from ${checkInMailing} where ${checkInMailing.engagementId} = ${engagement.id})`,
            firstAnswered: sql<
              string | null
            >`(select min(${checkIn.week})::text from ${checkIn} where ${checkIn.engagementId} = ${engagement.id})`,
            schedule: {
              weekday: checkInSchedule.weekday,
              hour: checkInSchedule.hour,
              timeZone: checkInSchedule.timeZone,
              enabled: checkInSchedule.enabled,
              since: checkInSchedule.updatedAt,
            },
          })
          .from(engagement)
          .innerJoin(user, eq(user.id, engagement.clientId))
          .innerJoin(coach, eq(coach.id, engagement.coachId))
          .leftJoin(checkInSchedule, eq(checkInSchedule.engagementId, engagement.id))
          .where(own)
          .orderBy(asc(user.name), asc(engagement.id)),
      ),
      run("commitments", () =>
        ctx.db
          .select({
            engagementId: sessionCommitment.engagementId,
            id: sessionCommitment.id,
            text: sessionCommitment.text,
            dueOn: sessionCommitment.dueOn,
            status: sessionCommitment.status,
            markedAt: sessionCommitment.markedAt,
          })
          .from(sessionCommitment)
          .innerJoin(
            engagement,
            and(
              eq(engagement.id, sessionCommitment.engagementId),
              eq(engagement.clientId, sessionCommitment.ownerId),
            ),
          )
          .where(
            and(
              own,
              since
                ? or(eq(sessionCommitment.status, "open"), gte(sessionCommitment.dueOn, since))
                : undefined,
            ),
          ),
      ),
      run("check_ins", () =>
        ctx.db
          .select({
            engagementId: checkIn.engagementId,
            id: checkIn.id,
            week: checkIn.week,
            submittedAt: checkIn.submittedAt,
            energy: checkIn.energy,
            win: checkIn.win,
            challenge: checkIn.challenge,
          })
          .from(checkIn)
          .innerJoin(engagement, eq(engagement.id, checkIn.engagementId))
          .where(and(own, since ? gte(checkIn.week, since) : undefined))
          .orderBy(asc(checkIn.week)),
      ),
      run("ratings", () =>
        ctx.db
          .select({
            checkInId: checkInGoal.checkInId,
            goalId: checkInGoal.goalId,
            confidence: checkInGoal.confidence,
            value: checkInGoal.value,
          })
          .from(checkInGoal)
          .innerJoin(engagement, eq(engagement.id, checkInGoal.engagementId))
          .innerJoin(
            checkIn,
            and(
              eq(checkIn.engagementId, checkInGoal.engagementId),
              eq(checkIn.id, checkInGoal.checkInId),
            ),
          )
          .where(and(own, since ? gte(checkIn.week, since) : undefined)),
      ),
      run("goals", () =>
        ctx.db
          .select({
            engagementId: goal.engagementId,
            id: goal.id,
            statement: goal.statement,
            direction: goal.direction,
            baseline: goal.baseline,
            target: goal.target,
            startDate: goal.startDate,
            dueDate: goal.dueDate,
            state: goal.state,
            closedOn: goal.closedOn,
            closedReason: goal.closedReason,
          })
          .from(goal)
          .innerJoin(engagement, eq(engagement.id, goal.engagementId))
          .where(goals === "open" ? and(own, eq(goal.state, "open")) : own)
          .orderBy(asc(goal.position)),
      ),
      run("measurements", () =>
        ctx.db
          .select({
            goalId: goalMeasurement.goalId,
            value: goalMeasurement.value,
            date: goalMeasurement.measuredOn,
          })
          .from(goalMeasurement)
          .innerJoin(engagement, eq(engagement.id, goalMeasurement.engagementId))
          .where(
            and(
              own,
              isNull(goalMeasurement.withdrawnAt),
              since ? gte(goalMeasurement.measuredOn, since) : undefined,
            ),
          )
          .orderBy(asc(goalMeasurement.measuredOn), asc(goalMeasurement.createdAt)),
      ),
      run("milestones", () =>
        ctx.db
          .select({
            goalId: goalMilestone.goalId,
            id: goalMilestone.id,
            title: goalMilestone.title,
            dueOn: goalMilestone.dueOn,
            doneAt: goalMilestone.doneAt,
          })
          .from(goalMilestone)
          .innerJoin(engagement, eq(engagement.id, goalMilestone.engagementId))
          .where(own)
          .orderBy(asc(goalMilestone.dueOn)),
      ),
      run("sessions", () => (since ? latestScheduledSessions(ctx, own) : everySession(ctx, own))),
    ]);
  return { rows, commitments, checkIns, ratings, goalRows, measurements, milestones, sessions };
}

const sessionFields = {
  engagementId: coachingSession.engagementId,
  id: coachingSession.id,
  startsAt: coachingSession.startsAt,
  status: coachingSession.status,
};

function everySession(ctx: Pick<AppContext, "db">, own: SQL) {
  return ctx.db
    .select(sessionFields)
    .from(coachingSession)
    .innerJoin(engagement, eq(engagement.id, coachingSession.engagementId))
    .where(own);
}

/** All the no-session rule reads: each engagement's latest scheduled session, ahead or held. */
function latestScheduledSessions(ctx: Pick<AppContext, "db">, own: SQL) {
  return ctx.db
    .selectDistinctOn([coachingSession.engagementId], sessionFields)
    .from(coachingSession)
    .innerJoin(engagement, eq(engagement.id, coachingSession.engagementId))
    .where(and(own, eq(coachingSession.status, "scheduled")))
    .orderBy(coachingSession.engagementId, desc(coachingSession.startsAt));
}
