import { asc, eq } from "drizzle-orm";
import { applyRedactions } from "../../domain/feedback/redaction";
import { buildReport } from "../../domain/feedback/report";
import type { FeedbackReport } from "../../domain/feedback/report-types";
import type { Database } from "../db/database";
import { feedbackComment, feedbackResponse } from "../db/schema";
import type { CampaignRow } from "./campaign-access";

/**
 * The report as the campaign's answers give it now, with the coach's redactions. Once released,
 * the stored copy is the report: this is only called to preview it and, at release, to freeze it.
 */
export async function computeCampaignReport(
  db: Database,
  campaign: CampaignRow["campaign"],
): Promise<FeedbackReport> {
  const [responses, comments] = await Promise.all([
    db
      .select({ group: feedbackResponse.group, ratings: feedbackResponse.ratings })
      .from(feedbackResponse)
      .where(eq(feedbackResponse.campaignId, campaign.id)),
    db
      .select()
      .from(feedbackComment)
      .where(eq(feedbackComment.campaignId, campaign.id))
      .orderBy(asc(feedbackComment.id)),
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
  });
}
