/** Query keys of 360 feedback; everything starts with "feedback", so one invalidation refreshes all. */
export const feedbackKeys = {
  all: ["feedback"] as const,
  /** Every page of the coach's dashboard, whatever its filter. */
  dashboards: ["feedback", "dashboard"] as const,
  dashboard: (status: string | undefined) => ["feedback", "dashboard", status ?? "all"] as const,
  engagement: (engagementId: string) => ["feedback", "engagement", engagementId] as const,
  campaign: (id: string) => ["feedback", "campaign", id] as const,
  selfRating: (id: string) => ["feedback", "campaign", id, "self-rating"] as const,
  report: (id: string) => ["feedback", "campaign", id, "report"] as const,
  comments: (id: string) => ["feedback", "campaign", id, "comments"] as const,
  /** The competency models a coach can start a campaign on. */
  models: ["feedback", "models"] as const,
};
