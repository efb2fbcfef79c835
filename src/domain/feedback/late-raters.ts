import type { EngagementRelation } from "../engagement/access";
import type { CampaignStatus } from "./campaign-status";

// Once answers come in, the list of raters is frozen: a rater added then by one party gets no
// link until the other party approves, so neither the coach nor the client can add raters of
// their own (a second address of theirs, say) alone and unseen (docs/decisions/009).

export type ListParty = "coach" | "client";

/** Which party put a rater on the list: the client, or else the coach. */
export function adderOf(nominatedBy: string, clientId: string): ListParty {
  return nominatedBy === clientId ? "client" : "coach";
}

/** A rater added now waits for the other party's approval before they get a link. */
export function additionsNeedApproval(status: CampaignStatus): boolean {
  return status === "collecting";
}

/** Who approves a rater added late: the party who did not add them. */
export function approverOf(addedBy: ListParty): ListParty {
  return addedBy === "client" ? "coach" : "client";
}

/** Whether the viewer may approve or decline a waiting rater added by `addedBy`. */
export function mayDecideOn(
  relation: EngagementRelation | null,
  addedBy: ListParty,
  status: CampaignStatus,
): boolean {
  return additionsNeedApproval(status) && relation === approverOf(addedBy);
}

/** How many raters were added after answers began to come in, as the report states it. */
export interface LateRaters {
  /** Added late and given a link. */
  count: number;
  /** Of those, approved by the other party (every one, since approval was required). */
  approved: number;
  note: string;
}

export function lateRaters(count: number, approved: number): LateRaters {
  return { count, approved, note: lateRatersNote(count, approved) };
}

function lateRatersNote(count: number, approved: number): string {
  if (count === 0) return "No raters were added after answers started to come in.";
  const added =
    count === 1
      ? "1 rater was added after answers started to come in"
      : `${count} raters were added after answers started to come in`;
  if (approved === count)
    return `${added}; ${count === 1 ? "the rater was" : count === 2 ? "both were" : "all were"} approved by the other party.`;
  const unapproved = count - approved;
  return `${added}; ${unapproved} of them ${unapproved === 1 ? "was" : "were"} added by the coach before approval by the client was required.`;
}
