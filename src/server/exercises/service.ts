import { eq } from "drizzle-orm";
import { mayAnswer, mayAssignClientWork, maySeeAnswers } from "../../domain/engagement/client-work";
import { ownsTemplate } from "../../domain/exercise/access";
import {
  type AnswerPatch,
  answeredCount,
  answerProblems,
  normalizePatch,
  submissionProblems,
} from "../../domain/exercise/answers";
import { type ExerciseStatus, isOpen } from "../../domain/exercise/exercise-status";
import {
  type ExerciseContent,
  templateProblems,
  tidyTemplate,
} from "../../domain/exercise/template";
import { type WheelRating, wheelRatings } from "../../domain/exercise/wheel";
import type { FieldProblem } from "../../domain/field-problem";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import { exercise, exerciseTemplate } from "../db/schema";
import { isUniqueViolation } from "../db/unique-violation";
import {
  clientWorkRelation,
  findEngagementForClientWork,
  findEngagementToAssignIn,
} from "../engagements/client-work";
import { AppError, conflict, forbidden, invalidInput, notFound } from "../http/errors";
import { BoundedCache } from "../runtime/bounded-cache";
import {
  type ExerciseRow,
  mergeAnswers,
  selectEngagementExercises,
  selectExercise,
  selectOwnTemplates,
  selectSubmittedContent,
  selectTemplate,
  submitIfUnchanged,
  type TemplateRow,
  withdrawExercise,
} from "./queries";
import type { ExerciseSummary, TemplateSummary } from "./schemas";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A template a coach may use: one Keel ships, or one of their own. */
interface UsableTemplate {
  kind: "built-in" | "own";
  id: string;
  version: number | null;
  content: ExerciseContent;
  updatedAt: Date | null;
}

// Templates.

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

async function findUsableTemplate(
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

// Exercises in an engagement.

export async function listForEngagement(ctx: AppContext, viewer: Viewer, engagementId: string) {
  await findEngagementForClientWork(
    ctx.db,
    viewer,
    engagementId,
    "Only the client and their coach see the client's exercises.",
  );
  const rows = await selectEngagementExercises(ctx.db, engagementId);
  return rows.map(summarize);
}

export async function assign(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
  input: { templateId: string; dueDate?: string | null | undefined },
) {
  const { row } = await findEngagementToAssignIn(
    ctx.db,
    viewer,
    engagementId,
    "Only the engagement's coach assigns exercises.",
  );
  const template = await findUsableTemplate(ctx, viewer, input.templateId).catch((error) => {
    if (error instanceof AppError && error.status === 404)
      throw invalidInput([{ path: "templateId", message: "Choose one of your exercises" }]);
    throw error;
  });
  try {
    const [created] = await ctx.db
      .insert(exercise)
      .values({
        practiceId: viewer.practiceId,
        engagementId,
        clientId: row.engagement.clientId,
        templateKind: template.kind,
        templateId: template.id,
        templateVersion: template.version,
        content: structuredClone(template.content),
        assignedBy: viewer.userId,
        dueDate: input.dueDate ?? null,
      })
      .returning({ id: exercise.id });
    return summarize(await requireRow(ctx, (created as { id: string }).id));
  } catch (error) {
    if (isUniqueViolation(error, "exercise_one_open_idx"))
      throw conflict(
        "already_assigned",
        `"${template.content.title}" is already assigned in this engagement and not yet submitted.`,
      );
    throw error;
  }
}

export async function getExercise(ctx: AppContext, viewer: Viewer, id: string) {
  const { row, relation } = await findReadable(ctx, viewer, id);
  return {
    ...summarize(row),
    instructions: row.content.instructions,
    questions: row.content.questions,
    groups: row.content.groups,
    answers: maySeeAnswers(relation, row.status === "submitted") ? row.answers : null,
  };
}

/** Saves a draft: any subset of answers, each checked; one bad answer and nothing is saved. */
export async function saveAnswers(ctx: AppContext, viewer: Viewer, id: string, patch: AnswerPatch) {
  const { row, relation } = await findReadable(ctx, viewer, id);
  if (!mayAnswer(relation)) throw forbidden("Only the client answers their exercise.");
  if (!isOpen(row.status)) throw closed(row.status);
  const problems = answerProblems(row.content, patch);
  if (problems.length > 0)
    throw invalidInput(
      problems.map((problem) => ({
        path: `answers.${problem.questionId}`,
        message: problem.message,
      })),
      "Some answers need fixing; nothing was saved.",
    );
  const saved = await mergeAnswers(ctx.db, id, normalizePatch(patch));
  if (!saved) throw closed((await requireRow(ctx, id)).status);
  return {
    status: saved.status,
    answered: answeredCount(row.content, saved.answers),
    questionCount: row.content.questions.length,
    answers: saved.answers,
  };
}

export async function submit(ctx: AppContext, viewer: Viewer, id: string) {
  const { relation } = await findReadable(ctx, viewer, id);
  if (!mayAnswer(relation)) throw forbidden("Only the client submits their exercise.");
  // The answers checked must be the answers submitted: a save in between sends us round again.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const row = await requireRow(ctx, id);
    if (!isOpen(row.status)) throw closed(row.status);
    const problems = submissionProblems(row.content, row.answers);
    if (problems.length > 0) {
      const required = problems.filter((problem) => problem.code === "required").length;
      throw new AppError(
        400,
        "incomplete",
        required > 0
          ? `Answer the ${required === 1 ? "required question" : `${required} required questions`} left before submitting.`
          : "Finish the rankings you began before submitting.",
        problems.map((problem) => ({
          path: `answers.${problem.questionId}`,
          message: problem.message,
        })),
      );
    }
    if (await submitIfUnchanged(ctx.db, id, row.answers))
      return summarize(await requireRow(ctx, id));
  }
  throw conflict("answers_changing", "Your answers were changing as you submitted; try again.");
}

export async function withdraw(ctx: AppContext, viewer: Viewer, id: string) {
  const { relation } = await findReadable(ctx, viewer, id);
  if (!mayAssignClientWork(relation))
    throw forbidden("Only the engagement's coach withdraws exercises.");
  if (!(await withdrawExercise(ctx.db, id))) throw closed((await requireRow(ctx, id)).status);
  return summarize(await requireRow(ctx, id));
}

/** What a submitted exercise's wheels say never changes, so it is kept by the exercise's id. */
const ratingsBySubmission = new BoundedCache<string, WheelRating[]>(5_000);

/**
 * Every rated area of the wheels in the given submissions (the current one of each template):
 * evidence for the development profile. The caller checks who may see them.
 */
export async function submittedWheelRatings(
  ctx: AppContext,
  current: readonly { id: string }[],
): Promise<WheelRating[]> {
  const ratings = new Map(current.map(({ id }) => [id, ratingsBySubmission.get(id)]));
  const missing = current.filter(({ id }) => !ratings.get(id)).map(({ id }) => id);
  if (missing.length > 0) {
    for (const row of await selectSubmittedContent(ctx.db, missing)) {
      const found = wheelRatings(
        { id: row.id, title: row.content.title },
        row.content,
        row.answers,
      );
      ratingsBySubmission.set(row.id, found);
      ratings.set(row.id, found);
    }
  }
  return current.flatMap(({ id }) => ratings.get(id) ?? []);
}

/** The exercise, if the viewer is its client or its engagement's coach; otherwise a 404. */
async function findReadable(ctx: AppContext, viewer: Viewer, id: string) {
  const row = await selectExercise(ctx.db, id);
  const relation = clientWorkRelation(viewer, row?.parties, "This exercise");
  return { row: row as ExerciseRow, relation };
}

async function requireRow(ctx: AppContext, id: string): Promise<ExerciseRow> {
  const row = await selectExercise(ctx.db, id);
  if (!row) throw notFound("This exercise");
  return row;
}

function closed(status: ExerciseStatus) {
  return status === "withdrawn"
    ? conflict("exercise_withdrawn", "The coach withdrew this exercise; it takes no answers.")
    : conflict("exercise_submitted", "This exercise was submitted; its answers are final.");
}

function summarize(row: Omit<ExerciseRow, "parties">): ExerciseSummary {
  const { content } = row;
  return {
    id: row.id,
    engagementId: row.engagementId,
    template: {
      id: row.templateId,
      kind: row.templateKind,
      version: row.templateVersion,
      title: content.title,
      purpose: content.purpose,
      minutes: content.minutes ?? null,
    },
    status: row.status,
    answered: answeredCount(content, row.answers),
    questionCount: content.questions.length,
    requiredCount: content.questions.filter((question) => question.required).length,
    hasWheel: content.groups.some((group) => group.display === "wheel"),
    dueDate: row.dueDate,
    assignedAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
  };
}
