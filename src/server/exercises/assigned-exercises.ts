import type { ExerciseSummary } from "../../contract/exercises";
import { mayAnswer, mayAssignClientWork, maySeeAnswers } from "../../domain/engagement/client-work";
import {
  type AnswerPatch,
  answeredCount,
  answerProblems,
  normalizePatch,
  submissionProblems,
} from "../../domain/exercise/answers";
import { type ExerciseStatus, isOpen } from "../../domain/exercise/exercise-status";
import type { Viewer } from "../access/viewer";
import { type Permission, requireVisible } from "../access/visible-record";
import type { AppContext } from "../context";
import { exercise } from "../db/schema";
import { isUniqueViolation } from "../db/unique-violation";
import {
  clientWork,
  findEngagementForClientWork,
  findEngagementToAssignIn,
} from "../engagements/client-work";
import { announceWorkSoon } from "../engagements/work-announcement";
import { AppError, invalidInput, notFound } from "../http/errors";
import {
  type ExerciseRow,
  mergeAnswers,
  selectEngagementExercises,
  selectExercise,
  submitIfUnchanged,
  withdrawExercise,
} from "./queries";
import { findUsableTemplate } from "./templates";

// Exercises assigned in an engagement: a copy of a template's content that the client answers,
// drafts first, then submits; the coach assigns and withdraws them.

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
    const created = await ctx.db.transaction(async (tx) => {
      const [inserted] = await tx
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
      await announceWorkSoon(ctx, tx, engagementId);
      return inserted as { id: string };
    });
    return summarize(await requireRow(ctx, created.id));
  } catch (error) {
    if (isUniqueViolation(error, "exercise_one_open_idx"))
      throw new AppError(
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
  const { row } = await findReadable(ctx, viewer, id, {
    may: mayAnswer,
    refusal: "Only the client answers their exercise.",
  });
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
  await findReadable(ctx, viewer, id, {
    may: mayAnswer,
    refusal: "Only the client submits their exercise.",
  });
  // The answers checked must be the answers submitted: a save in between sends us round again.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const row = await requireRow(ctx, id);
    if (!isOpen(row.status)) throw closed(row.status);
    const problems = submissionProblems(row.content, row.answers);
    if (problems.length > 0) {
      const required = problems.filter((problem) => problem.code === "required").length;
      throw new AppError(
        "incomplete",
        required > 0
          ? `Answer the ${required === 1 ? "required question" : `${required} required questions`} left before submitting.`
          : "Finish the rankings you began before submitting.",
        {
          fields: problems.map((problem) => ({
            path: `answers.${problem.questionId}`,
            message: problem.message,
          })),
        },
      );
    }
    if (await submitIfUnchanged(ctx.db, id, row.answers))
      return summarize(await requireRow(ctx, id));
  }
  throw new AppError("answers_changing", "Your answers were changing as you submitted; try again.");
}

export async function withdraw(ctx: AppContext, viewer: Viewer, id: string) {
  await findReadable(ctx, viewer, id, {
    may: mayAssignClientWork,
    refusal: "Only the engagement's coach withdraws exercises.",
  });
  if (!(await withdrawExercise(ctx.db, id))) throw closed((await requireRow(ctx, id)).status);
  return summarize(await requireRow(ctx, id));
}

const exercises = clientWork<ExerciseRow>("This exercise");

/** The exercise, if the viewer is its client or its engagement's coach; otherwise a 404. */
async function findReadable(ctx: AppContext, viewer: Viewer, id: string, toDo?: Permission) {
  return requireVisible(viewer, await selectExercise(ctx.db, id), exercises, toDo);
}

async function requireRow(ctx: AppContext, id: string): Promise<ExerciseRow> {
  const row = await selectExercise(ctx.db, id);
  if (!row) throw notFound("This exercise");
  return row;
}

function closed(status: ExerciseStatus) {
  return status === "withdrawn"
    ? new AppError("exercise_withdrawn", "The coach withdrew this exercise; it takes no answers.")
    : new AppError("exercise_submitted", "This exercise was submitted; its answers are final.");
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
