import type { Member } from "../practice/roles";

export interface EngagementParties {
  practiceId: string;
  coachId: string;
  clientId: string;
  sponsorId: string | null;
}

/** How a member relates to an engagement; null means it does not exist for them. */
export type EngagementRelation = "coach" | "practice-admin" | "client" | "sponsor";

export function relationTo(
  member: Member,
  engagement: EngagementParties,
): EngagementRelation | null {
  if (member.practiceId !== engagement.practiceId) return null;
  if (member.role === "coach" && member.userId === engagement.coachId) return "coach";
  if (member.role === "client" && member.userId === engagement.clientId) return "client";
  if (member.role === "sponsor" && member.userId === engagement.sponsorId) return "sponsor";
  if (member.role === "coach" && member.isAdmin) return "practice-admin";
  return null;
}

/** Every party sees the engagement: its coach, client and sponsor, and the practice's admin. */
export function maySeeEngagement(relation: EngagementRelation | null): boolean {
  return relation !== null;
}

/** Only the engagement's own coach runs it: edits its facts and moves its stage. */
export function mayRun(relation: EngagementRelation | null): boolean {
  return relation === "coach";
}
