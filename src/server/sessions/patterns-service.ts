import type {
  EngagementPatterns,
  EngagementTimeline,
  TimelineEvent,
} from "../../contract/session-patterns";
import {
  ratingsTrend,
  recurringObstacles,
  recurringPhrases,
  recurringThemes,
  wordsOfObstacles,
} from "../../domain/sessions/patterns";
import type { Viewer } from "../access/viewer";
import { celebrationsOfEngagement } from "../accountability/celebrations";
import type { AppContext } from "../context";
import { perDatabase } from "../db/per-database";
import { engagementFactNumber } from "../engagements/fact-version";
import { BoundedCache } from "../runtime/bounded-cache";
import { requireSessionsOf } from "./access";
import {
  KEY_PHRASES,
  selectPatternParts,
  selectPhraseRows,
  selectSessionsWithRatings,
} from "./patterns-queries";
import { selectTimelineParts } from "./timeline-queries";

// The engagement looking back, for its client and coach (as its sessions are): the timeline of
// what happened (what was worth celebrating included, read as the celebrations are) and the patterns across it. Neither does language work: the phrases were found
// when the text was saved.

export async function getTimeline(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
): Promise<EngagementTimeline> {
  await requireSessionsOf(ctx, viewer, engagementId);
  const [sessions, { plans, commitments, stages }, { celebrations }] = await Promise.all([
    selectSessionsWithRatings(ctx.db, engagementId),
    selectTimelineParts(ctx.db, engagementId),
    celebrationsOfEngagement(ctx, engagementId),
  ]);
  const events: TimelineEvent[] = [
    ...sessions.map(
      (s): TimelineEvent => ({
        kind: "session",
        at: s.startsAt.toISOString(),
        sessionId: s.sessionId,
        status: s.status,
        endsAt: s.endsAt.toISOString(),
        rating: s.rating,
        reflected: s.reflectedAt !== null,
      }),
    ),
    ...plans.map(
      (p): TimelineEvent => ({
        kind: "plan",
        at: p.changedAt.toISOString(),
        goalId: p.goalId,
        goal: p.goal,
        version: p.version,
        by: p.by,
        reason: p.reason,
        sessionId: p.sessionId,
      }),
    ),
    ...commitments.flatMap((c): TimelineEvent[] =>
      c.sessionId === null
        ? []
        : [
            {
              kind: "commitment",
              at: c.createdAt.toISOString(),
              sessionId: c.sessionId,
              text: c.text,
              owner: c.owner,
              dueOn: c.dueOn,
              done: c.status === "done",
            },
          ],
    ),
    ...stages.map(
      (s): TimelineEvent => ({
        kind: "stage",
        at: s.changedAt.toISOString(),
        from: s.from,
        to: s.to,
        by: s.by,
        reason: s.reason,
      }),
    ),
    ...celebrations.map(
      (c): TimelineEvent => ({
        kind: "celebration",
        at: `${c.on}T12:00:00.000Z`,
        on: c.on,
        celebration: c.kind,
        title: c.title,
        detail: c.detail ?? null,
      }),
    ),
  ];
  return { events: events.sort((a, b) => b.at.localeCompare(a.at)) };
}

// Each viewer's patterns of an engagement as last found, with the engagement's fact number then
// (docs/decisions/033): nothing in them depends on the time of the read.
const keptPatterns = perDatabase(() => new BoundedCache<string, KeptPatterns>(2_000));

interface KeptPatterns {
  version: number;
  patterns: EngagementPatterns;
}

export async function getPatterns(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
): Promise<EngagementPatterns> {
  const [, version] = await Promise.all([
    requireSessionsOf(ctx, viewer, engagementId),
    engagementFactNumber(ctx.db, engagementId),
  ]);
  const kept = keptPatterns(ctx.db);
  const key = `${engagementId}:${viewer.userId}`;
  const found = kept.get(key);
  if (found?.version === version) return found.patterns;
  const patterns = await findPatterns(ctx, viewer, engagementId);
  kept.set(key, { version, patterns });
  return patterns;
}

async function findPatterns(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
): Promise<EngagementPatterns> {
  const parts = await selectPatternParts(ctx.db, engagementId, viewer.userId);
  const held = parts.sessions.filter((s) => s.status === "scheduled");
  const dates = held.map((s) => ({ sessionId: s.sessionId, startsAt: s.startsAt }));
  const ratings = held.flatMap((s) =>
    s.rating === null ? [] : [{ sessionId: s.sessionId, startsAt: s.startsAt, rating: s.rating }],
  );
  const obstacles = parts.plans.map((p) => ({
    goalId: p.goalId,
    goal: p.goal,
    version: p.version,
    obstacles: (p.obstacles ?? []).map((o) => ({ id: o.id, obstacle: o.obstacle })),
  }));
  const words = wordsOfObstacles(obstacles);
  const obstaclePhrases = await selectPhraseRows(ctx.db, engagementId, viewer.userId, words);
  return {
    themes: recurringThemes(parts.themes),
    obstacles: recurringObstacles(obstacles, obstaclePhrases, dates),
    ratings: ratingsTrend(ratings),
    keyPhrases: recurringPhrases(parts.phrases, KEY_PHRASES),
  };
}
