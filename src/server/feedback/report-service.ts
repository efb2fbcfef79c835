import { and, asc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { reportForProposals } from "../../domain/development/feedback-proposals";
import { type EngagementRelation, relationTo } from "../../domain/engagement/access";
import { mayReadClientWork } from "../../domain/engagement/client-work";
import { type CampaignStatus, mayReadReport } from "../../domain/feedback/campaign-status";
import { applyRedactions } from "../../domain/feedback/redaction";
import { buildReport } from "../../domain/feedback/report";
import type { FeedbackReport } from "../../domain/feedback/report-types";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import type { Database, Executor } from "../db/database";
import { preparedStatement } from "../db/prepared-statements";
import {
  engagement,
  feedbackCampaign,
  feedbackComment,
  feedbackRater,
  feedbackResponse,
  user,
} from "../db/schema";
import { partyColumns } from "../engagements/queries";
import { forbidden } from "../http/errors";
import type { CampaignRow } from "./campaign-access";
import { findCurrentCampaign } from "./campaign-service";

/**
 * The report as the campaign's answers give it now, with the coach's redactions. Once released,
 * the stored copy is the report: this is only called to preview it and, at release, to freeze it.
 */
export async function computeCampaignReport(
  db: Executor,
  campaign: CampaignRow["campaign"],
): Promise<FeedbackReport> {
  const [responses, comments, addedLate, invitedGroups] = await Promise.all([
    db
      .select({ group: feedbackResponse.group, ratings: feedbackResponse.ratings })
      .from(feedbackResponse)
      .where(eq(feedbackResponse.campaignId, campaign.id)),
    db
      .select()
      .from(feedbackComment)
      .where(eq(feedbackComment.campaignId, campaign.id))
      .orderBy(asc(feedbackComment.id)),
    countAddedLate(db, campaign.id),
    selectInvitedGroups(db, campaign.id),
  ]);
  return buildReport({
    model: campaign.model,
    threshold: campaign.threshold,
    managerIdentified: campaign.managerIdentified,
    self: campaign.selfSubmittedAt ? campaign.selfRatings : null,
    responses,
    comments: comments.map((c) => ({
      id: c.id,
      group: c.group,
      questionId: c.questionId,
      text: applyRedactions(c.text, c.redactions),
    })),
    addedLate,
    invitedGroups,
  });
}

/** The groups that had a rater with a link, answered or not. */
async function selectInvitedGroups(db: Executor, campaignId: string) {
  const rows = await db
    .selectDistinct({ group: feedbackRater.group })
    .from(feedbackRater)
    .where(and(eq(feedbackRater.campaignId, campaignId), isNotNull(feedbackRater.tokenHash)));
  return rows.map((row) => row.group);
}

/** Raters who got their link after answers began to come in, and of them those approved. */
async function countAddedLate(db: Executor, campaignId: string) {
  const [row] = await db
    .select({
      count: sql<number>`count(*)::int`,
      approved: sql<number>`count(${feedbackRater.approvedBy})::int`,
    })
    .from(feedbackRater)
    .where(
      and(
        eq(feedbackRater.campaignId, campaignId),
        eq(feedbackRater.addedLate, true),
        isNotNull(feedbackRater.tokenHash),
      ),
    );
  return { count: row?.count ?? 0, approved: row?.approved ?? 0 };
}

/** What release writes: the report frozen now and, beside it, the part proposals read. */
export async function releasedReportColumns(db: Executor, campaign: CampaignRow["campaign"]) {
  const report = await computeCampaignReport(db, campaign);
  return { report, reportForProposals: reportForProposals(report) };
}

/** Why the viewer may not read the report now, in words for them; null when they may. */
function reportRefusal(relation: EngagementRelation, status: CampaignStatus): string | null {
  if (mayReadReport(relation, status)) return null;
  if (relation === "client") return "Your coach has not released the report yet.";
  if (relation === "coach") return "The report can be read once the campaign has closed.";
  return "Only the client and their coach read this report.";
}

/**
 * The report as the viewer may read it: once released, the stored copy exactly as frozen; while
 * closed, for the coach only, the preview computed now with the redactions made so far. A
 * campaign past its deadline is closed first, whether or not the close job has run.
 */
export async function readReport(ctx: AppContext, viewer: Viewer, campaignId: string) {
  const found = await findCurrentCampaign(ctx, viewer, campaignId);
  const refusal = reportRefusal(found.relation, found.campaign.status);
  if (refusal) throw forbidden(refusal);
  return { ...found, report: await reportOf(ctx.db, found.campaign) };
}

async function reportOf(db: Database, campaign: CampaignRow["campaign"]) {
  if (campaign.status !== "released") return computeCampaignReport(db, campaign);
  return JSON.parse(await selectStoredReport(db, campaign.id)) as FeedbackReport;
}

/**
 * The report frozen at release, as the JSON text it was stored as: the report route sends it as
 * it is, since it was checked when it was frozen and never changes.
 */
export async function selectStoredReport(db: Database, campaignId: string): Promise<string> {
  const [row] = await db
    .select({ text: sql<string>`${feedbackCampaign.report}::text` })
    .from(feedbackCampaign)
    .where(eq(feedbackCampaign.id, campaignId));
  if (!row?.text) throw new Error(`released campaign ${campaignId} has no stored report`);
  return row.text;
}

/**
 * The report as its route sends it: the frozen text once released, else the preview. A released
 * report is read with its parties in one prepared statement, without the campaign's model.
 */
export async function readReportJson(ctx: AppContext, viewer: Viewer, campaignId: string) {
  const released = await selectReleasedReport(ctx.db, campaignId);
  if (released) {
    const relation = relationTo(viewer, released.parties);
    if (relation && mayReadClientWork(relation) && !reportRefusal(relation, "released"))
      return released.text;
  }
  const found = await findCurrentCampaign(ctx, viewer, campaignId);
  const refusal = reportRefusal(found.relation, found.campaign.status);
  if (refusal) throw forbidden(refusal);
  if (found.campaign.status === "released") return selectStoredReport(ctx.db, campaignId);
  return computeCampaignReport(ctx.db, found.campaign);
}

const releasedReport = preparedStatement(prepareReleasedReport);

function prepareReleasedReport(db: Database) {
  return db
    .select({ parties: partyColumns, text: sql<string>`${feedbackCampaign.report}::text` })
    .from(feedbackCampaign)
    .innerJoin(engagement, eq(engagement.id, feedbackCampaign.engagementId))
    .where(
      and(eq(feedbackCampaign.id, sql.placeholder("id")), eq(feedbackCampaign.status, "released")),
    )
    .prepare("keel_feedback_released_report");
}

/** A released campaign's frozen report, as stored, and who it belongs to; none if not released. */
async function selectReleasedReport(db: Database, id: string) {
  const [row] = await releasedReport(db).execute({ id });
  return row?.text ? { parties: row.parties, text: row.text } : undefined;
}

/** The names the PDF's title page gives: the client's and the coach's. */
export async function partyNames(db: Database, parties: CampaignRow["parties"]) {
  const rows = await db
    .select({ id: user.id, name: user.name })
    .from(user)
    .where(inArray(user.id, [parties.clientId, parties.coachId]));
  const nameOf = (id: string) => rows.find((row) => row.id === id)?.name ?? "";
  return { clientName: nameOf(parties.clientId), coachName: nameOf(parties.coachId) };
}
