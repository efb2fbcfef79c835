import type { InstrumentDefinition } from "../../domain/assessment/instrument";
import { type PopulationStats, populationStats } from "../../domain/assessment/profile";
import type { Database } from "../db/database";
import { selectPopulation, selectPopulationFingerprint } from "./queries";

const MAX_ENTRIES = 500;

interface Entry {
  fingerprint: string;
  stats: PopulationStats;
}

const caches = new WeakMap<Database, Map<string, Entry>>();

/**
 * The practice's local norms on an instrument, scored once and kept while its submitted responses
 * stay the same. Submitted answers are final and a new submission is always the newest, so the
 * count and the newest submission time change whenever the set does, in any process.
 */
export async function practiceNorms(
  db: Database,
  practiceId: string,
  instrumentId: string,
  versionId: string,
  definition: InstrumentDefinition,
): Promise<PopulationStats> {
  const cache = cacheOf(db);
  const key = `${practiceId}:${instrumentId}:${versionId}`;
  const fingerprint = await fingerprintOf(db, practiceId, instrumentId);
  const hit = cache.get(key);
  cache.delete(key);
  if (hit && hit.fingerprint === fingerprint) {
    cache.set(key, hit);
    return hit.stats;
  }
  const stats = populationStats(definition, await selectPopulation(db, practiceId, instrumentId));
  cache.set(key, { fingerprint, stats });
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  return stats;
}

function cacheOf(db: Database): Map<string, Entry> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  return cache;
}

async function fingerprintOf(db: Database, practiceId: string, instrumentId: string) {
  const { responses, newest } = await selectPopulationFingerprint(db, practiceId, instrumentId);
  return `${responses}@${newest?.toISOString() ?? "-"}`;
}
