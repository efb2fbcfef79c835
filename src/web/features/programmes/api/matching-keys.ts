/** Query keys of coach matching; a match or move also refreshes programmes and engagements. */
export const matchingKeys = {
  all: ["matching"] as const,
  coaches: ["matching", "coaches"] as const,
  profile: ["matching", "profile"] as const,
  matches: (programmeId: string) => ["matching", "matches", programmeId] as const,
  myShortlist: ["matching", "my-shortlist"] as const,
  movePreview: (engagementId: string) => ["matching", "move-preview", engagementId] as const,
  coachChanges: (engagementId: string) => ["matching", "coach-changes", engagementId] as const,
};
