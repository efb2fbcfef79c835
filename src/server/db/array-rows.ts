import { Column, fillPlaceholders, is, SQL, Subquery } from "drizzle-orm";
import pg from "pg";
import type { Database } from "./database";

/** A row as the database sends it: one value per selected column, in the order selected. */
type ArrayRow = readonly unknown[];

/** A row of the query as these statements return it: dates and timestamps as PostgreSQL's text. */
export type RowOf<Query extends SelectQuery> = TextDates<Query["_"]["result"][number]>;

type TextDates<Row> = {
  [Key in keyof Row]: Exclude<Row[Key], Date> | (Date extends Row[Key] ? string : never);
};

/** A select built with Drizzle (`db.select({ ... })...`), with the selection it was built from. */
interface SelectQuery {
  toSQL(): { sql: string; params: unknown[] };
  readonly _: { readonly result: unknown[]; readonly config: { fields: object } };
}

/**
 * A statement built with Drizzle and prepared once, whose rows come back from the database as
 * arrays and are named here by the keys of the query's own selection, with dates and timestamps
 * as PostgreSQL's text. Drizzle's own row mapping checks the kind of every field of every row;
 * for the widest lists that was a quarter of the server's CPU time (docs/performance.md).
 */
export function prepareArrayRows<Query extends SelectQuery>(
  db: Database,
  name: string,
  query: Query,
): (values: Record<string, unknown>) => Promise<RowOf<Query>[]> {
  const { sql: text, params } = query.toSQL();
  const toRow = rowNamer(query._.config.fields) as (values: ArrayRow) => RowOf<Query>;
  const run = arrayStatement(db, name, text, params);
  return async (values) => {
    const rows = await run(values);
    return rows.map(toRow);
  };
}

/**
 * Names the values of an array row by the keys of a flat selection, in the order Drizzle writes
 * the selection into the statement (its keys' order), so the two cannot drift apart. The
 * function is generated once per statement: an object literal with fixed keys gives every row
 * one shape, as cheap as naming the values by hand.
 */
export function rowNamer(selection: object): (values: ArrayRow) => Record<string, unknown> {
  const entries = Object.entries(selection);
  for (const [key, field] of entries) {
    if (!isColumnLike(field)) {
      throw new Error(`"${key}" is not a column: array rows are read from flat selections only`);
    }
  }
  const properties = entries.map(([key], index) => `${JSON.stringify(key)}: values[${index}]`);
  return new Function("values", `return { ${properties.join(", ")} };`) as (
    values: ArrayRow,
  ) => Record<string, unknown>;
}

function isColumnLike(field: unknown) {
  return is(field, Column) || is(field, SQL) || is(field, SQL.Aliased) || is(field, Subquery);
}

function arrayStatement(db: Database, name: string, text: string, params: unknown[]) {
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
