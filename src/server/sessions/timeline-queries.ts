import { and, asc, eq, isNotNull, type Placeholder, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "../db/database";
import { preparedStatement } from "../db/prepared-statements";
import {
  actionPlanVersion,
  engagementStageChange,
  goal,
  sessionCommitment,
  user,
} from "../db/schema";

// The timeline's own reads: plan versions, what sessions left behind and stage changes, prepared
// once per database as the patterns' are.

type Id = string | Placeholder;

const versionColumns = {
  goalId: actionPlanVersion.goalId,
  goal: goal.statement,
  version: actionPlanVersion.version,
  changedAt: actionPlanVersion.changedAt,
  reason: actionPlanVersion.reason,
  sessionId: actionPlanVersion.sessionId,
  by: { id: user.id, name: user.name },
};

/** Every version of every goal's plan, oldest first. */
export function planVersions(db: Database, engagementId: Id) {
  return db
    .select(versionColumns)
    .from(actionPlanVersion)
    .innerJoin(goal, eq(goal.id, actionPlanVersion.goalId))
    .innerJoin(user, eq(user.id, actionPlanVersion.changedBy))
    .where(eq(actionPlanVersion.engagementId, engagementId))
    .orderBy(asc(actionPlanVersion.changedAt));
}

export function commitmentsOf(db: Database, engagementId: Id) {
  return (
    db
      .select({
        sessionId: sessionCommitment.sessionId,
        text: sessionCommitment.text,
        owner: { id: user.id, name: user.name },
        dueOn: sessionCommitment.dueOn,
        status: sessionCommitment.status,
        createdAt: sessionCommitment.createdAt,
      })
      .from(sessionCommitment)
      .innerJoin(user, eq(user.id, sessionCommitment.ownerId))
      // The timeline shows what sessions left behind; commitments added between them are listed
      // with the engagement's commitments.
      .where(
        and(
          eq(sessionCommitment.engagementId, engagementId),
          isNotNull(sessionCommitment.sessionId),
        ),
      )
  );
}

const changer = alias(user, "changer");

export function stageChanges(db: Database, engagementId: Id) {
  return db
    .select({
      changedAt: engagementStageChange.changedAt,
      from: engagementStageChange.fromStage,
      to: engagementStageChange.toStage,
      reason: engagementStageChange.reason,
      by: { id: changer.id, name: changer.name },
    })
    .from(engagementStageChange)
    .innerJoin(changer, eq(changer.id, engagementStageChange.changedBy))
    .where(eq(engagementStageChange.engagementId, engagementId));
}

function prepareTimelineReads(db: Database) {
  const engagementId = sql.placeholder("engagementId");
  return {
    plans: planVersions(db, engagementId).prepare("keel_timeline_plans"),
    commitments: commitmentsOf(db, engagementId).prepare("keel_timeline_commitments"),
    stages: stageChanges(db, engagementId).prepare("keel_timeline_stages"),
  };
}

const timelineReads = preparedStatement(prepareTimelineReads);

/** The timeline's own parts of an engagement. */
export async function selectTimelineParts(db: Database, engagementId: string) {
  const reads = timelineReads(db);
  const [plans, commitments, stages] = await Promise.all([
    reads.plans.execute({ engagementId }),
    reads.commitments.execute({ engagementId }),
    reads.stages.execute({ engagementId }),
  ]);
  return { plans, commitments, stages };
}
