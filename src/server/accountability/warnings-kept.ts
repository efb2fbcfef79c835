import { and, asc, eq, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Warning } from "../../domain/accountability/warning";
import { knownTimeZone, localParts } from "../../domain/sessions/zoned-time";
import type { Viewer } from "../access/viewer";
import type { Database } from "../db/database";
import { preparedStatement } from "../db/prepared-statements";
import { checkInSchedule, engagement, engagementFactVersion, user } from "../db/schema";
import { BoundedCache } from "../runtime/bounded-cache";

// Each engagement's warnings as last found, with what they were found from: the number its facts'
// triggers move (engagement_fact_version, docs/decisions/033), the day in its zone and its
// thresholds. The coach's home finds them again only when one of the three has moved.

export interface OwnEngagementVersion {
  id: string;
  title: string;
  client: { id: string; name: string };
  /** The day in the engagement's zone (the check-in schedule's, else the coach's). */
  today: string;
  version: number;
}

function prepareOwnVersions(db: Database) {
  const coach = alias(user, "coach");
  return db
    .select({
      id: engagement.id,
      title: engagement.title,
      client: { id: user.id, name: user.name },
      coachZone: coach.timeZone,
      scheduleZone: checkInSchedule.timeZone,
      version: sql<number>`coalesce(${engagementFactVersion.version}, 0)::int`,
    })
    .from(engagement)
    .innerJoin(user, eq(user.id, engagement.clientId))
    .innerJoin(coach, eq(coach.id, engagement.coachId))
    .leftJoin(checkInSchedule, eq(checkInSchedule.engagementId, engagement.id))
    .leftJoin(engagementFactVersion, eq(engagementFactVersion.engagementId, engagement.id))
    .where(
      and(
        eq(engagement.coachId, sql.placeholder("coachId")),
        eq(engagement.practiceId, sql.placeholder("practiceId")),
        ne(engagement.stage, "closed"),
      ),
    )
    .orderBy(asc(user.name), asc(engagement.id))
    .prepare("keel_coach_fact_versions");
}

const ownVersions = preparedStatement(prepareOwnVersions);

/** The coach's open engagements, as the snapshots read them, with their facts' numbers. */
export async function ownEngagementVersions(
  db: Database,
  viewer: Pick<Viewer, "userId" | "practiceId">,
  now: Date,
): Promise<OwnEngagementVersion[]> {
  const rows = await ownVersions(db).execute({
    coachId: viewer.userId,
    practiceId: viewer.practiceId,
  });
  return rows.map(({ coachZone, scheduleZone, ...row }) => {
    const zone = knownTimeZone(scheduleZone ?? "") ?? knownTimeZone(coachZone ?? "") ?? "UTC";
    return { ...row, today: localParts(now, zone).date };
  });
}

interface Kept {
  found: string;
  warnings: Warning[];
}

const kept = new WeakMap<Database, BoundedCache<string, Kept>>();

function keptIn(db: Database): BoundedCache<string, Kept> {
  let cache = kept.get(db);
  if (!cache) {
    cache = new BoundedCache(20_000);
    kept.set(db, cache);
  }
  return cache;
}

/** What an engagement's warnings were found from. */
export const foundFrom = (e: OwnEngagementVersion, thresholds: unknown) =>
  `${e.version}|${e.today}|${JSON.stringify(thresholds)}`;

export function keptWarnings(db: Database, engagementId: string, found: string) {
  const entry = keptIn(db).get(engagementId);
  return entry?.found === found ? entry.warnings : undefined;
}

export function keepWarnings(
  db: Database,
  engagementId: string,
  found: string,
  warnings: Warning[],
) {
  keptIn(db).set(engagementId, { found, warnings });
}
