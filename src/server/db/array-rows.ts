import { fillPlaceholders } from "drizzle-orm";
import pg from "pg";
import type { Database } from "./database";

/** A row as the database sends it: one value per selected column, in the order selected. */
export type ArrayRow = readonly unknown[];

/**
 * A statement built with Drizzle and prepared once, whose rows come back as arrays in the
 * selection's order, with dates and timestamps as PostgreSQL's text. Drizzle's own row mapping
 * checks the kind of every field of every row; for the widest lists that was a quarter of the
 * server's CPU time, so these lists map their rows by hand (see engagements/queries.ts).
 */
export function prepareArrayRows(
  db: Database,
  name: string,
  query: { toSQL(): { sql: string; params: unknown[] } },
) {
  const { sql: text, params } = query.toSQL();
  const client = (db as unknown as { $client: unknown }).$client;
  if (client instanceof pg.Pool) {
    return async (values: Record<string, unknown>): Promise<ArrayRow[]> => {
      const result = await client.query({
        name,
        text,
        values: fillPlaceholders(params, values),
        rowMode: "array",
        types: { getTypeParser: textForDates },
      });
      return result.rows as ArrayRow[];
    };
  }
  const pglite = client as {
    query(text: string, params: unknown[], options: object): Promise<{ rows: ArrayRow[] }>;
  };
  return async (values: Record<string, unknown>): Promise<ArrayRow[]> => {
    const result = await pglite.query(text, fillPlaceholders(params, values), {
      rowMode: "array",
      parsers: DATES_AS_TEXT,
    });
    return result.rows;
  };
}

const { builtins } = pg.types;
const DATE_TYPES = new Set<number>([builtins.DATE, builtins.TIMESTAMP, builtins.TIMESTAMPTZ]);
const DATES_AS_TEXT = Object.fromEntries([...DATE_TYPES].map((oid) => [oid, (v: string) => v]));

function textForDates(oid: number, format?: string) {
  if (DATE_TYPES.has(oid)) return (value: string) => value;
  return pg.types.getTypeParser(oid, format as "text");
}
