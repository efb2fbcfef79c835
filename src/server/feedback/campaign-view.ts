import type { z } from "zod";
import type { campaignSummary, campaignView, raterView } from "../../contract/feedback";
import type { EngagementRelation } from "../../domain/engagement/access";
import {
  mayAddRaters,
  mayEditRaters,
  mayReadReport,
  maySelfRate,
  movesFrom,
} from "../../domain/feedback/campaign-status";
import { adderOf, approverOf, mayDecideOn } from "../../domain/feedback/late-raters";
import { itemIds } from "../../domain/feedback/model-rules";
import { nominationProblems } from "../../domain/feedback/nominations";
import { RATER_GROUPS } from "../../domain/feedback/rater-groups";
import { mayResendLink } from "../../domain/feedback/rater-links";
import { type GroupTally, responseCounts } from "../../domain/feedback/response-counts";
import type { CampaignRow } from "./campaign-access";
import type { CampaignFacts, RaterRow, SummaryRow } from "./campaign-queries";

type CampaignSummary = z.infer<typeof campaignSummary>;
type CampaignView = z.infer<typeof campaignView>;
type RaterView = z.infer<typeof raterView>;

/** The counts of a list row, from the flat array the query aggregates. */
export function countsFromArray(values: readonly (number | string)[]): GroupTally[] {
  return RATER_GROUPS.map((group, i) => ({
    group,
    nominated: Number(values[2 * i] ?? 0),
    responses: Number(values[2 * i + 1] ?? 0),
  }));
}

/** The counts of a campaign from its raters: how many of each group answered, never who. */
export function countsOfRaters(
  raters: readonly Pick<RaterRow, "group" | "completed">[],
): GroupTally[] {
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

/**
 * What a list and the full view both say of a campaign. Who answered is counted only as
 * responseCounts allows (never about fewer than k raters), the same in every list and view,
 * so that no two of them can be set against each other.
 */
function summaryFields(
  row: SummaryFacts,
  modelName: string,
  tallies: GroupTally[],
): CampaignSummary {
  return {
    id: row.id,
    engagementId: row.engagementId,
    status: row.status,
    modelName,
    deadline: row.deadline,
    closesAt: row.closesAt.toISOString(),
    counts: tallies.map(({ group, nominated }) => ({ group, nominated })),
    responseCounts: responseCounts(tallies, row.threshold),
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
    ...summaryFields(campaign, campaign.model.name, countsOfRaters(raters.filter(isCounted))),
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
    raters: raters.map((rater) => raterViewOf(rater, found, facts)),
    nominationProblems: nominationProblems(raters, campaign.groupLimits),
    moves: movesFrom(relation, status),
    mayEditRaters: mayEditRaters(relation, status),
    mayAddRaters: mayAddRaters(relation, status),
    maySelfRate: maySelfRate(relation, status),
    mayReadReport: mayReadReport(relation, status),
    answersLeftOut: campaign.answersLeftOut,
  };
}

/** A rater added late who waits for approval has no link: not invited, so not counted. */
function isCounted(rater: Pick<RaterRow, "addedLate" | "invited">): boolean {
  return !(rater.addedLate && !rater.invited);
}

/** A rater with who added them and when, and where a late one's approval stands. */
function raterViewOf(
  rater: RaterRow,
  found: CampaignRow & { relation: EngagementRelation },
  facts: CampaignFacts,
): RaterView {
  const { status, clientId } = found.campaign;
  const adder = adderOf(rater.nominatedBy, clientId);
  const approver = approverOf(adder);
  const approval = !rater.addedLate
    ? "none"
    : rater.invited
      ? "approved"
      : status === "collecting"
        ? "waiting"
        : "lapsed";
  const approverName =
    rater.approvedByName ?? (approver === "client" ? facts.clientName : facts.coachName);
  return {
    id: rater.id,
    name: rater.name,
    email: rater.email,
    group: rater.group,
    invited: rater.invited,
    addedBy: { role: adder, name: rater.addedByName },
    addedAt: rater.addedAt.toISOString(),
    addedLate: rater.addedLate,
    approval,
    approver: approval === "none" ? null : { role: approver, name: approverName },
    mayDecide: approval === "waiting" && mayDecideOn(found.relation, adder, status),
    mayResendLink: mayResendLink(found.relation, status, rater.invited),
  };
}
