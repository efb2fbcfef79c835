/** Query keys of courses: everything about courses starts with "courses". */
export const courseKeys = {
  all: ["courses"] as const,
  list: ["courses", "list"] as const,
  one: (id: string) => ["courses", "one", id] as const,
  engagement: (engagementId: string) => ["courses", "engagement", engagementId] as const,
  listStats: ["courses", "list-stats"] as const,
};
