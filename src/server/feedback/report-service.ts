import { and, asc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { reportForProposals } from "../../domain/development/feedback-proposals";
import type { EngagementParties, EngagementRelation } from "../../domain/engagement/access";
import { type CampaignStatus, mayReadReport } from "../../domain/feedback/campaign-status";
import { applyRedactions } from "../../domain/feedback/redaction";
import { buildReport } from "../../domain/feedback/report";
import type { FeedbackReport } from "../../domain/feedback/report-types";
import type { Viewer } from "../access/viewer";
import { requireVisible } from "../access/visible-record";
import type { AppContext } from "../context";
import type { Database, Executor } from "../db/database";
import { preparedStatement } from "../db/prepared-statements";
import {
  engagement,
  feedbackCampaign,
  feedbackComment,
  feedbackRater,
  feedbackResponse,
  practice,
  user,
} from "../db/schema";
import { partyColumns } from "../engagements/queries";
import { forbidden } from "../http/errors";
import { type CampaignRow, feedbackCampaigns } from "./campaign-access";
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

/** The report as it stands: the JSON text it was frozen as once released, else the preview. */
export type ReportContent = { frozen: string } | { preview: FeedbackReport };

/** The report the viewer may read, with what its PDF's title page says of its campaign. */
export interface ReadableReport {
  campaign: {
    parties: EngagementParties;
    deadline: string;
    timeZone: string;
    closedAt: Date | null;
    releasedAt: Date | null;
  };
  content: ReportContent;
}

/**
 * The one read of the report, for its JSON and its PDF. Once released, the JSON text it was frozen
 * as, read with its parties in one prepared statement (without the campaign's model), to be sent
 * unchanged; while closed, for the coach only, the preview computed now with the redactions made
 * so far. A campaign past its deadline is closed first, whether or not the close job has run.
 */
export async function readReport(
  ctx: AppContext,
  viewer: Viewer,
  campaignId: string,
): Promise<ReadableReport> {
  const released = await selectReleasedReport(ctx.db, campaignId);
  if (released) {
    requireReportReader(viewer, released.campaign, "released");
    return released;
  }
  const found = await findCurrentCampaign(ctx, viewer, campaignId);
  const { campaign, parties } = found;
  requireReportReader(viewer, found, campaign.status);
  const { deadline, timeZone, closedAt, releasedAt } = campaign;
  return {
    campaign: { parties, deadline, timeZone, closedAt, releasedAt },
    content: await reportAsItStands(ctx.db, campaign),
  };
}

/** The report as an object, the frozen text parsed: for the PDF and the comments' review. */
export function reportIn(content: ReportContent): FeedbackReport {
  return "frozen" in content ? (JSON.parse(content.frozen) as FeedbackReport) : content.preview;
}

/**
 * Who reads the report: its campaign is hidden from all but the client and the coach (404), and
 * each of them reads it in their time, the coach once closed and the client once released (403).
 */
function requireReportReader(
  viewer: Viewer,
  campaign: Pick<CampaignRow, "parties">,
  status: CampaignStatus,
) {
  const { relation } = requireVisible(viewer, campaign, feedbackCampaigns);
  if (!mayReadReport(relation, status)) throw forbidden(reportRefusal(relation));
}

function reportRefusal(relation: EngagementRelation): string {
  if (relation === "client") return "Your coach has not released the report yet.";
  if (relation === "coach") return "The report can be read once the campaign has closed.";
  return "Only the client and their coach read this report.";
}

/** Frozen at release and never changed since, or computed now while it may still change. */
export async function reportAsItStands(
  db: Database,
  campaign: CampaignRow["campaign"],
): Promise<ReportContent> {
  if (campaign.status !== "released") return { preview: await computeCampaignReport(db, campaign) };
  const [row] = await db
    .select({ text: sql<string>`${feedbackCampaign.report}::text` })
    .from(feedbackCampaign)
    .where(eq(feedbackCampaign.id, campaign.id));
  if (!row?.text) throw new Error(`released campaign ${campaign.id} has no stored report`);
  return { frozen: row.text };
}

const releasedReport = preparedStatement(prepareReleasedReport);

function prepareReleasedReport(db: Database) {
  return db
    .select({
      parties: partyColumns,
      deadline: feedbackCampaign.deadline,
      timeZone: feedbackCampaign.timeZone,
      closedAt: feedbackCampaign.closedAt,
      releasedAt: feedbackCampaign.releasedAt,
      text: sql<string>`${feedbackCampaign.report}::text`,
    })
    .from(feedbackCampaign)
    .innerJoin(engagement, eq(engagement.id, feedbackCampaign.engagementId))
    .where(
      and(eq(feedbackCampaign.id, sql.placeholder("id")), eq(feedbackCampaign.status, "released")),
    )
    .prepare("keel_feedback_released_report");
}

/** A released campaign's frozen report, as stored, and who it belongs to; none if not released. */
async function selectReleasedReport(db: Database, id: string): Promise<ReadableReport | undefined> {
  const [row] = await releasedReport(db).execute({ id });
  if (!row?.text) return undefined;
  const { text, ...campaign } = row;
  return { campaign, content: { frozen: text } };
}

/** The names the PDF's first page gives: the client's, the coach's and the practice's. */
export async function partyNames(db: Database, parties: CampaignRow["parties"]) {
  const [rows, practices] = await Promise.all([
    db
      .select({ id: user.id, name: user.name })
      .from(user)
      .where(inArray(user.id, [parties.clientId, parties.coachId])),
    db.select({ name: practice.name }).from(practice).where(eq(practice.id, parties.practiceId)),
  ]);
  const nameOf = (id: string) => rows.find((row) => row.id === id)?.name ?? "";
  return {
    clientName: nameOf(parties.clientId),
    coachName: nameOf(parties.coachId),
    practiceName: practices[0]?.name ?? "",
  };
}
