/** Query keys of programmes: invalidating `all` refreshes the list, each programme and its people. */
export const programmeKeys = {
  all: ["programmes"] as const,
  list: ["programmes", "list"] as const,
  one: (id: string) => ["programmes", "one", id] as const,
  participants: (id: string) => ["programmes", "participants", id] as const,
};

export const programmePath = (id: string) => `/api/programmes/${encodeURIComponent(id)}`;
