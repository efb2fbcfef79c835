import { and, eq, sql } from "drizzle-orm";
import type { Cohort, CohortBody } from "../../contract/programmes";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import { programmeCohort } from "../db/schema";
import { isUniqueViolation } from "../db/unique-violation";
import { AppError, invalidInput, notFound } from "../http/errors";
import { cohortsOf, findProgramme } from "./programmes";

// A programme's cohorts: named uniquely within it (a CSV row names its cohort), removed only
// while nobody is in them.

export async function addCohort(
  ctx: AppContext,
  viewer: Viewer,
  programmeId: string,
  body: CohortBody,
): Promise<Cohort> {
  await findProgramme(ctx.db, viewer, programmeId);
  const [row] = await nameTaken(body.name, () =>
    ctx.db
      .insert(programmeCohort)
      .values({ programmeId, name: body.name, startDate: body.startDate })
      .returning(),
  );
  if (!row) throw new Error("cohort was not added");
  return { id: row.id, name: row.name, startDate: row.startDate, participantCount: 0 };
}

export async function updateCohort(
  ctx: AppContext,
  viewer: Viewer,
  ids: { programmeId: string; cohortId: string },
  body: CohortBody,
): Promise<Cohort> {
  await findProgramme(ctx.db, viewer, ids.programmeId);
  const [row] = await nameTaken(body.name, () =>
    ctx.db
      .update(programmeCohort)
      .set({ name: body.name, startDate: body.startDate })
      .where(ofProgramme(ids))
      .returning({ id: programmeCohort.id }),
  );
  if (!row) throw notFound("This cohort");
  const cohorts = await cohortsOf(ctx.db, ids.programmeId);
  const cohort = cohorts.find((one) => one.id === row.id);
  if (!cohort) throw notFound("This cohort");
  return cohort;
}

export async function removeCohort(
  ctx: AppContext,
  viewer: Viewer,
  ids: { programmeId: string; cohortId: string },
): Promise<void> {
  await findProgramme(ctx.db, viewer, ids.programmeId);
  const removed = await ctx.db
    .delete(programmeCohort)
    .where(
      and(
        ofProgramme(ids),
        // Written out in full: Drizzle leaves a one-table statement's columns unqualified, and an
        // unqualified "id" here would be the participant's.
        sql`not exists (select 1 from "programme_participant" p where p.cohort_id = "programme_cohort"."id")`,
      ),
    )
    .returning({ id: programmeCohort.id });
  if (removed.length > 0) return;
  const [exists] = await ctx.db
    .select({ id: programmeCohort.id })
    .from(programmeCohort)
    .where(ofProgramme(ids));
  if (!exists) throw notFound("This cohort");
  throw new AppError("cohort_has_participants");
}

const ofProgramme = (ids: { programmeId: string; cohortId: string }) =>
  and(eq(programmeCohort.id, ids.cohortId), eq(programmeCohort.programmeId, ids.programmeId));

async function nameTaken<T>(name: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isUniqueViolation(error, "programme_cohort_name_unique")) throw error;
    throw invalidInput([
      { path: "name", message: `The programme has a cohort named "${name}" already.` },
    ]);
  }
}
