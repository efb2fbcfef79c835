import type { EngagementRelation } from "../engagement/access";

/**
 * A 360-degree feedback campaign's life: the coach prepares it (draft), the client nominates
 * raters (nominating), the coach approves the list (approval), raters answer through private
 * links (collecting), the data is frozen (closed) and the report released to the client
 * (released). A released report never changes.
 */
export const CAMPAIGN_STATUSES = [
  "draft",
  "nominating",
  "approval",
  "collecting",
  "closed",
  "released",
] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export const CAMPAIGN_STATUS_LABELS: Record<CampaignStatus, string> = {
  draft: "Draft",
  nominating: "Nominating raters",
  approval: "Waiting for approval",
  collecting: "Collecting feedback",
  closed: "Closed",
  released: "Released",
};

interface Move {
  from: CampaignStatus;
  to: CampaignStatus;
  by: EngagementRelation;
}

/** Every move a campaign can make, and who makes it; closing at the deadline is the system's. */
const MOVES: readonly Move[] = [
  { from: "draft", to: "nominating", by: "coach" },
  { from: "nominating", to: "approval", by: "client" },
  { from: "nominating", to: "approval", by: "coach" },
  { from: "approval", to: "nominating", by: "coach" },
  { from: "approval", to: "collecting", by: "coach" },
  { from: "collecting", to: "closed", by: "coach" },
  { from: "closed", to: "released", by: "coach" },
];

export function mayMove(
  relation: EngagementRelation | null,
  from: CampaignStatus,
  to: CampaignStatus,
): boolean {
  return MOVES.some((m) => m.from === from && m.to === to && m.by === relation);
}

export function movesFrom(
  relation: EngagementRelation | null,
  from: CampaignStatus,
): CampaignStatus[] {
  return MOVES.filter((m) => m.from === from && m.by === relation).map((m) => m.to);
}

/** Raters can be nominated, edited and removed until invitations go out. */
export function listIsOpen(status: CampaignStatus): boolean {
  return status === "draft" || status === "nominating" || status === "approval";
}

/**
 * Who may change the rater list now: the client only while nominating, the coach until closed
 * (while collecting, only raters not yet invited; campaign-raters.ts).
 */
export function mayEditRaters(
  relation: EngagementRelation | null,
  status: CampaignStatus,
): boolean {
  if (relation === "client") return status === "nominating";
  if (relation === "coach") return listIsOpen(status) || status === "collecting";
  return false;
}

/**
 * Who may add a rater now: as mayEditRaters, and either party while collecting, when a rater
 * added waits for the other party's approval (late-raters.ts).
 */
export function mayAddRaters(relation: EngagementRelation | null, status: CampaignStatus): boolean {
  if (status === "collecting") return relation === "client" || relation === "coach";
  return mayEditRaters(relation, status);
}

/** The client rates themselves from nomination until the campaign closes. */
export function maySelfRate(relation: EngagementRelation | null, status: CampaignStatus): boolean {
  return (
    relation === "client" &&
    (status === "nominating" || status === "approval" || status === "collecting")
  );
}

/** The coach reads the report from closing on (to review and redact); the client once released. */
export function mayReadReport(
  relation: EngagementRelation | null,
  status: CampaignStatus,
): boolean {
  if (relation === "coach") return status === "closed" || status === "released";
  if (relation === "client") return status === "released";
  return false;
}

export function acceptsResponses(status: CampaignStatus): boolean {
  return status === "collecting";
}
