import { and, eq, sql } from "drizzle-orm";
import type { CelebrationView, EngagementCelebrations } from "../../contract/accountability";
import {
  celebrationKey,
  isNews,
  markerAfterSeeing,
  type SeenMarker,
} from "../../domain/accountability/celebration-news";
import { type Celebration, celebrationsSince } from "../../domain/accountability/celebrations";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import type { Database, Executor } from "../db/database";
import { perDatabase } from "../db/per-database";
import { preparedStatement } from "../db/prepared-statements";
import { celebrationSeen, engagement } from "../db/schema";
import { findEngagementForClientWork } from "../engagements/client-work";
import { invalidInput } from "../http/errors";
import { BoundedCache } from "../runtime/bounded-cache";
import { engagementSnapshot } from "./snapshots";
import { engagementVersions, withToday } from "./warnings-kept";

// What went well in an engagement, for its client and coach (the sponsor and the admin are
// refused): each celebration with whether the viewer has still to see it. Each person's marker
// says up to where they have seen them, so a celebration shows once as news to each.

const REFUSAL = "Only the client and their coach see the engagement's celebrations.";

interface FoundCelebrations {
  celebrations: Celebration[];
  today: string;
}

// Each engagement's celebrations as last found, with its fact number and its day (decision 033).
const keptIn = perDatabase(
  () => new BoundedCache<string, { found: string } & FoundCelebrations>(5_000),
);

const oneVersion = preparedStatement((db: Database) =>
  engagementVersions(db, eq(engagement.id, sql.placeholder("engagementId"))).prepare(
    "keel_engagement_fact_day",
  ),
);

/** Every celebration of the engagement up to today, oldest first; none before anything happened. */
export async function celebrationsOfEngagement(
  ctx: Pick<AppContext, "db">,
  engagementId: string,
  now = new Date(),
): Promise<FoundCelebrations> {
  const [row] = withToday(await oneVersion(ctx.db).execute({ engagementId }), now);
  if (!row) return { celebrations: [], today: "" };
  const cache = keptIn(ctx.db);
  const found = `${row.version}|${row.today}`;
  const entry = cache.get(engagementId);
  if (entry && entry.found === found) return entry;
  const snapshot = await engagementSnapshot(ctx, engagementId, now);
  if (!snapshot) return { celebrations: [], today: "" };
  const fresh = { found, celebrations: celebrationsSince(snapshot, null), today: snapshot.today };
  cache.set(engagementId, fresh);
  return fresh;
}

export async function getCelebrations(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
  now = new Date(),
): Promise<EngagementCelebrations> {
  await findEngagementForClientWork(ctx.db, viewer, engagementId, REFUSAL);
  const [{ celebrations, today }, marker] = await Promise.all([
    celebrationsOfEngagement(ctx, engagementId, now),
    markerOf(ctx.db, engagementId, viewer.userId),
  ]);
  return viewOf(celebrations, marker, today);
}

/** The viewer has seen these: their marker moves past them (never back). */
export async function markCelebrationsSeen(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
  keys: string[],
  now = new Date(),
): Promise<EngagementCelebrations> {
  await findEngagementForClientWork(ctx.db, viewer, engagementId, REFUSAL);
  const { celebrations, today } = await celebrationsOfEngagement(ctx, engagementId, now);
  const byKey = new Map(celebrations.map((c) => [celebrationKey(c), c]));
  const problems = keys.flatMap((key, i) =>
    byKey.has(key)
      ? []
      : [{ path: `keys.${i}`, message: "No such celebration in this engagement" }],
  );
  if (problems.length > 0) throw invalidInput(problems);
  const seen = keys.flatMap((key) => byKey.get(key) ?? []);
  const marker = await ctx.db.transaction(async (tx) => {
    await tx
      .insert(celebrationSeen)
      .values({ engagementId, userId: viewer.userId, through: "0001-01-01" })
      .onConflictDoNothing();
    const held = await markerOf(tx, engagementId, viewer.userId, true);
    const next = markerAfterSeeing(held, seen);
    if (next && next !== held) {
      await tx
        .update(celebrationSeen)
        .set({ through: next.through, keysOnDay: next.keysOnDay })
        .where(
          and(
            eq(celebrationSeen.engagementId, engagementId),
            eq(celebrationSeen.userId, viewer.userId),
          ),
        );
    }
    return next;
  });
  return viewOf(celebrations, marker, today);
}

async function markerOf(
  db: Executor,
  engagementId: string,
  userId: string,
  forUpdate = false,
): Promise<SeenMarker | null> {
  const query = db
    .select({ through: celebrationSeen.through, keysOnDay: celebrationSeen.keysOnDay })
    .from(celebrationSeen)
    .where(and(eq(celebrationSeen.engagementId, engagementId), eq(celebrationSeen.userId, userId)));
  const [row] = forUpdate ? await query.for("update") : await query;
  return row ?? null;
}

function viewOf(
  celebrations: Celebration[],
  marker: SeenMarker | null,
  today: string,
): EngagementCelebrations {
  return {
    celebrations: [...celebrations].reverse().map(
      (c): CelebrationView => ({
        key: celebrationKey(c),
        kind: c.kind,
        title: c.title,
        detail: c.detail ?? null,
        on: c.on,
        isNew: isNews(c, marker, today),
        evidence: c.evidence.map(({ kind, id, on }) => (on ? { kind, id, on } : { kind, id })),
      }),
    ),
  };
}
