import type { PgTable } from "drizzle-orm/pg-core";
import type { Database } from "../../src/server/db/database";

export type Random = () => number;

export async function insertBatches<T extends PgTable>(
  db: Database,
  table: T,
  rows: T["$inferInsert"][],
  size = 500,
): Promise<void> {
  for (let i = 0; i < rows.length; i += size)
    await db.insert(table).values(rows.slice(i, i + size));
}

/** A small deterministic generator (mulberry32), so every run seeds the same answers. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
