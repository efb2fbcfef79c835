import { eq } from "drizzle-orm";
import type { TemplateSummary } from "../../contract/exercises";
import { ownsTemplate } from "../../domain/exercise/access";
import { type ExerciseContent, tidyTemplate } from "../../domain/exercise/template";
import { templateProblems } from "../../domain/exercise/template-problems";
import type { FieldProblem } from "../../domain/field-problem";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import { exerciseTemplate } from "../db/schema";
import { forbidden, invalidInput, notFound } from "../http/errors";
import { selectOwnTemplates, selectTemplate, type TemplateRow } from "./queries";

// The exercises a coach assigns from: Keel's own (content files) and the coach's own templates.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A template a coach may use: one Keel ships, or one of their own. */
interface UsableTemplate {
  kind: "built-in" | "own";
  id: string;
  version: number | null;
  content: ExerciseContent;
  updatedAt: Date | null;
}

export async function listTemplates(ctx: AppContext, viewer: Viewer): Promise<TemplateSummary[]> {
  const own = await selectOwnTemplates(ctx.db, viewer.userId);
  return [...ctx.exerciseTemplates.list().map(builtIn), ...own.map(ownTemplate)].map(
    summaryOfTemplate,
  );
}

export async function getTemplate(ctx: AppContext, viewer: Viewer, id: string) {
  return viewOfTemplate(await findUsableTemplate(ctx, viewer, id));
}

export async function createTemplate(ctx: AppContext, viewer: Viewer, input: ExerciseContent) {
  const content = checkedContent(input);
  const [created] = await ctx.db
    .insert(exerciseTemplate)
    .values({ practiceId: viewer.practiceId, ownerId: viewer.userId, content })
    .returning();
  return viewOfTemplate(ownTemplate(created as TemplateRow));
}

export async function updateTemplate(
  ctx: AppContext,
  viewer: Viewer,
  id: string,
  change: Partial<Omit<ExerciseContent, "minutes">> & { minutes?: number | null | undefined },
) {
  const current = await findOwnTemplate(ctx, viewer, id);
  const { minutes, ...rest } = change;
  const merged: ExerciseContent = {
    ...current.content,
    ...Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)),
  };
  if (minutes === null) delete merged.minutes;
  else if (minutes !== undefined) merged.minutes = minutes;
  const content = checkedContent(merged);
  const [updated] = await ctx.db
    .update(exerciseTemplate)
    .set({ content })
    .where(eq(exerciseTemplate.id, current.id))
    .returning();
  if (!updated) throw notFound("This exercise template");
  return viewOfTemplate(ownTemplate(updated));
}

export async function deleteTemplate(ctx: AppContext, viewer: Viewer, id: string) {
  const current = await findOwnTemplate(ctx, viewer, id);
  await ctx.db.delete(exerciseTemplate).where(eq(exerciseTemplate.id, current.id));
}

/** Tidies a template and refuses it, naming each field, unless it follows every rule. */
function checkedContent(input: ExerciseContent): ExerciseContent {
  const content = tidyTemplate(input);
  const problems: FieldProblem[] = templateProblems(content);
  if (problems.length > 0) throw invalidInput(problems, "The exercise template needs some fixes.");
  return content;
}

/** A template Keel ships, or one of the coach's own; anything else is a 404. */
export async function findUsableTemplate(
  ctx: AppContext,
  viewer: Viewer,
  id: string,
): Promise<UsableTemplate> {
  const shipped = ctx.exerciseTemplates.get(id);
  if (shipped) return builtIn(shipped);
  const row = UUID.test(id) ? await selectTemplate(ctx.db, id) : undefined;
  if (!row || !ownsTemplate(viewer, row)) throw notFound("This exercise template");
  return ownTemplate(row);
}

async function findOwnTemplate(ctx: AppContext, viewer: Viewer, id: string) {
  if (ctx.exerciseTemplates.get(id))
    throw forbidden("Keel's own exercises can't be changed. Make a copy of your own to adapt it.");
  const row = UUID.test(id) ? await selectTemplate(ctx.db, id) : undefined;
  if (!row || !ownsTemplate(viewer, row)) throw notFound("This exercise template");
  return row;
}

function builtIn(shipped: { id: string; version: number; content: ExerciseContent }) {
  return {
    kind: "built-in" as const,
    id: shipped.id,
    version: shipped.version,
    content: shipped.content,
    updatedAt: null,
  };
}

function ownTemplate(row: TemplateRow): UsableTemplate {
  return { kind: "own", id: row.id, version: null, content: row.content, updatedAt: row.updatedAt };
}

function summaryOfTemplate(template: UsableTemplate): TemplateSummary {
  const { content } = template;
  return {
    id: template.id,
    kind: template.kind,
    version: template.version,
    title: content.title,
    purpose: content.purpose,
    minutes: content.minutes ?? null,
    questionCount: content.questions.length,
    hasWheel: content.groups.some((group) => group.display === "wheel"),
    updatedAt: template.updatedAt?.toISOString() ?? null,
  };
}

function viewOfTemplate(template: UsableTemplate) {
  return {
    ...summaryOfTemplate(template),
    instructions: template.content.instructions,
    questions: template.content.questions,
    groups: template.content.groups,
  };
}
