/** The query keys of a goal's action plan: its current version, its versions and comparisons. */
export const planKeys = {
  all: (goalId: string) => ["goal-plan", goalId] as const,
  current: (goalId: string) => ["goal-plan", goalId, "current"] as const,
  versions: (goalId: string) => ["goal-plan", goalId, "versions"] as const,
  comparison: (goalId: string, from: number, to: number) =>
    ["goal-plan", goalId, "compare", from, to] as const,
  templates: ["plan-templates"] as const,
};
