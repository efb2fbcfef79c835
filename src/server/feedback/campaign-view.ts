import type { z } from "zod";
import type { EngagementRelation } from "../../domain/engagement/access";
import {
  mayEditRaters,
  mayReadReport,
  maySelfRate,
  movesFrom,
} from "../../domain/feedback/campaign-status";
import { itemIds } from "../../domain/feedback/model-rules";
import { nominationProblems } from "../../domain/feedback/nominations";
import { RATER_GROUPS } from "../../domain/feedback/rater-groups";
import type { CampaignRow } from "./campaign-access";
import type { CampaignFacts, RaterRow, SummaryRow } from "./campaign-queries";
import type { campaignSummary, campaignView, groupCount } from "./schemas";

type CampaignSummary = z.infer<typeof campaignSummary>;
type CampaignView = z.infer<typeof campaignView>;
type GroupCount = z.infer<typeof groupCount>;

/** The counts of a list row, from the flat array the query aggregates. */
export function countsFromArray(values: readonly (number | string)[]): GroupCount[] {
  return RATER_GROUPS.map((group, i) => ({
    group,
    nominated: Number(values[2 * i] ?? 0),
    responses: Number(values[2 * i + 1] ?? 0),
  }));
}

/** The counts of a campaign from its raters: how many of each group answered, never who. */
export function countsOfRaters(raters: readonly Pick<RaterRow, "group" | "completed">[]) {
  return RATER_GROUPS.map((group) => {
    const inGroup = raters.filter((rater) => rater.group === group);
    return {
      group,
      nominated: inGroup.length,
      responses: inGroup.filter((rater) => rater.completed).length,
    };
  });
}

type SummaryFacts = Omit<SummaryRow, "modelName" | "groupCounts">;

/** What a list and the full view both say of a campaign. */
function summaryFields(
  row: SummaryFacts,
  modelName: string,
  counts: GroupCount[],
): CampaignSummary {
  return {
    id: row.id,
    engagementId: row.engagementId,
    status: row.status,
    modelName,
    deadline: row.deadline,
    closesAt: row.closesAt.toISOString(),
    counts,
    selfRated: row.selfSubmittedAt !== null,
    createdAt: row.createdAt.toISOString(),
    releasedAt: row.releasedAt?.toISOString() ?? null,
  };
}

export function summaryOf(row: SummaryRow): CampaignSummary {
  return summaryFields(row, row.modelName, countsFromArray(row.groupCounts));
}

/** The campaign as its client or coach sees it; whether a given rater answered is never in it. */
export function viewOf(
  found: CampaignRow & { relation: EngagementRelation },
  facts: CampaignFacts,
  raters: RaterRow[],
): CampaignView {
  const { campaign, relation } = found;
  const { status } = campaign;
  return {
    ...summaryFields(campaign, campaign.model.name, countsOfRaters(raters)),
    client: { id: facts.clientId, name: facts.clientName },
    coach: { id: facts.coachId, name: facts.coachName },
    modelId: campaign.modelId,
    modelVersion: campaign.modelVersion,
    itemCount: itemIds(campaign.model).length,
    threshold: campaign.threshold,
    practiceThreshold: facts.practiceThreshold,
    managerIdentified: campaign.managerIdentified,
    groupLimits: campaign.groupLimits,
    timeZone: campaign.timeZone,
    raters: raters.map(({ id, name, email, group, invited }) => ({
      id,
      name,
      email,
      group,
      invited,
    })),
    nominationProblems: nominationProblems(raters, campaign.groupLimits),
    moves: movesFrom(relation, status),
    mayEditRaters: mayEditRaters(relation, status),
    maySelfRate: maySelfRate(relation, status),
    mayReadReport: mayReadReport(relation, status),
  };
}
