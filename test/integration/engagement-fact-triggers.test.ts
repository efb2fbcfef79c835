import { readFileSync } from "node:fs";
import { getTableName, isTable, type Table } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, rawQuery } from "../../src/server/db/database";
import * as schema from "../../src/server/db/schema";
import { ENGAGEMENT_FACT_TABLES } from "../../src/server/engagements/fact-version";
import { copyTemplateDatabase, databaseKinds } from "../support/test-database";

/**
 * The coach's home keeps each engagement's warnings, and the patterns view each viewer's patterns,
 * while the number its facts' triggers move stays the same (docs/decisions/033). A table read
 * there without that trigger would let what is kept go stale: this fails first.
 */
const READERS = {
  "the early-warning rules": "../../src/server/accountability/snapshot-queries.ts",
  "the patterns view": "../../src/server/sessions/patterns-queries.ts",
  "a programme's figures": "../../src/server/programmes/participant-facts.ts",
};
/** Read there, but nothing kept depends on a change to them. */
const NOT_FACTS: Record<string, string> = {
  user: "people's names and zones: the coach's home reads them afresh on every visit",
  practice_theme: "a theme's label is never changed once added",
  programme_participant: "a programme's participants are part of the fingerprint itself",
  engagement_fact_version: "the numbers themselves",
};
const TRIGGER_INSERT = 4;
const TRIGGER_DELETE = 8;
const TRIGGER_UPDATE = 16;

/** The tables a source file takes from the schema. */
function tablesReadBy(file: string): string[] {
  const source = readFileSync(new URL(file, import.meta.url), "utf8");
  const imported = source.match(/import \{([^}]*)\} from "\.\.\/db\/schema"/)?.[1] ?? "";
  return imported
    .split(",")
    .map((name) => (schema as Record<string, unknown>)[name.trim()])
    .filter((value): value is Table => isTable(value))
    .map((table) => getTableName(table));
}

describe("the tables read for what is kept", () => {
  it.each(Object.entries(READERS))("by %s all move the engagement's number", (_who, file) => {
    const read = tablesReadBy(file).filter((table) => !(table in NOT_FACTS));
    expect(read.length).toBeGreaterThan(3);
    for (const table of read) expect(ENGAGEMENT_FACT_TABLES).toContain(table);
  });
});

describe.each(databaseKinds())("engagement fact triggers on the %s database", (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await copyTemplateDatabase(kind);
  });
  afterAll(() => handle.close());

  it.each(ENGAGEMENT_FACT_TABLES.map((table) => [table]))(
    "moves the number on every insert, update and delete of %s",
    async (table) => {
      const rows = await rawQuery<{ tgtype: number }>(
        handle,
        `select t.tgtype from pg_trigger t
         join pg_class c on c.oid = t.tgrelid
         join pg_proc p on p.oid = t.tgfoid
         where c.relname = $1 and p.proname like 'keel_move_engagement_%'`,
        [table],
      );
      const on = (bit: number) => rows.some((t) => (t.tgtype & bit) !== 0);
      expect(on(TRIGGER_INSERT) && on(TRIGGER_UPDATE) && on(TRIGGER_DELETE)).toBe(true);
    },
  );
});
