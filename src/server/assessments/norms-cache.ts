import { setImmediate as nextTurn } from "node:timers/promises";
import type { Answers, InstrumentDefinition } from "../../domain/assessment/instrument";
import {
  type PopulationStats,
  type ScalePopulation,
  scalePopulation,
} from "../../domain/assessment/profile";
import type { Database } from "../db/database";
import { perDatabase } from "../db/per-database";
import { BoundedCache } from "../runtime/bounded-cache";
import { selectPopulation, selectPopulationFingerprint } from "./queries";

const MAX_ENTRIES = 500;

interface Entry {
  fingerprint: string;
  stats: PopulationStats;
}

const cacheOf = perDatabase(() => new BoundedCache<string, Entry>(MAX_ENTRIES));
const inFlight = new Map<string, Promise<PopulationStats>>();

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
  if (hit && hit.fingerprint === fingerprint) return hit.stats;
  // Every request that finds the norms out of date waits for one computation, not its own.
  const flightKey = `${key}@${fingerprint}`;
  let computing = inFlight.get(flightKey);
  if (!computing) {
    computing = selectPopulation(db, practiceId, instrumentId)
      .then((population) => computeStats(definition, population))
      .finally(() => inFlight.delete(flightKey));
    inFlight.set(flightKey, computing);
  }
  const stats = await computing;
  cache.set(key, { fingerprint, stats });
  return stats;
}

/**
 * Scores the population a scale at a time, letting other requests run in between: for thousands
 * of IPIP-NEO responses the whole takes about a second and a half, which would otherwise stall
 * every request of the process.
 */
async function computeStats(
  definition: InstrumentDefinition,
  population: Answers[],
): Promise<PopulationStats> {
  const scales: Record<string, ScalePopulation> = {};
  for (const scale of definition.scales) {
    scales[scale.id] = scalePopulation(definition, scale, population);
    await nextTurn();
  }
  return { size: population.length, scales };
}

async function fingerprintOf(db: Database, practiceId: string, instrumentId: string) {
  const { responses, newest } = await selectPopulationFingerprint(db, practiceId, instrumentId);
  return `${responses}@${newest?.toISOString() ?? "-"}`;
}
