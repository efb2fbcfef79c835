/**
 * Query keys shared by every feature, so a change made in one place (a new engagement, a revoked
 * invitation) refreshes every list that shows it.
 */
export const queryKeys = {
  me: ["me"] as const,
  practice: ["practice"] as const,
  coaches: ["coaches"] as const,
  /** Every list of clients: the first page on the home, every page for the Client select. */
  clients: ["clients"] as const,
  clientFirstPage: ["clients", "first-page"] as const,
  allClients: ["clients", "all"] as const,
  sponsors: ["sponsors"] as const,
  invitations: ["invitations"] as const,
  invitationByToken: (token: string) => ["invitation-token", token] as const,
  /** Every list of engagements: the first page on a home, the pages of the engagements page. */
  engagementLists: ["engagements", "list"] as const,
  engagementFirstPage: ["engagements", "list", "first-page"] as const,
  engagementPages: (filters: { stage?: string | undefined; q?: string | undefined }) =>
    ["engagements", "list", "pages", { stage: filters.stage ?? null, q: filters.q ?? "" }] as const,
  engagement: (id: string) => ["engagements", id] as const,
  /** The questionnaires a coach can assign. */
  instruments: ["instruments"] as const,
  /** Everything about questionnaires: each engagement's list, each form and each result. */
  assessments: ["assessments"] as const,
  engagementAssessments: (engagementId: string) =>
    ["assessments", "engagement", engagementId] as const,
  assessment: (id: string) => ["assessments", id] as const,
  assessmentResults: (id: string) => ["assessments", id, "results"] as const,
  /** Every engagement's development profile: its entries and the proposals waiting. */
  developmentProfiles: ["development-profile"] as const,
  developmentProfile: (engagementId: string) => ["development-profile", engagementId] as const,
  outbox: ["outbox"] as const,
  mail: (id: string) => ["outbox", id] as const,
};
