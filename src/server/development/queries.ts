import { and, asc, desc, eq, isNotNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "../db/database";
import { preparedStatement, preparedStatements } from "../db/prepared-statements";
import {
  assessment,
  developmentDismissal,
  developmentEntry,
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

function prepareSubmitted(db: Database) {
  return db
    .select({
      id: assessment.id,
      instrumentId: assessment.instrumentId,
      versionId: assessment.instrumentVersionId,
    })
    .from(assessment)
    .where(
      and(
        eq(assessment.engagementId, sql.placeholder("engagementId")),
        eq(assessment.status, "submitted"),
      ),
    )
    .orderBy(desc(assessment.submittedAt))
    .prepare("keel_development_submitted_assessments");
}

const submitted = preparedStatement(prepareSubmitted);

/** The submitted questionnaires of an engagement, newest first: the evidence of proposals. */
export function selectSubmittedAssessments(db: Database, engagementId: string) {
  return submitted(db).execute({ engagementId });
}

/** The answers of one submitted questionnaire (they never change once submitted). */
export async function selectSubmittedAnswers(db: Database, assessmentId: string) {
  const [row] = await db
    .select({ answers: assessment.answers })
    .from(assessment)
    .where(and(eq(assessment.id, assessmentId), eq(assessment.status, "submitted")));
  return row?.answers;
}

function prepareNewestReleased(db: Database) {
  return db
    .select({ campaignId: feedbackCampaign.id })
    .from(feedbackCampaign)
    .where(
      and(
        eq(feedbackCampaign.engagementId, sql.placeholder("engagementId")),
        eq(feedbackCampaign.status, "released"),
        isNotNull(feedbackCampaign.reportForProposals),
      ),
    )
    .orderBy(desc(feedbackCampaign.releasedAt), desc(feedbackCampaign.id))
    .limit(1)
    .prepare("keel_development_newest_released_campaign");
}

const newestReleased = preparedStatement(prepareNewestReleased);

/**
 * The newest released 360 campaign of an engagement, as a list (empty before any release). Only
 * a released report counts: the client may read it, and it is frozen, so proposals stay put.
 */
export function selectNewestReleasedCampaign(db: Database, engagementId: string) {
  return newestReleased(db).execute({
    engagementId,
  });
}

/** What proposals read of a released report (frozen at release, like the report). */
export async function selectReportForProposals(db: Database, campaignId: string) {
  const [row] = await db
    .select({ report: feedbackCampaign.reportForProposals })
    .from(feedbackCampaign)
    .where(eq(feedbackCampaign.id, campaignId));
  return row?.report ?? undefined;
}
