import { and, asc, desc, eq, isNotNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { ReportForProposals } from "../../domain/development/feedback-proposals";
import type { Database } from "../db/database";
import { preparedStatements } from "../db/prepared-statements";
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

const dismissalStatements = preparedStatements<ReturnType<typeof prepareDismissals>>();

export function selectDismissals(db: Database, engagementId: string) {
  return dismissalStatements(db, "all", () => prepareDismissals(db)).execute({ engagementId });
}

function prepareSubmittedAnswers(db: Database) {
  return db
    .select({
      id: assessment.id,
      instrumentId: assessment.instrumentId,
      versionId: assessment.instrumentVersionId,
      answers: assessment.answers,
    })
    .from(assessment)
    .where(
      and(
        eq(assessment.engagementId, sql.placeholder("engagementId")),
        eq(assessment.status, "submitted"),
      ),
    )
    .orderBy(desc(assessment.submittedAt))
    .prepare("keel_development_submitted_answers");
}

const answerStatements = preparedStatements<ReturnType<typeof prepareSubmittedAnswers>>();

/** The submitted questionnaires of an engagement, newest first: the evidence of proposals. */
export function selectSubmittedAnswers(db: Database, engagementId: string) {
  return answerStatements(db, "all", () => prepareSubmittedAnswers(db)).execute({ engagementId });
}

function prepareNewestReleasedReport(db: Database) {
  return db
    .select({
      campaignId: feedbackCampaign.id,
      report: sql<ReportForProposals>`${feedbackCampaign.reportForProposals}`,
    })
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
    .prepare("keel_development_newest_released_report");
}

const reportStatements = preparedStatements<ReturnType<typeof prepareNewestReleasedReport>>();

/**
 * The newest released 360 report of an engagement, as a list (empty before any release). Only a
 * released report: the client may read it, and it is frozen, so proposals from it stay put.
 */
export function selectNewestReleasedReport(db: Database, engagementId: string) {
  return reportStatements(db, "all", () => prepareNewestReleasedReport(db)).execute({
    engagementId,
  });
}
