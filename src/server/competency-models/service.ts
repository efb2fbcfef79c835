import { randomUUID } from "node:crypto";
import { and, asc, desc, eq } from "drizzle-orm";
import type { z } from "zod";
import type {
  competencyModelChange,
  competencyModelContent,
  createModelBody,
  modelSummary,
  modelView,
} from "../../contract/competency-models";
import type { CompetencyModel } from "../../domain/feedback/competency-model";
import { modelProblems } from "../../domain/feedback/model-rules";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import { competencyModel } from "../db/schema";
import { AppError, forbidden, invalidInput } from "../http/errors";
import { findUsableModel, type UsableModel } from "./usable-model";

type ModelContent = Omit<CompetencyModel, "id" | "version">;
type ModelSummary = z.infer<typeof modelSummary>;
type ModelView = z.infer<typeof modelView>;

export async function listModels(ctx: AppContext, viewer: Viewer): Promise<ModelSummary[]> {
  const own = await ctx.db
    .select()
    .from(competencyModel)
    .where(eq(competencyModel.ownerId, viewer.userId))
    .orderBy(desc(competencyModel.updatedAt), asc(competencyModel.id));
  const builtIn = ctx.competencyModels.list().map(
    (model): UsableModel => ({
      source: "built-in",
      id: model.id,
      version: model.version,
      model,
      basedOn: null,
      updatedAt: null,
    }),
  );
  return [...builtIn, ...own.map(ownModel)].map(summaryOf);
}

export async function getModel(ctx: AppContext, viewer: Viewer, id: string): Promise<ModelView> {
  return viewOf(await findUsableModel(ctx, viewer, id));
}

/** A new own model, version 1: a copy of a usable model, or one written whole. */
export async function createModel(
  ctx: AppContext,
  viewer: Viewer,
  body: z.infer<typeof createModelBody>,
): Promise<ModelView> {
  const { content, basedOn } =
    "copyOf" in body
      ? await copyOf(ctx, viewer, body.copyOf, body.name)
      : { content: contentOf(body), basedOn: null };
  const id = randomUUID();
  const model = { id, version: 1, ...checked(content) };
  const [row] = await ctx.db
    .insert(competencyModel)
    .values({ id, practiceId: viewer.practiceId, ownerId: viewer.userId, basedOn, model })
    .returning();
  if (!row) throw new Error("the new competency model was not stored");
  return viewOf(ownModel(row));
}

/**
 * Saves a change to one's own model as its next version. The change applies to the version the
 * editor began from (`basedOnVersion`, or the one read now): an edit saved in between makes it
 * a 409 rather than silently undoing that edit.
 */
export async function updateModel(
  ctx: AppContext,
  viewer: Viewer,
  id: string,
  change: z.infer<typeof competencyModelChange>,
  basedOnVersion?: number,
): Promise<ModelView> {
  const current = await findOwnModel(ctx, viewer, id, "changed");
  if (basedOnVersion !== undefined && basedOnVersion !== current.version) throw changedMeanwhile();
  const before = contentOf(current.model);
  const defined = Object.entries(change).filter(([, value]) => value !== undefined);
  const after = checked(contentOf({ ...before, ...Object.fromEntries(defined) }));
  if (sameContent(before, after)) return viewOf(current);
  const version = current.version + 1;
  const [row] = await ctx.db
    .update(competencyModel)
    .set({ version, model: { id: current.id, version, ...after } })
    .where(
      and(
        eq(competencyModel.id, current.id),
        eq(competencyModel.ownerId, viewer.userId),
        eq(competencyModel.version, current.version),
      ),
    )
    .returning();
  if (!row) throw changedMeanwhile();
  return viewOf(ownModel(row));
}

export async function deleteModel(ctx: AppContext, viewer: Viewer, id: string): Promise<void> {
  const current = await findOwnModel(ctx, viewer, id, "deleted");
  await ctx.db
    .delete(competencyModel)
    .where(and(eq(competencyModel.id, current.id), eq(competencyModel.ownerId, viewer.userId)));
}

const changedMeanwhile = () =>
  new AppError(
    "model_changed",
    "This model was changed elsewhere while you edited it. Reload the page to see the latest version, then make your change again.",
  );

async function copyOf(ctx: AppContext, viewer: Viewer, sourceId: string, name?: string) {
  const source = await findUsableModel(ctx, viewer, sourceId).catch((error) => {
    if (error instanceof AppError && error.status === 404)
      throw invalidInput([
        { path: "copyOf", message: "Choose Keel's model or one of your own to copy" },
      ]);
    throw error;
  });
  const content = contentOf(source.model);
  return { content: { ...content, name: name ?? `${content.name} (copy)` }, basedOn: source.id };
}

/** One's own model; Keel's are a 403, anyone else's a 404. */
async function findOwnModel(ctx: AppContext, viewer: Viewer, id: string, verb: string) {
  if (ctx.competencyModels.get(id))
    throw forbidden(`Keel's models can't be ${verb}. Copy it to edit your own version.`);
  return findUsableModel(ctx, viewer, id);
}

function checked(content: ModelContent): ModelContent {
  const problems = modelProblems(content);
  if (problems.length > 0) throw invalidInput(problems, "The competency model needs some fixes.");
  return content;
}

/** The model's content in one key order, with nothing else: stored, compared and copied alike. */
function contentOf(model: z.infer<typeof competencyModelContent> | ModelContent): ModelContent {
  return {
    name: model.name,
    summary: model.summary,
    instructions: model.instructions,
    competencies: model.competencies.map((competency) => ({
      id: competency.id,
      name: competency.name,
      description: competency.description,
      items: competency.items.map((item) => ({ id: item.id, text: item.text })),
    })),
    openQuestions: model.openQuestions.map((question) => ({
      id: question.id,
      text: question.text,
    })),
  };
}

function sameContent(a: ModelContent, b: ModelContent): boolean {
  return JSON.stringify(contentOf(a)) === JSON.stringify(contentOf(b));
}

function ownModel(row: typeof competencyModel.$inferSelect): UsableModel {
  return {
    source: "own",
    id: row.id,
    version: row.version,
    model: { ...row.model, id: row.id, version: row.version },
    basedOn: row.basedOn,
    updatedAt: row.updatedAt,
  };
}

function summaryOf(usable: UsableModel): ModelSummary {
  const { model } = usable;
  return {
    id: usable.id,
    source: usable.source,
    version: usable.version,
    name: model.name,
    summary: model.summary,
    competencyCount: model.competencies.length,
    itemCount: model.competencies.reduce((sum, competency) => sum + competency.items.length, 0),
    basedOn: usable.basedOn,
    updatedAt: usable.updatedAt?.toISOString() ?? null,
  };
}

function viewOf(usable: UsableModel): ModelView {
  const { instructions, competencies, openQuestions } = contentOf(usable.model);
  return { ...summaryOf(usable), instructions, competencies, openQuestions };
}
