import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import type { Cohort, Programme, ProgrammeBody, ProgrammeSummary } from "../../contract/programmes";
import type { FieldProblem } from "../../domain/field-problem";
import { templateProblems } from "../../domain/programmes/template";
import type { Viewer } from "../access/viewer";
import { findUsableModel } from "../competency-models/usable-model";
import type { AppContext } from "../context";
import { findOpenCourseVersion } from "../courses/own-courses";
import type { Executor } from "../db/database";
import { programme, programmeCohort, programmeParticipant } from "../db/schema";
import { AppError, invalidInput, notFound } from "../http/errors";

// A practice's programmes for organisations (admin only, by the routes' guard); another
// practice's programme is a 404, as if it did not exist.

type ProgrammeRow = typeof programme.$inferSelect;
type Template = Omit<ProgrammeBody, "name" | "organisationName">;

export async function listProgrammes(ctx: AppContext, viewer: Viewer): Promise<ProgrammeSummary[]> {
  const cohorts = ctx.db
    .select({ programmeId: programmeCohort.programmeId, n: count().as("cohorts") })
    .from(programmeCohort)
    .groupBy(programmeCohort.programmeId)
    .as("cohorts");
  const participants = ctx.db
    .select({ programmeId: programmeParticipant.programmeId, n: count().as("participants") })
    .from(programmeParticipant)
    .groupBy(programmeParticipant.programmeId)
    .as("participants");
  const rows = await ctx.db
    .select({ programme, cohorts: cohorts.n, participants: participants.n })
    .from(programme)
    .leftJoin(cohorts, eq(cohorts.programmeId, programme.id))
    .leftJoin(participants, eq(participants.programmeId, programme.id))
    .where(eq(programme.practiceId, viewer.practiceId))
    .orderBy(desc(programme.createdAt));
  return rows.map((row) => ({
    ...presentFields(row.programme, Number(row.participants ?? 0)),
    cohortCount: Number(row.cohorts ?? 0),
  }));
}

export async function getProgramme(
  ctx: AppContext,
  viewer: Viewer,
  id: string,
): Promise<Programme> {
  const row = await findProgramme(ctx.db, viewer, id);
  const cohorts = await cohortsOf(ctx.db, id);
  const participants = cohorts.reduce((sum, one) => sum + one.participantCount, 0);
  return { ...presentFields(row, participants), cohorts };
}

export async function createProgramme(ctx: AppContext, viewer: Viewer, body: ProgrammeBody) {
  await checkTemplate(ctx, viewer, body);
  const [row] = await ctx.db
    .insert(programme)
    .values({ ...body, practiceId: viewer.practiceId })
    .returning();
  if (!row) throw new Error("programme was not created");
  return getProgramme(ctx, viewer, row.id);
}

export async function updateProgramme(
  ctx: AppContext,
  viewer: Viewer,
  id: string,
  body: ProgrammeBody,
): Promise<Programme> {
  await findProgramme(ctx.db, viewer, id);
  await checkTemplate(ctx, viewer, body);
  await ctx.db
    .update(programme)
    .set({ ...body, updatedAt: new Date() })
    .where(and(eq(programme.id, id), eq(programme.practiceId, viewer.practiceId)));
  return getProgramme(ctx, viewer, id);
}

export async function findProgramme(
  db: Executor,
  viewer: Viewer,
  id: string,
): Promise<ProgrammeRow> {
  const [row] = await db
    .select()
    .from(programme)
    .where(and(eq(programme.id, id), eq(programme.practiceId, viewer.practiceId)));
  if (!row) throw notFound("This programme");
  return row;
}

export async function cohortsOf(db: Executor, programmeId: string): Promise<Cohort[]> {
  const rows = await db
    .select({
      id: programmeCohort.id,
      name: programmeCohort.name,
      startDate: programmeCohort.startDate,
      participantCount:
        // Written out in full: Drizzle leaves a one-table select's columns unqualified, and an
        // unqualified "id" here would be the participant's.
        sql<number>`(select count(*) from "programme_participant" p where p.cohort_id = "programme_cohort"."id")`.mapWith(
          Number,
        ),
    })
    .from(programmeCohort)
    .where(eq(programmeCohort.programmeId, programmeId))
    .orderBy(asc(programmeCohort.startDate), asc(programmeCohort.name));
  return rows;
}

/** The template's own rules, then whether what it names exists and may be used by this practice. */
async function checkTemplate(ctx: AppContext, viewer: Viewer, template: Template) {
  const problems: FieldProblem[] = templateProblems({
    ...template,
    competencyModelId: template.competencyModelId ?? null,
    courseId: template.courseId ?? null,
    pulseEveryWeeks: template.pulseEveryWeeks ?? null,
  });
  template.instrumentIds.forEach((id, index) => {
    if (!ctx.instruments.newest(id))
      problems.push({ path: `instrumentIds.${index}`, message: "No questionnaire has this id." });
  });
  if (template.competencyModelId) {
    const found = await refusedBy(() =>
      findUsableModel(ctx, viewer, template.competencyModelId as string),
    );
    if (found)
      problems.push({
        path: "competencyModelId",
        message: "No competency model you may use has this id.",
      });
  }
  if (template.courseId) {
    const found = await refusedBy(() =>
      findOpenCourseVersion(ctx.db, viewer, template.courseId as string),
    );
    if (found)
      problems.push({
        path: "courseId",
        message: "No published course of the practice or Keel has this id.",
      });
  }
  if (problems.length > 0) throw invalidInput(problems);
}

/** The refusal a look-up answers with, or null when it found the thing. */
async function refusedBy(lookUp: () => Promise<unknown>): Promise<AppError | null> {
  try {
    await lookUp();
    return null;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

function presentFields(row: ProgrammeRow, participantCount: number) {
  return {
    id: row.id,
    name: row.name,
    organisationName: row.organisationName,
    instrumentIds: row.instrumentIds,
    competencyModelId: row.competencyModelId,
    sessionsPlanned: row.sessionsPlanned,
    months: row.months,
    courseId: row.courseId,
    pulseEveryWeeks: row.pulseEveryWeeks,
    sponsorReport: row.sponsorReport,
    participantCount,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
