/** Every sessions query starts with "sessions", so a booking, a move or a cancellation refreshes them all. */
export const sessionKeys = {
  all: ["sessions"] as const,
  ofEngagement: (engagementId: string) => ["sessions", "engagement", engagementId] as const,
  slots: (engagementId: string, from: string, to: string, timeZone: string) =>
    ["sessions", "slots", engagementId, from, to, timeZone] as const,
  session: (id: string) => ["sessions", "session", id] as const,
  availability: ["me", "availability"] as const,
  calendarFeed: ["me", "calendar-feed"] as const,
};

export const engagementPath = (id: string) => `/api/engagements/${encodeURIComponent(id)}`;
export const sessionPath = (id: string) => `/api/sessions/${encodeURIComponent(id)}`;
