import { asc, eq, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { evaluate } from "../../domain/accountability/evaluate";
import type { EngagementSnapshot } from "../../domain/accountability/snapshot";
import type { Thresholds } from "../../domain/accountability/thresholds";
import type { Warning } from "../../domain/accountability/warning";
import { knownTimeZone, localParts } from "../../domain/sessions/zoned-time";
import type { Database } from "../db/database";
import { perDatabase } from "../db/per-database";
import { checkInSchedule, engagement, engagementFactVersion, user } from "../db/schema";
import { BoundedCache } from "../runtime/bounded-cache";

// Each engagement's warnings as last found, with what they were found from: the number its facts'
// triggers move (engagement_fact_version, docs/decisions/033), the day in its zone and its
// thresholds. The coach's home and a programme's health find them again only when one of the
// three has moved; both read the engagements' numbers first, then the snapshots if need be.

export interface EngagementVersion {
  id: string;
  title: string;
  client: { id: string; name: string };
  /** The day in the engagement's zone (the check-in schedule's, else its coach's). */
  today: string;
  version: number;
}

/** The engagements `which` picks, with what the snapshots read their days by and their numbers. */
export function engagementVersions(db: Database, which: SQL) {
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
    .where(which)
    .orderBy(asc(user.name), asc(engagement.id));
}

type VersionRow = Awaited<ReturnType<typeof engagementVersions>>[number];

/** Each row with its day, in the zone the snapshots use for it. */
export function withToday(rows: VersionRow[], now: Date): EngagementVersion[] {
  return rows.map(({ coachZone, scheduleZone, ...row }) => {
    const zone = knownTimeZone(scheduleZone ?? "") ?? knownTimeZone(coachZone ?? "") ?? "UTC";
    return { ...row, today: localParts(now, zone).date };
  });
}

interface Kept {
  found: string;
  warnings: Warning[];
}

const keptIn = perDatabase(() => new BoundedCache<string, Kept>(50_000));

/**
 * Each engagement's warnings: kept ones while what they were found from is the same, else every
 * engagement's found again from `snapshots` (read after the numbers, so never older than them).
 */
export async function warningsOf(
  db: Database,
  engagements: EngagementVersion[],
  thresholdsOf: (engagementId: string) => Thresholds,
  snapshots: () => Promise<Map<string, EngagementSnapshot>>,
): Promise<Map<string, Warning[]>> {
  const cache = keptIn(db);
  // Most engagements share the practice's thresholds: each object is written out once.
  const written = new Map<Thresholds, string>();
  const thresholdsText = (id: string) => {
    const thresholds = thresholdsOf(id);
    let text = written.get(thresholds);
    if (text === undefined) {
      text = JSON.stringify(thresholds);
      written.set(thresholds, text);
    }
    return text;
  };
  const found = new Map(
    engagements.map((e) => [e.id, `${e.version}|${e.today}|${thresholdsText(e.id)}`]),
  );
  const warnings = new Map<string, Warning[]>();
  for (const e of engagements) {
    const entry = cache.get(e.id);
    if (entry && entry.found === found.get(e.id)) warnings.set(e.id, entry.warnings);
  }
  if (warnings.size === engagements.length) return warnings;
  const read = await snapshots();
  for (const e of engagements) {
    const snapshot = read.get(e.id);
    if (!snapshot) continue;
    const fresh = evaluate(snapshot, thresholdsOf(e.id));
    cache.set(e.id, { found: found.get(e.id) as string, warnings: fresh });
    warnings.set(e.id, fresh);
  }
  return warnings;
}
