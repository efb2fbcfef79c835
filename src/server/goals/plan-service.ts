import { and, desc, eq, inArray } from "drizzle-orm";
import type { PlanComparison, PlanTemplate, PlanView, SavePlanBody } from "../../contract/goals";
import type { FieldProblem } from "../../domain/field-problem";
import { type ActionPlan, emptyPlan } from "../../domain/goals/action-plan";
import { behaviourLinkProblems } from "../../domain/goals/behaviour-links";
import { checkPlan } from "../../domain/goals/plan-checks";
import { conflictingItems } from "../../domain/goals/plan-conflicts";
import { comparePlans, hasChanges } from "../../domain/goals/plan-diff";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import { actionPlanVersion, goal, user } from "../db/schema";
import { isUniqueViolation } from "../db/unique-violation";
import { invalidInput, notFound } from "../http/errors";
import { requirePlanSession } from "../sessions/session-work";
import { requireGoal } from "./access";
import { selectNewestModel } from "./queries";
import { StaleVersion } from "./stale";
import { withTemplate } from "./template-copy";

// A goal's action plan. Every save is a whole new version (a snapshot, not a change list), so
// any two versions compare directly. A save names the version it was edited from; when another
// was saved meanwhile, nothing is saved and the 409 shows the newer version and the items both
// changed, for the person to choose.

export async function getPlan(ctx: AppContext, viewer: Viewer, goalId: string) {
  const found = await requireGoal(ctx, viewer, goalId);
  return readVersion(ctx.db, goalId, found.planVersion);
}

export async function listVersions(ctx: AppContext, viewer: Viewer, goalId: string) {
  await requireGoal(ctx, viewer, goalId);
  const rows = await versionFacts(ctx.db)
    .where(eq(actionPlanVersion.goalId, goalId))
    .orderBy(desc(actionPlanVersion.version));
  return rows.map(presentFacts);
}

export async function comparePlanVersions(
  ctx: AppContext,
  viewer: Viewer,
  goalId: string,
  query: { from: number; to: number },
): Promise<PlanComparison> {
  const found = await requireGoal(ctx, viewer, goalId);
  const versions = [query.from, query.to];
  if (versions.some((v) => v > found.planVersion)) throw notFound("This version of the plan");
  const plans = await plansOf(ctx.db, goalId, versions);
  return { from: query.from, to: query.to, ...comparePlans(plans(query.from), plans(query.to)) };
}

export async function savePlan(
  ctx: AppContext,
  viewer: Viewer,
  goalId: string,
  input: SavePlanBody & { resolvesConflict: boolean },
): Promise<PlanView> {
  const found = await requireGoal(ctx, viewer, goalId, true);
  const plan = input.plan as ActionPlan;
  await requireSavablePlan(ctx.db, found.engagementId, plan);
  if (input.sessionId) await requirePlanSession(ctx.db, found.engagementId, input.sessionId);
  return saveVersion(ctx, viewer, found, { ...input, plan });
}

/** A new version from a template: the plan as it was, then the template's items. */
export async function startFromTemplate(
  ctx: AppContext,
  viewer: Viewer,
  found: { id: string; engagementId: string; planVersion: number },
  input: { template: PlanTemplate; baseVersion: number; reason?: string | undefined },
): Promise<PlanView> {
  const { template } = input;
  const from = Math.min(input.baseVersion, found.planVersion);
  const plan = withTemplate((await plansOf(ctx.db, found.id, [from]))(from), template.plan);
  return saveVersion(ctx, viewer, found, {
    plan,
    baseVersion: input.baseVersion,
    reason: input.reason ?? `Started from the template "${template.title}"`,
    template: { id: template.id, version: template.version },
  });
}

/** Saves the plan on its base version, unless it is stale (a 409) or unchanged. */
async function saveVersion(
  ctx: AppContext,
  viewer: Viewer,
  found: { id: string; engagementId: string; planVersion: number },
  input: Omit<NewVersion, "version">,
): Promise<PlanView> {
  const { plan, baseVersion } = input;
  if (baseVersion > found.planVersion)
    throw invalidInput([{ path: "baseVersion", message: "This plan has no such version yet." }]);
  if (baseVersion !== found.planVersion) throw await stalePlan(ctx.db, found.id, baseVersion, plan);
  const current = await readVersion(ctx.db, found.id, found.planVersion);
  if (!hasChanges(comparePlans(current.plan as ActionPlan, plan))) return current;
  const version = baseVersion + 1;
  const at = { viewer, goalId: found.id, engagementId: found.engagementId };
  if (!(await insertVersion(ctx, at, { ...input, version })))
    throw await stalePlan(ctx.db, found.id, baseVersion, plan);
  return readVersion(ctx.db, found.id, version);
}

interface NewVersion {
  plan: ActionPlan;
  version: number;
  baseVersion: number;
  reason?: string | undefined;
  resolvesConflict?: boolean;
  template?: { id: string; version: number | null };
  /** The session that decided the change, of the goal's engagement. */
  sessionId?: string | undefined;
}

/** Writes the version and moves the goal to it; false when another save took that number. */
async function insertVersion(
  ctx: AppContext,
  at: { viewer: Viewer; goalId: string; engagementId: string },
  input: NewVersion,
): Promise<boolean> {
  try {
    return await ctx.db.transaction(async (tx) => {
      const [moved] = await tx
        .update(goal)
        .set({ planVersion: input.version })
        .where(and(eq(goal.id, at.goalId), eq(goal.planVersion, input.baseVersion)))
        .returning({ id: goal.id });
      if (!moved) return false;
      await tx.insert(actionPlanVersion).values({
        goalId: at.goalId,
        engagementId: at.engagementId,
        version: input.version,
        plan: input.plan,
        basedOn: input.baseVersion,
        source: sourceOf(input),
        sessionId: input.sessionId ?? null,
        templateId: input.template?.id ?? null,
        templateVersion: input.template?.version ?? null,
        changedBy: at.viewer.userId,
        reason: input.reason?.trim() || null,
      });
      return true;
    });
  } catch (error) {
    if (isUniqueViolation(error, "action_plan_version_goal_id_version_pk")) return false;
    throw error;
  }
}

function sourceOf(input: NewVersion) {
  if (input.template) return "template";
  if (input.sessionId) return "session";
  return input.resolvesConflict ? "resolution" : "edit";
}

/** What the plan must be to be saved: the domain's checks, and behaviours of the 360 model. */
async function requireSavablePlan(db: Executor, engagementId: string, plan: ActionPlan) {
  const linked = plan.skills.flatMap((skill, index) =>
    skill.behaviour ? [{ index, link: skill.behaviour }] : [],
  );
  const model = linked.length > 0 ? await selectNewestModel(db, engagementId) : undefined;
  const behaviourProblems = linked.flatMap(({ index, link }): FieldProblem[] =>
    behaviourLinkProblems([link], model?.model ?? null).map((problem) => ({
      ...problem,
      path: problem.path.replace(/^behaviourLinks\.0/, `skills.${index}.behaviour`),
    })),
  );
  const problems = [...checkPlan(plan), ...behaviourProblems].map((problem) => ({
    ...problem,
    path: `plan.${problem.path}`,
  }));
  if (problems.length > 0) throw invalidInput(problems, "Some parts of the plan need fixing.");
}

async function stalePlan(db: Executor, goalId: string, baseVersion: number, mine: ActionPlan) {
  const [latestVersion] = await db
    .select({ version: goal.planVersion })
    .from(goal)
    .where(eq(goal.id, goalId));
  const latest = await readVersion(db, goalId, latestVersion?.version ?? 0);
  const plans = await plansOf(db, goalId, [baseVersion]);
  const conflicts = conflictingItems(plans(baseVersion), mine, latest.plan as ActionPlan);
  const who = latest.saved ? ` by ${latest.saved.changedBy.name}` : "";
  return new StaleVersion(
    `Version ${latest.version} of this plan was saved${who} while you edited it; nothing of yours was saved yet. Compare the items you both changed, choose, and save again.`,
    { latest, conflictingItems: conflicts },
  );
}

const FACTS = {
  version: actionPlanVersion.version,
  basedOn: actionPlanVersion.basedOn,
  source: actionPlanVersion.source,
  changedBy: { id: user.id, name: user.name },
  changedAt: actionPlanVersion.changedAt,
  reason: actionPlanVersion.reason,
};

function versionFacts(db: Executor) {
  return db
    .select(FACTS)
    .from(actionPlanVersion)
    .innerJoin(user, eq(user.id, actionPlanVersion.changedBy))
    .$dynamic();
}

function presentFacts<Row extends { changedAt: Date }>({ changedAt, ...facts }: Row) {
  return { ...facts, changedAt: changedAt.toISOString() };
}

/** One version of the plan; version 0 is the empty plan before the first save. */
export async function readVersion(
  db: Executor,
  goalId: string,
  version: number,
): Promise<PlanView> {
  if (version === 0) return { goalId, version: 0, plan: emptyPlan(), saved: null };
  const [row] = await db
    .select({ ...FACTS, plan: actionPlanVersion.plan })
    .from(actionPlanVersion)
    .innerJoin(user, eq(user.id, actionPlanVersion.changedBy))
    .where(and(eq(actionPlanVersion.goalId, goalId), eq(actionPlanVersion.version, version)));
  if (!row) throw notFound("This version of the plan");
  const { plan, ...facts } = row;
  return { goalId, version, plan, saved: presentFacts(facts) };
}

/** The plans of some versions, by number (0 the empty plan). */
async function plansOf(db: Executor, goalId: string, versions: number[]) {
  const wanted = versions.filter((v) => v > 0);
  const rows =
    wanted.length === 0
      ? []
      : await db
          .select({ version: actionPlanVersion.version, plan: actionPlanVersion.plan })
          .from(actionPlanVersion)
          .where(
            and(eq(actionPlanVersion.goalId, goalId), inArray(actionPlanVersion.version, wanted)),
          );
  const byVersion = new Map(rows.map((row) => [row.version, row.plan]));
  return (version: number): ActionPlan => {
    if (version === 0) return emptyPlan();
    const plan = byVersion.get(version);
    if (!plan) throw notFound("This version of the plan");
    return plan;
  };
}
