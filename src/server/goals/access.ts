import type { Stage } from "../../domain/engagement/stages";
import type { Viewer } from "../access/viewer";
import { type Permission, requireVisible } from "../access/visible-record";
import type { AppContext } from "../context";
import { goalMeasurement, goalMilestone } from "../db/schema";
import { clientWork, findEngagementForClientWork } from "../engagements/client-work";
import { AppError } from "../http/errors";
import { type GoalGuardRow, selectChildGuard, selectGoalGuard } from "./queries";

// Goals, their measurements, milestones and plans are the client's own work: the client and
// their coach read and write them; for anyone else they do not exist (404). A sponsor sees a
// goal's statement and status (and outcome) only as the client shares them in the final report's
// sharing, through its own route (final-report/sharing.ts, docs/decisions/026).

const REFUSAL = "Only the client and their coach see the goals.";

/** The engagement, for its client and coach; a write also needs it still open. */
export async function requireGoalsOf(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
  write = false,
) {
  const { row } = await findEngagementForClientWork(ctx.db, viewer, engagementId, REFUSAL);
  if (write) refuseClosed(row.engagement.stage);
  return row;
}

const goals = clientWork<GoalGuardRow>("This goal");

export async function requireGoal(
  ctx: AppContext,
  viewer: Viewer,
  goalId: string,
  write = false,
  toDo?: Permission,
) {
  const { row } = requireVisible(viewer, await selectGoalGuard(ctx.db, goalId), goals, toDo);
  if (write) refuseClosed(row.stage);
  return row.goal;
}

/** An open goal, for an edit of its own fields. */
export async function requireOpenGoal(ctx: AppContext, viewer: Viewer, goalId: string) {
  const found = await requireGoal(ctx, viewer, goalId, true);
  if (found.state !== "open")
    throw new AppError("goal_closed", "This goal is closed; write a new goal instead.");
  return found;
}

type Child = NonNullable<Awaited<ReturnType<typeof selectChildGuard>>>;
const measurements = clientWork<Child>("This measurement");
const milestones = clientWork<Child>("This milestone");

/** A measurement not withdrawn, or a milestone, for a write by the client or their coach. */
export async function requireChild(
  ctx: AppContext,
  viewer: Viewer,
  kind: "measurement" | "milestone",
  id: string,
) {
  const table = kind === "measurement" ? goalMeasurement : goalMilestone;
  const row = await selectChildGuard(ctx.db, table, id);
  const found = requireVisible(viewer, row, kind === "measurement" ? measurements : milestones);
  refuseClosed(found.row.stage);
  return found.row;
}

function refuseClosed(stage: Stage) {
  if (stage === "closed")
    throw new AppError("engagement_closed", "This engagement is closed; its goals cannot change.");
}
