import { and, asc, count, desc, eq, inArray, max, type Placeholder, sql } from "drizzle-orm";
import type { Answers } from "../../domain/assessment/instrument";
import type { Database } from "../db/database";
import { preparedStatement } from "../db/prepared-statements";
import { assessment, engagement } from "../db/schema";
import { partyColumns } from "../engagements/queries";

const assessmentColumns = {
  id: assessment.id,
  practiceId: assessment.practiceId,
  engagementId: assessment.engagementId,
  instrumentId: assessment.instrumentId,
  instrumentVersionId: assessment.instrumentVersionId,
  status: assessment.status,
  answers: assessment.answers,
  dueDate: assessment.dueDate,
  createdAt: assessment.createdAt,
  startedAt: assessment.startedAt,
  submittedAt: assessment.submittedAt,
};

function prepareAssessmentById(db: Database) {
  return db
    .select({ ...assessmentColumns, parties: partyColumns })
    .from(assessment)
    .innerJoin(engagement, eq(engagement.id, assessment.engagementId))
    .where(eq(assessment.id, sql.placeholder("id")))
    .prepare("keel_assessment_by_id");
}

const byId = preparedStatement(prepareAssessmentById);

/** An assessment with the parties of its engagement, who decide who may see it. */
export async function selectAssessment(db: Database, id: string) {
  const [row] = await byId(db).execute({ id });
  return row;
}
export type AssessmentRow = NonNullable<Awaited<ReturnType<typeof selectAssessment>>>;

export async function selectEngagementAssessments(db: Database, engagementId: string) {
  return db
    .select(assessmentColumns)
    .from(assessment)
    .where(eq(assessment.engagementId, engagementId))
    .orderBy(asc(assessment.createdAt), asc(assessment.id));
}

/**
 * Merges answers into an open assessment in one statement, so an answer and a submission that
 * race cannot both win: once submitted or withdrawn, nothing matches and nothing changes.
 */
export async function mergeAnswers(db: Database, id: string, answers: Answers) {
  const [row] = await db
    .update(assessment)
    .set({
      answers: sql`${assessment.answers} || ${JSON.stringify(answers)}::jsonb`,
      status: "in_progress",
      startedAt: sql`coalesce(${assessment.startedAt}, now())`,
    })
    .where(and(eq(assessment.id, id), inArray(assessment.status, ["assigned", "in_progress"])))
    .returning({ status: assessment.status, answers: assessment.answers });
  return row;
}

export async function closeAssessment(db: Database, id: string, to: "submitted" | "withdrawn") {
  const at = to === "submitted" ? { submittedAt: new Date() } : { withdrawnAt: new Date() };
  const [row] = await db
    .update(assessment)
    .set({ status: to, ...at })
    .where(and(eq(assessment.id, id), inArray(assessment.status, ["assigned", "in_progress"])))
    .returning({ id: assessment.id });
  return row;
}

/**
 * The practice's local norms on one instrument: each person's newest submitted answers, so a
 * client who retakes a questionnaire at the end of an engagement counts once.
 */
export async function selectPopulation(db: Database, practiceId: string, instrumentId: string) {
  const rows = await db
    .selectDistinctOn([assessment.clientId], { answers: assessment.answers })
    .from(assessment)
    .where(submittedIn(practiceId, instrumentId))
    .orderBy(assessment.clientId, desc(assessment.submittedAt));
  return rows.map((row) => row.answers);
}

/** How many answers the population above rests on, and the newest: they change whenever it does. */
export async function selectPopulationFingerprint(
  db: Database,
  practiceId: string,
  instrumentId: string,
) {
  const [row] = await fingerprints(db).execute({ practiceId, instrumentId });
  return { responses: row?.responses ?? 0, newest: row?.newest ?? null };
}

function prepareFingerprint(db: Database) {
  return db
    .select({ responses: count(), newest: max(assessment.submittedAt) })
    .from(assessment)
    .where(submittedIn(sql.placeholder("practiceId"), sql.placeholder("instrumentId")))
    .prepare("keel_assessment_population_fingerprint");
}

const fingerprints = preparedStatement(prepareFingerprint);

function submittedIn(practiceId: string | Placeholder, instrumentId: string | Placeholder) {
  return and(
    eq(assessment.practiceId, practiceId),
    eq(assessment.instrumentId, instrumentId),
    // Written out, not a parameter: a prepared statement's one plan can then use the partial
    // index of submitted responses, which a parameter could not promise to match.
    sql`${assessment.status} = 'submitted'`,
  );
}
