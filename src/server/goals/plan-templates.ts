import { and, desc, eq } from "drizzle-orm";
import type {
  CreatePlanTemplateBody,
  PlanTemplate,
  StartFromTemplateBody,
} from "../../contract/goals";
import { mayAssignClientWork } from "../../domain/engagement/client-work";
import type { ActionPlan } from "../../domain/goals/action-plan";
import { checkPlan } from "../../domain/goals/plan-checks";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import { planTemplate } from "../db/schema";
import { forbidden, invalidInput, notFound } from "../http/errors";
import { requireGoal } from "./access";
import { readVersion, startFromTemplate } from "./plan-service";
import type { BuiltInPlanTemplates } from "./plan-template-files";

// Plan templates: Keel's own (content files) for every coach, and each coach's own, which no
// one else sees (another coach's template is not found). A plan starts from a template as a copy.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function listTemplates(
  ctx: AppContext,
  builtIns: BuiltInPlanTemplates,
  viewer: Viewer,
) {
  const own = await ctx.db
    .select()
    .from(planTemplate)
    .where(eq(planTemplate.ownerId, viewer.userId))
    .orderBy(desc(planTemplate.updatedAt));
  const summary = ({ plan: _plan, ...rest }: PlanTemplate) => rest;
  return [
    ...builtIns.list().map((t) => summary({ ...t, kind: "built-in" })),
    ...own.map((row) => summary(presentOwn(row))),
  ];
}

/** A template the viewer may use: Keel's, or their own; anything else is not found. */
export async function findTemplate(
  ctx: AppContext,
  builtIns: BuiltInPlanTemplates,
  viewer: Viewer,
  id: string,
): Promise<PlanTemplate> {
  const builtIn = builtIns.get(id);
  if (builtIn) return { ...builtIn, kind: "built-in" };
  const [own] = UUID.test(id)
    ? await ctx.db
        .select()
        .from(planTemplate)
        .where(and(eq(planTemplate.id, id), eq(planTemplate.ownerId, viewer.userId)))
    : [];
  if (!own) throw notFound("This plan template");
  return presentOwn(own);
}

export async function createTemplate(
  ctx: AppContext,
  viewer: Viewer,
  input: CreatePlanTemplateBody & { summary: string },
): Promise<PlanTemplate> {
  const plan = await planOf(ctx, viewer, input);
  const problems = checkPlan(plan).map((p) => ({ ...p, path: `plan.${p.path}` }));
  if (problems.length > 0) throw invalidInput(problems);
  const [row] = await ctx.db
    .insert(planTemplate)
    .values({
      practiceId: viewer.practiceId,
      ownerId: viewer.userId,
      title: input.title,
      summary: input.summary,
      plan,
    })
    .returning();
  if (!row) throw new Error("template was not saved");
  return presentOwn(row);
}

export async function deleteTemplate(
  ctx: AppContext,
  builtIns: BuiltInPlanTemplates,
  viewer: Viewer,
  id: string,
) {
  const found = await findTemplate(ctx, builtIns, viewer, id);
  if (found.kind === "built-in") throw forbidden("Keel's templates cannot be deleted.");
  await ctx.db.delete(planTemplate).where(eq(planTemplate.id, found.id));
}

async function planOf(
  ctx: AppContext,
  viewer: Viewer,
  input: CreatePlanTemplateBody,
): Promise<ActionPlan> {
  if (input.fromGoal) {
    const found = await requireGoal(ctx, viewer, input.fromGoal).catch(() => {
      throw invalidInput([{ path: "fromGoal", message: "Choose a goal of one of your clients." }]);
    });
    return (await readVersion(ctx.db, found.id, found.planVersion)).plan;
  }
  if (!input.plan)
    throw invalidInput([{ path: "plan", message: "Send the plan, or the goal to take it from." }]);
  return input.plan as ActionPlan;
}

function presentOwn(row: typeof planTemplate.$inferSelect): PlanTemplate {
  return {
    id: row.id,
    kind: "own",
    version: null,
    title: row.title,
    summary: row.summary,
    plan: row.plan,
  };
}

/** The engagement's coach starts (or extends) a goal's plan from a template of theirs or Keel's. */
export async function startPlanFromTemplate(
  ctx: AppContext,
  builtIns: BuiltInPlanTemplates,
  viewer: Viewer,
  goalId: string,
  input: StartFromTemplateBody,
) {
  const found = await requireGoal(ctx, viewer, goalId, true, {
    may: mayAssignClientWork,
    refusal: "Only the coach starts a plan from a template.",
  });
  const template = await findTemplate(ctx, builtIns, viewer, input.templateId).catch(() => {
    throw invalidInput([
      { path: "templateId", message: "Choose one of Keel's templates or one of your own." },
    ]);
  });
  return startFromTemplate(ctx, viewer, found, { ...input, template });
}
