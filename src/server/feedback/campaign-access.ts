import { eq, getTableColumns } from "drizzle-orm";
import type { Viewer } from "../access/viewer";
import { requireVisible } from "../access/visible-record";
import type { Database } from "../db/database";
import { engagement, feedbackCampaign } from "../db/schema";
import { clientWork } from "../engagements/client-work";
import { partyColumns } from "../engagements/queries";

// Every column but the frozen report and its part for proposals, which only their routes read.
const {
  report: _report,
  reportForProposals: _forProposals,
  ...campaignColumns
} = getTableColumns(feedbackCampaign);

/** A campaign with the parties of its engagement, which decide who may see it. */
export async function selectCampaignWithParties(db: Database, campaignId: string) {
  const [row] = await db
    .select({ campaign: campaignColumns, parties: partyColumns, stage: engagement.stage })
    .from(feedbackCampaign)
    .innerJoin(engagement, eq(engagement.id, feedbackCampaign.engagementId))
    .where(eq(feedbackCampaign.id, campaignId));
  return row;
}
export type CampaignRow = NonNullable<Awaited<ReturnType<typeof selectCampaignWithParties>>>;

/**
 * Like the client's other work, a campaign is its client's and coach's only: for anyone else (a
 * sponsor, an admin who is not the coach, another coach or client) it does not exist, a 404.
 */
export const feedbackCampaigns = clientWork<Pick<CampaignRow, "parties">>("This feedback campaign");

/** The campaign and how the viewer relates to it. */
export async function findCampaignFor(db: Database, viewer: Viewer, campaignId: string) {
  const { row, relation } = requireVisible(
    viewer,
    await selectCampaignWithParties(db, campaignId),
    feedbackCampaigns,
  );
  return { ...row, relation };
}
