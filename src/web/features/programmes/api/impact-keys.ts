/** Query keys of the sponsor's and the health pages; under `programmes`, so edits refresh them. */
export const impactKeys = {
  sponsored: ["programmes", "sponsored"] as const,
  impact: (id: string) => ["programmes", "impact", id] as const,
  health: (id: string) => ["programmes", "health", id] as const,
  sponsors: (id: string) => ["programmes", "sponsors", id] as const,
};
