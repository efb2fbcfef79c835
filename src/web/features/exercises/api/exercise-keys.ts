/**
 * Query keys of exercises. Everything about assigned exercises starts with "exercises", and
 * everything about templates with "exercise-templates", so one invalidation refreshes a family.
 */
export const exerciseKeys = {
  all: ["exercises"] as const,
  /** Every engagement's list. */
  lists: ["exercises", "engagement"] as const,
  engagement: (engagementId: string) => ["exercises", "engagement", engagementId] as const,
  one: (id: string) => ["exercises", id] as const,
  templates: ["exercise-templates"] as const,
  templateList: ["exercise-templates", "list"] as const,
  template: (id: string) => ["exercise-templates", id] as const,
};
