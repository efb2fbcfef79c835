import { and, asc, desc, eq, isNotNull, sql } from "drizzle-orm";
import { alias, unionAll } from "drizzle-orm/pg-core";
import { prepareArrayRows } from "../db/array-rows";
import type { Database } from "../db/database";
import { preparedStatement, preparedStatements } from "../db/prepared-statements";
import {
  assessment,
  developmentDismissal,
  developmentEntry,
  exercise,
  feedbackCampaign,
  user,
} from "../db/schema";

// The profile page reads these on every visit; they are prepared once per database.

const createdBy = alias(user, "created_by");
const updatedBy = alias(user, "updated_by");

function prepareEntries(db: Database, by: "engagementId" | "id") {
  const column = by === "id" ? developmentEntry.id : developmentEntry.engagementId;
  return db
    .select({
      entry: developmentEntry,
      createdBy: { id: createdBy.id, name: createdBy.name },
      updatedBy: { id: updatedBy.id, name: updatedBy.name },
    })
    .from(developmentEntry)
    .innerJoin(createdBy, eq(createdBy.id, developmentEntry.createdBy))
    .innerJoin(updatedBy, eq(updatedBy.id, developmentEntry.updatedBy))
    .where(eq(column, sql.placeholder("key")))
    .orderBy(asc(developmentEntry.createdAt), asc(developmentEntry.id))
    .prepare(`keel_development_entries_by_${by}`);
}

const entryStatements = preparedStatements<ReturnType<typeof prepareEntries>>();

export function selectEntryRows(db: Database, by: { engagementId: string } | { id: string }) {
  const [kind, key] =
    "id" in by ? (["id", by.id] as const) : (["engagementId", by.engagementId] as const);
  return entryStatements(db, kind, () => prepareEntries(db, kind)).execute({ key });
}
export type EntryRow = Awaited<ReturnType<typeof selectEntryRows>>[number];

function prepareDismissals(db: Database) {
  return db
    .select({ key: developmentDismissal.proposalKey })
    .from(developmentDismissal)
    .where(eq(developmentDismissal.engagementId, sql.placeholder("engagementId")))
    .prepare("keel_development_dismissals");
}

const dismissals = preparedStatement(prepareDismissals);

export function selectDismissals(db: Database, engagementId: string) {
  return dismissals(db).execute({ engagementId });
}

const engagementParam = sql.placeholder("engagementId");

/**
 * In one statement, which evidence is current: the submitted questionnaires and exercises of an
 * engagement and its newest released 360 campaign, newest first. What each says is read by id,
 * and mostly kept in the process, since none of it changes once submitted or released. Only a
 * released report counts: the client may read it, and it is frozen, so proposals stay put.
 */
function prepareEvidence(db: Database) {
  const questionnaires = db
    .select({
      kind: sql<EvidenceKind>`'assessment'`.as("kind"),
      id: assessment.id,
      key: assessment.instrumentId,
      versionId: sql<string | null>`${assessment.instrumentVersionId}::text`.as("version_id"),
      at: assessment.submittedAt,
    })
    .from(assessment)
    .where(and(eq(assessment.engagementId, engagementParam), eq(assessment.status, "submitted")));
  const exercises = db
    .select({
      kind: sql<EvidenceKind>`'exercise'`.as("kind"),
      id: exercise.id,
      key: exercise.templateId,
      versionId: sql<string | null>`null`.as("version_id"),
      at: exercise.submittedAt,
    })
    .from(exercise)
    .where(and(eq(exercise.engagementId, engagementParam), eq(exercise.status, "submitted")));
  const newestReleased = db
    .select({
      kind: sql<EvidenceKind>`'campaign'`.as("kind"),
      id: feedbackCampaign.id,
      key: sql<string>`''`.as("key"),
      versionId: sql<string | null>`null`.as("version_id"),
      at: feedbackCampaign.releasedAt,
    })
    .from(feedbackCampaign)
    .where(
      and(
        eq(feedbackCampaign.engagementId, engagementParam),
        eq(feedbackCampaign.status, "released"),
        isNotNull(feedbackCampaign.reportForProposals),
      ),
    )
    .orderBy(desc(feedbackCampaign.releasedAt), desc(feedbackCampaign.id))
    .limit(1);
  const query = unionAll(questionnaires, exercises, newestReleased).orderBy(sql`5 desc, 2`);
  return prepareArrayRows(db, "keel_development_evidence", query);
}

type EvidenceKind = "assessment" | "exercise" | "campaign";

const evidenceStatement = preparedStatement(prepareEvidence);

/** The evidence proposals rest on now: the newest response to each questionnaire, the newest
 * submission of each exercise template, and the newest released 360. */
export interface EvidenceIndex {
  assessments: { id: string; instrumentId: string; versionId: string }[];
  exercises: { id: string; templateId: string }[];
  campaignId: string | null;
}

export async function selectEvidence(db: Database, engagementId: string): Promise<EvidenceIndex> {
  const index: EvidenceIndex = { assessments: [], exercises: [], campaignId: null };
  const seen = new Set<string>();
  // Rows come newest first, so the first of each kind and key is the current one.
  for (const { kind, id, key, versionId } of await evidenceStatement(db)({ engagementId })) {
    if (seen.has(`${kind}:${key}`)) continue;
    seen.add(`${kind}:${key}`);
    if (kind === "assessment")
      index.assessments.push({ id, instrumentId: key, versionId: versionId ?? "" });
    else if (kind === "exercise") index.exercises.push({ id, templateId: key });
    else index.campaignId = id;
  }
  return index;
}

/** The answers of one submitted questionnaire (they never change once submitted). */
export async function selectSubmittedAnswers(db: Database, assessmentId: string) {
  const [row] = await db
    .select({ answers: assessment.answers })
    .from(assessment)
    .where(and(eq(assessment.id, assessmentId), eq(assessment.status, "submitted")));
  return row?.answers;
}

/** What proposals read of a released report (frozen at release, like the report). */
export async function selectReportForProposals(db: Database, campaignId: string) {
  const [row] = await db
    .select({ report: feedbackCampaign.reportForProposals })
    .from(feedbackCampaign)
    .where(eq(feedbackCampaign.id, campaignId));
  return row?.report ?? undefined;
}
