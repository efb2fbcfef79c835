import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { AnswerPatch, ExerciseAnswers } from "../../domain/exercise/answers";
import { OPEN_EXERCISE_STATUSES } from "../../domain/exercise/exercise-status";
import type { Database, Executor } from "../db/database";
import { engagement, exercise, exerciseTemplate } from "../db/schema";
import { partyColumns } from "../engagements/queries";

export async function selectOwnTemplates(db: Database, ownerId: string) {
  return db
    .select()
    .from(exerciseTemplate)
    .where(eq(exerciseTemplate.ownerId, ownerId))
    .orderBy(desc(exerciseTemplate.updatedAt), asc(exerciseTemplate.id));
}

export async function selectTemplate(db: Executor, id: string) {
  const [row] = await db.select().from(exerciseTemplate).where(eq(exerciseTemplate.id, id));
  return row;
}
export type TemplateRow = NonNullable<Awaited<ReturnType<typeof selectTemplate>>>;

const exerciseColumns = {
  id: exercise.id,
  practiceId: exercise.practiceId,
  engagementId: exercise.engagementId,
  templateKind: exercise.templateKind,
  templateId: exercise.templateId,
  templateVersion: exercise.templateVersion,
  content: exercise.content,
  status: exercise.status,
  answers: exercise.answers,
  dueDate: exercise.dueDate,
  createdAt: exercise.createdAt,
  startedAt: exercise.startedAt,
  submittedAt: exercise.submittedAt,
  withdrawnAt: exercise.withdrawnAt,
};

/** An exercise with the parties of its engagement, who decide who may see it. */
export async function selectExercise(db: Executor, id: string) {
  const [row] = await db
    .select({
      ...exerciseColumns,
      parties: partyColumns,
    })
    .from(exercise)
    .innerJoin(engagement, eq(engagement.id, exercise.engagementId))
    .where(eq(exercise.id, id));
  return row;
}
export type ExerciseRow = NonNullable<Awaited<ReturnType<typeof selectExercise>>>;

export async function selectEngagementExercises(db: Database, engagementId: string) {
  return db
    .select(exerciseColumns)
    .from(exercise)
    .where(eq(exercise.engagementId, engagementId))
    .orderBy(asc(exercise.createdAt), asc(exercise.id));
}

const isOpen = inArray(exercise.status, [...OPEN_EXERCISE_STATUSES]);

/**
 * Applies a checked draft save to an open exercise in one statement, so a save and a submission
 * that race cannot both win: once submitted or withdrawn, nothing matches and nothing changes.
 * Answers set to null are removed (jsonb_strip_nulls: answers are never null themselves).
 */
export async function mergeAnswers(db: Database, id: string, patch: AnswerPatch) {
  const [row] = await db
    .update(exercise)
    .set({
      answers: sql`jsonb_strip_nulls(${exercise.answers} || ${JSON.stringify(patch)}::jsonb)`,
      status: "draft",
      startedAt: sql`coalesce(${exercise.startedAt}, now())`,
    })
    .where(and(eq(exercise.id, id), isOpen))
    .returning({ status: exercise.status, answers: exercise.answers });
  return row;
}

/**
 * Submits the exercise if its answers are still the ones checked: a draft saved between the check
 * and this statement makes it match nothing, and the caller checks again.
 */
export async function submitIfUnchanged(db: Database, id: string, checked: ExerciseAnswers) {
  const [row] = await db
    .update(exercise)
    .set({ status: "submitted", submittedAt: new Date() })
    .where(
      and(
        eq(exercise.id, id),
        isOpen,
        sql`${exercise.answers} = ${JSON.stringify(checked)}::jsonb`,
      ),
    )
    .returning({ id: exercise.id });
  return row;
}

export async function withdrawExercise(db: Database, id: string) {
  const [row] = await db
    .update(exercise)
    .set({ status: "withdrawn", withdrawnAt: new Date() })
    .where(and(eq(exercise.id, id), isOpen))
    .returning({ id: exercise.id });
  return row;
}

/** The content and answers of submitted exercises (final once submitted), by id. */
export function selectSubmittedContent(db: Database, ids: string[]) {
  return db
    .select({ id: exercise.id, content: exercise.content, answers: exercise.answers })
    .from(exercise)
    .where(and(inArray(exercise.id, ids), eq(exercise.status, "submitted")));
}
