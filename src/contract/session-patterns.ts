import { z } from "zod";
import { personRef } from "./common";

// Stage 3, looking back: the engagement's timeline (sessions, reflections, commitments, plan
// changes, stage changes, and from stage 4 what was worth celebrating) and its patterns (themes, obstacles that come back, ratings, key
// phrases). Read by the client and their coach; each one's private notes feed their view alone.

export const PHRASE_SOURCES = ["shared", "feedback", "reflection", "private"] as const;
export const phraseSource = z.enum(PHRASE_SOURCES);
export type PhraseSource = z.infer<typeof phraseSource>;

const at = z.string().describe("An instant, ISO 8601 in UTC");

const sessionEvent = z.object({
  kind: z.literal("session"),
  at,
  sessionId: z.uuid(),
  status: z.enum(["scheduled", "cancelled"]),
  endsAt: at,
  rating: z.number().int().nullable(),
  reflected: z.boolean(),
});

const planEvent = z.object({
  kind: z.literal("plan"),
  at,
  goalId: z.uuid(),
  goal: z.string(),
  version: z.number().int(),
  by: personRef,
  reason: z.string().nullable(),
  sessionId: z.uuid().nullable(),
});

const commitmentEvent = z.object({
  kind: z.literal("commitment"),
  at,
  sessionId: z.uuid(),
  text: z.string(),
  owner: personRef,
  dueOn: z.string(),
  done: z.boolean(),
});

const stageEvent = z.object({
  kind: z.literal("stage"),
  at,
  from: z.string().nullable(),
  to: z.string(),
  by: personRef,
  reason: z.string().nullable(),
});

/** Something worth celebrating (stage 4): `at` is noon UTC of its day, which reads as that day everywhere. */
const celebrationEvent = z.object({
  kind: z.literal("celebration"),
  at,
  on: z.iso.date(),
  celebration: z.enum(["milestone", "target", "streak", "win"]),
  title: z.string(),
  detail: z.string().nullable(),
});

export const timelineEvent = z.discriminatedUnion("kind", [
  sessionEvent,
  planEvent,
  commitmentEvent,
  stageEvent,
  celebrationEvent,
]);
export type TimelineEvent = z.infer<typeof timelineEvent>;

export const engagementTimeline = z.object({ events: z.array(timelineEvent) });
export type EngagementTimeline = z.infer<typeof engagementTimeline>;

/** Where a pattern was seen: a session, and which of its writings. */
export const patternSource = z.object({
  sessionId: z.uuid(),
  startsAt: at,
  sources: z.array(phraseSource),
});

export const keyPhrase = z.object({
  phrase: z.string(),
  sessions: z.number().int(),
  occurrences: z.number().int(),
  /** The latest of its sessions (SEEN_IN_SHOWN at most), oldest first. */
  seenIn: z.array(patternSource),
});
export type KeyPhrase = z.infer<typeof keyPhrase>;

export const ratingPoint = z.object({
  sessionId: z.uuid(),
  startsAt: at,
  rating: z.number().int(),
});

export const ratingsTrend = z.object({
  points: z.array(ratingPoint),
  /** The later half's mean against the earlier half's, by at least one point; null under 4 ratings. */
  direction: z.enum(["rising", "falling", "steady"]).nullable(),
  average: z.number().nullable(),
});
export type RatingsTrend = z.infer<typeof ratingsTrend>;

export const recurringTheme = z.object({
  themeId: z.uuid(),
  label: z.string(),
  /** How many sessions it was tagged on; `seenIn` holds the latest of them. */
  sessions: z.number().int(),
  seenIn: z.array(z.object({ sessionId: z.uuid(), startsAt: at })),
});

export const recurringObstacle = z.object({
  goalId: z.uuid(),
  goal: z.string(),
  obstacle: z.string(),
  /** How many versions of the goal's plan carry it. */
  versions: z.number().int(),
  /** How many sessions' writing names its words; `seenIn` holds the latest of them. */
  sessions: z.number().int(),
  seenIn: z.array(patternSource),
});

export const engagementPatterns = z.object({
  themes: z.array(recurringTheme),
  obstacles: z.array(recurringObstacle),
  ratings: ratingsTrend,
  keyPhrases: z.array(keyPhrase),
});
export type EngagementPatterns = z.infer<typeof engagementPatterns>;
