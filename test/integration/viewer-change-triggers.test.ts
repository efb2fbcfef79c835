import { getTableName } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { viewerColumns } from "../../src/server/access/viewer";
import { type DatabaseHandle, rawQuery } from "../../src/server/db/database";
import { session } from "../../src/server/db/schema";
import { copyTemplateDatabase, databaseKinds } from "../support/test-database";

/**
 * Verified sessions are trusted while the database announces every change to what they rest on
 * (docs/decisions/012). A column added to the viewer without a trigger that announces its
 * changes would let a process serve a stale viewer for up to a minute: this fails first.
 * Primary keys are left out: a row keeps its id, and its removal is checked.
 */
const restsOn: PgColumn[] = [
  ...Object.values(viewerColumns),
  session.token,
  session.userId,
  session.expiresAt,
].filter((column) => !column.primary);

const TRIGGER_UPDATE = 16;
const TRIGGER_DELETE = 8;

describe.each(databaseKinds())("viewer change triggers on the %s database", (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await copyTemplateDatabase(kind);
  });
  afterAll(() => handle.close());

  it.each(restsOn.map((column) => [`${getTableName(column.table)}.${column.name}`, column]))(
    "announces an update of %s and the removal of its row",
    async (_label, column) => {
      const table = getTableName((column as PgColumn).table);
      const rows = await rawQuery<{ tgtype: number; columns: string[] }>(
        handle,
        `select t.tgtype, array(
            select a.attname::text from pg_attribute a
            where a.attrelid = t.tgrelid and a.attnum = any(t.tgattr::int2[])
          ) as columns
         from pg_trigger t
         join pg_class c on c.oid = t.tgrelid
         join pg_proc p on p.oid = t.tgfoid
         where c.relname = $1 and p.proname = 'keel_announce_viewer_change'`,
        [table],
      );
      const onUpdate = rows.filter(
        (t) =>
          (t.tgtype & TRIGGER_UPDATE) !== 0 &&
          (t.columns.length === 0 || t.columns.includes((column as PgColumn).name)),
      );
      expect(onUpdate.length, `no trigger announces updates of ${table}`).toBeGreaterThan(0);
      expect(rows.some((t) => (t.tgtype & TRIGGER_DELETE) !== 0)).toBe(true);
    },
  );
});
