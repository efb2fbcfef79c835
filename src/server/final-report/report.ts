import { and, eq, sql } from "drizzle-orm";
import type { FinalReport, FinalReportGoal } from "../../contract/final-report";
import type { Goal } from "../../contract/goals";
import type { EngagementRelation } from "../../domain/engagement/access";
import type { ReflectionAnswers } from "../../domain/review/reflection-questions";
import { isFinalReportStage, mayReadFinalReport } from "../../domain/review/report-sharing";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import type { Database } from "../db/database";
import { preparedStatement } from "../db/prepared-statements";
import { reflection, reportSharing, sustainPlan } from "../db/schema";
import type { EngagementRow } from "../engagements/queries";
import { findVisibleEngagement } from "../engagements/service";
import { readGoals } from "../goals/goal-service";
import { today } from "../goals/present";
import { AppError } from "../http/errors";
import { changeReportOf } from "../review/change-report";
import { reviewSummaryOf } from "../review/summary";

// The final report (docs/decisions/026): the goals with their outcomes, the final review's
// reflections once both sides have shared them (never before: the exchange stays blind), the
// counts of the review and the sustain plan. The client's and their coach's from the review stage
// on; a closed engagement's stays readable. The sponsor and the practice's admin know the
// engagement but not this (403).

const REFUSAL = "Only the client and their coach see the final report.";

/** The engagement, for its client and coach, once its final report exists. */
export async function requireReportEngagement(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
  may: (relation: EngagementRelation) => boolean = mayReadFinalReport,
  refusal = REFUSAL,
) {
  const found = await findVisibleEngagement(ctx.db, viewer, engagementId, { may, refusal });
  if (!isFinalReportStage(found.row.engagement.stage)) throw new AppError("report_not_yet");
  return found;
}

export async function getFinalReport(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
): Promise<FinalReport> {
  const { row } = await requireReportEngagement(ctx, viewer, engagementId);
  return readFinalReport(ctx, row);
}

export async function readFinalReport(ctx: AppContext, row: EngagementRow): Promise<FinalReport> {
  const engagementId = row.engagement.id;
  const [goals, finals, counts, plan, sharing, change] = await Promise.all([
    readGoals(ctx.db, { engagementId }, engagementId),
    finalReflections(ctx.db, engagementId),
    reviewSummaryOf(ctx, row),
    reportReads(ctx.db).plan.execute({ engagementId }),
    reportReads(ctx.db).sharing.execute({ engagementId }),
    changeReportOf(ctx, row),
  ]);
  const { client, coach } = finals;
  const bothShared = Boolean(client?.sharedAt && coach?.sharedAt);
  const reviewed = goals.filter((g) => g.state === "open" || g.state === "achieved");
  const { commitments } = counts;
  return {
    engagementId,
    engagementTitle: row.engagement.title,
    clientName: row.client.name,
    coachName: row.coach.name,
    stage: row.engagement.stage as FinalReport["stage"],
    startDate: row.engagement.startDate,
    preparedOn: today(),
    summary: sharing[0]?.summary ?? "",
    glance: {
      goals: reviewed.length,
      sessionsHeld: counts.sessionsHeld,
      sessionsPlanned: counts.sessionsPlanned,
      commitmentsDone: commitments.done,
      commitmentsCounted: commitments.done + commitments.partly_done + commitments.not_done,
    },
    goals: reviewed.map((g) => reportGoal(g, bothShared ? finals : null)),
    reflections: {
      bothShared,
      client: bothShared && client ? sideOf(client) : null,
      coach: bothShared && coach ? sideOf(coach) : null,
    },
    sustainItems: plan[0]?.items ?? [],
    change,
  };
}

interface FinalSide {
  answers: ReflectionAnswers;
  sharedAt: Date | null;
}

function prepareReportReads(db: Database) {
  const engagementId = sql.placeholder("engagementId");
  return {
    reflections: db
      .select({
        role: reflection.authorRole,
        answers: reflection.answers,
        sharedAt: reflection.sharedAt,
      })
      .from(reflection)
      .where(and(eq(reflection.engagementId, engagementId), eq(reflection.pointKey, "final")))
      .prepare("keel_final_reflections"),
    plan: db
      .select({ items: sustainPlan.items })
      .from(sustainPlan)
      .where(eq(sustainPlan.engagementId, engagementId))
      .prepare("keel_final_report_plan"),
    sharing: db
      .select({ summary: reportSharing.summary })
      .from(reportSharing)
      .where(eq(reportSharing.engagementId, engagementId))
      .prepare("keel_final_report_sharing"),
  };
}

const reportReads = preparedStatement(prepareReportReads);

/** Each side's final review; a draft (not shared) is never part of the report. */
export async function finalReflections(db: Database, engagementId: string) {
  const rows = await reportReads(db).reflections.execute({ engagementId });
  const shared = (role: "client" | "coach"): FinalSide | null => {
    const found = rows.find((r) => r.role === role && r.sharedAt !== null);
    return found ? { answers: found.answers, sharedAt: found.sharedAt } : null;
  };
  return { client: shared("client"), coach: shared("coach") };
}

export type FinalSides = Awaited<ReturnType<typeof finalReflections>>;

const sideOf = (side: FinalSide) => ({
  answers: side.answers.answers,
  sharedAt: (side.sharedAt ?? new Date()).toISOString(),
});

export function outcomeOf(side: FinalSide | null, goalId: string) {
  const found = side?.answers.outcomes.find((o) => o.goalId === goalId);
  return found ? { outcome: found.outcome, words: found.words } : null;
}

function reportGoal(g: Goal, finals: FinalSides | null): FinalReportGoal {
  return {
    id: g.id,
    statement: g.statement,
    measure: g.measure
      ? { what: g.measure.what, unit: g.measure.unit, direction: g.measure.direction }
      : null,
    baseline: g.baseline,
    target: g.target,
    startDate: g.startDate,
    dueDate: g.dueDate,
    final: g.latest,
    measurements: g.measurements.map((m) => ({ on: m.measuredOn, value: m.value })),
    state: g.state,
    status: g.status,
    outcomes: finals
      ? { client: outcomeOf(finals.client, g.id), coach: outcomeOf(finals.coach, g.id) }
      : null,
  };
}
