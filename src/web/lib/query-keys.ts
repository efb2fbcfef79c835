/**
 * Query keys shared by every feature, so a change made in one place (a new engagement, a revoked
 * invitation) refreshes every list that shows it.
 */
export const queryKeys = {
  me: ["me"] as const,
  practice: ["practice"] as const,
  coaches: ["coaches"] as const,
  clients: ["clients"] as const,
  sponsors: ["sponsors"] as const,
  invitations: ["invitations"] as const,
  invitationByToken: (token: string) => ["invitation-token", token] as const,
  engagements: ["engagements"] as const,
  engagement: (id: string) => ["engagements", id] as const,
  outbox: ["outbox"] as const,
  mail: (id: string) => ["outbox", id] as const,
};
