import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<
  PgQueryResultHKT,
  Schema,
  ExtractTablesWithRelations<Schema>
>;
/** Anything a query can run on: the database or a transaction inside it. */
export type Executor = Database | Transaction;

export type DatabaseHandle =
  | { kind: "embedded"; db: Database; pglite: PGlite; close(): Promise<void> }
  | { kind: "server"; db: Database; pool: pg.Pool; url: string; close(): Promise<void> };

export async function openEmbedded(dataDir: string | undefined): Promise<DatabaseHandle> {
  // btree_gist: the exclusion constraint that keeps a coach out of two sessions at once.
  const pglite = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    extensions: { btree_gist },
  });
  const db = drizzlePglite(pglite, { schema }) as unknown as Database;
  return { kind: "embedded", db, pglite, close: () => pglite.close() };
}

/**
 * Keel names only the statements it runs on every request, and each is shaped to follow an
 * index; PostgreSQL would otherwise re-plan some on every run (a `limit $n` makes the kept plan
 * look dearer than it is), which cost more than running them (docs/decisions/010).
 */
const GENERIC_PLANS = "-c plan_cache_mode=force_generic_plan";

/**
 * The address without its startup options, and those options with generic plans added: node-postgres
 * lets options in the address override the ones it is given.
 */
function withGenericPlans(url: string): { connectionString: string; options: string } {
  const address = new URL(url);
  const own = address.searchParams.get("options");
  address.searchParams.delete("options");
  return {
    connectionString: address.toString(),
    options: own ? `${own} ${GENERIC_PLANS}` : GENERIC_PLANS,
  };
}

export async function openServer(url: string, max = 10): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ ...withGenericPlans(url), max });
  pool.on("error", () => {
    // An idle client lost its connection; the pool replaces it on the next query.
  });
  await pool.query("select 1");
  const db = drizzlePg(pool, { schema }) as unknown as Database;
  return { kind: "server", db, pool, url, close: () => pool.end() };
}

/** Runs one SQL statement, on whichever engine the handle holds. */
export async function rawQuery<T>(
  handle: DatabaseHandle,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  if (handle.kind === "embedded") return (await handle.pglite.query<T>(text, params)).rows;
  return (await handle.pool.query(text, params)).rows as T[];
}
