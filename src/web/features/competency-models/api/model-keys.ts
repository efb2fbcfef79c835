/** Query keys of competency models: one invalidation of `all` refreshes the list and each model. */
export const modelKeys = {
  all: ["competency-models"] as const,
  list: ["competency-models", "list"] as const,
  one: (id: string) => ["competency-models", id] as const,
};
