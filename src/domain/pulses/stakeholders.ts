import type { EngagementRelation } from "../engagement/access";
import { adderOf, type ListParty } from "../feedback/late-raters";

// The client chooses their stakeholders; a stakeholder added by one party gets no link until the
// other party approves (the 360's rule against raters of one party's own making, decision 009),
// and both see who added whom and when. A removed stakeholder gets no further rounds.

export const STAKEHOLDERS_MAX = 12;
export const SUGGESTED_STAKEHOLDERS = 5;

export type StakeholderState = "waiting" | "approved" | "removed";

export function stakeholderState(row: {
  approvedAt: Date | null;
  removedAt: Date | null;
}): StakeholderState {
  if (row.removedAt) return "removed";
  return row.approvedAt ? "approved" : "waiting";
}

/** The party who approves a stakeholder: the one who did not add them. */
export function approverOfStakeholder(addedBy: string, clientId: string): ListParty {
  return adderOf(addedBy, clientId) === "client" ? "coach" : "client";
}

export function mayApproveStakeholder(
  relation: EngagementRelation,
  addedBy: string,
  clientId: string,
): boolean {
  return relation === approverOfStakeholder(addedBy, clientId);
}

/** Why no round can go out, or null: a round needs k approved stakeholders. */
export function whyNoRound(approved: number, threshold: number): string | null {
  if (approved >= threshold) return null;
  return `A pulse needs at least ${threshold} approved stakeholders, so that no answer can be traced to one person; ${approved === 0 ? "none is" : approved === 1 ? "1 is" : `${approved} are`} approved.`;
}
