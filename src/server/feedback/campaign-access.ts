import { eq, getTableColumns } from "drizzle-orm";
import { relationTo } from "../../domain/engagement/access";
import { mayReadClientWork } from "../../domain/engagement/client-work";
import type { Viewer } from "../access/viewer";
import type { Database } from "../db/database";
import { engagement, feedbackCampaign } from "../db/schema";
import { partyColumns } from "../engagements/queries";
import { notFound } from "../http/errors";

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
 * The campaign and how the viewer relates to it. Like the client's other work, a campaign is its
 * client's and coach's only: for anyone else (a sponsor, an admin who is not the coach, another
 * coach or client) it does not exist, a 404.
 */
export async function findCampaignFor(db: Database, viewer: Viewer, campaignId: string) {
  const row = await selectCampaignWithParties(db, campaignId);
  const relation = row ? relationTo(viewer, row.parties) : null;
  if (!row || !relation || !mayReadClientWork(relation)) throw notFound("This feedback campaign");
  return { ...row, relation };
}
