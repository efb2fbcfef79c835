import { asc, eq } from "drizzle-orm";
import type { z } from "zod";
import type { reviewComment } from "../../contract/feedback";
import type { EngagementRelation } from "../../domain/engagement/access";
import type { CampaignStatus } from "../../domain/feedback/campaign-status";
import type { CompetencyModel } from "../../domain/feedback/competency-model";
import type { RaterGroup } from "../../domain/feedback/rater-groups";
import { applyRedactions, redactionProblems } from "../../domain/feedback/redaction";
import type { ReportUnit } from "../../domain/feedback/report-types";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import type { Database } from "../db/database";
import { feedbackCampaign, feedbackComment } from "../db/schema";
import { AppError, forbidden, invalidInput, notFound } from "../http/errors";
import type { CampaignRow } from "./campaign-access";
import { findCurrentCampaign } from "./campaign-service";
import { reportAsItStands, reportIn } from "./report-service";

type ReviewComment = z.infer<typeof reviewComment>;
type CommentRow = typeof feedbackComment.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const notYetClosed = () =>
  new AppError("not_closed", "Comments can be reviewed once the campaign has closed.");
const releasedNeverChanges = () =>
  new AppError("released", "A released report never changes, so its comments cannot be redacted.");

/**
 * Every comment the report shows, with its original and shown text, for the coach to black out
 * words that identify someone. Listed in the order of their random ids: a shuffle.
 */
export async function listReviewComments(
  ctx: AppContext,
  viewer: Viewer,
  campaignId: string,
): Promise<ReviewComment[]> {
  const { campaign, relation } = await findCurrentCampaign(ctx, viewer, campaignId);
  refuseUnlessCoach(relation);
  if (!isClosedOrReleased(campaign.status)) throw notYetClosed();
  const [units, rows] = await Promise.all([
    shownUnits(ctx.db, campaign),
    ctx.db
      .select()
      .from(feedbackComment)
      .where(eq(feedbackComment.campaignId, campaign.id))
      .orderBy(asc(feedbackComment.id)),
  ]);
  return rows.flatMap((row) => {
    const unit = unitOf(units, row.group);
    return unit ? [reviewOf(row, campaign.model, unit)] : [];
  });
}

/** Sets the phrases blacked out in one comment, while the campaign is closed and not released. */
export async function redactComment(
  ctx: AppContext,
  viewer: Viewer,
  commentId: string,
  redactions: string[],
): Promise<ReviewComment> {
  const comment = await findComment(ctx.db, commentId);
  const { campaign, relation } = await findCurrentCampaign(ctx, viewer, comment.campaignId);
  refuseUnlessCoach(relation);
  refuseUnlessRedactable(campaign.status);
  const unit = unitOf(await shownUnits(ctx.db, campaign), comment.group);
  if (!unit) throw notFound("This comment");
  const phrases = [...new Set(redactions)];
  const problems = redactionProblems(comment.text, phrases);
  if (problems.length > 0)
    throw invalidInput(problems, "Only words in the comment can be removed.");
  await storeRedactions(ctx.db, comment, phrases);
  return reviewOf({ ...comment, redactions: phrases }, campaign.model, unit);
}

/**
 * Under a share lock on the campaign, so a release in flight waits for the redaction or wins
 * before it: a redaction is never stored once the report is frozen.
 */
async function storeRedactions(db: Database, comment: CommentRow, phrases: string[]) {
  await db.transaction(async (tx) => {
    const [campaign] = await tx
      .select({ status: feedbackCampaign.status })
      .from(feedbackCampaign)
      .where(eq(feedbackCampaign.id, comment.campaignId))
      .for("share");
    refuseUnlessRedactable(campaign?.status ?? "released");
    await tx
      .update(feedbackComment)
      .set({ redactions: phrases })
      .where(eq(feedbackComment.id, comment.id));
  });
}

async function findComment(db: Database, id: string): Promise<CommentRow> {
  const [row] = UUID.test(id)
    ? await db.select().from(feedbackComment).where(eq(feedbackComment.id, id))
    : [];
  if (!row) throw notFound("This comment");
  return row;
}

function refuseUnlessCoach(relation: EngagementRelation): void {
  if (relation !== "coach")
    throw forbidden("Only the coach reviews the comments, before the report is released.");
}

function refuseUnlessRedactable(status: CampaignStatus): void {
  if (status === "released") throw releasedNeverChanges();
  if (status !== "closed") throw notYetClosed();
}

function isClosedOrReleased(status: CampaignStatus): boolean {
  return status === "closed" || status === "released";
}

/** The units the report shows: frozen with it once released, as they stand while closed. */
async function shownUnits(db: Database, campaign: CampaignRow["campaign"]): Promise<ReportUnit[]> {
  return reportIn(await reportAsItStands(db, campaign)).units;
}

function unitOf(units: readonly ReportUnit[], group: RaterGroup): ReportUnit | undefined {
  return units.find((unit) => unit.groups.includes(group));
}

/**
 * A comment from a merged unit carries the unit's first group, never its own: inside "Peers and
 * other colleagues" the coach must not learn which comment came from the group too small to show.
 */
function reviewOf(row: CommentRow, model: CompetencyModel, unit: ReportUnit): ReviewComment {
  const question = model.openQuestions.find((q) => q.id === row.questionId);
  return {
    id: row.id,
    questionId: row.questionId,
    question: question?.text ?? row.questionId,
    group: unit.groups.length === 1 ? row.group : (unit.groups[0] ?? row.group),
    original: row.text,
    shown: applyRedactions(row.text, row.redactions),
    redactions: row.redactions,
  };
}
