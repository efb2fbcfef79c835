export const MEMBER_ROLES = ["coach", "client", "sponsor"] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export interface Member {
  userId: string;
  practiceId: string;
  role: MemberRole;
  isAdmin: boolean;
}

/** Which roles a member may invite: any coach brings clients and sponsors; only an admin brings coaches. */
export function canInvite(inviter: Member, role: MemberRole): boolean {
  if (inviter.role !== "coach") return false;
  return role === "coach" ? inviter.isAdmin : true;
}
