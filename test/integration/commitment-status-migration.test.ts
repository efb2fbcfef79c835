import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { afterAll, describe, expect, it } from "vitest";
import { openEmbedded } from "../../src/server/db/database";
import { MIGRATIONS_FOLDER } from "../../src/server/db/migrate";

// Commitments ticked off before they had a status keep what they were: a row done before the
// migration is "done", marked when it was ticked; one not done is open.

const BEFORE_STATUS = "0027_session_read_indexes";

function migrationsUpTo(tag: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), "keel-migrations-"));
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalPath = path.join(folder, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8"));
  const last = journal.entries.findIndex((entry: { tag: string }) => entry.tag === tag);
  journal.entries = journal.entries.slice(0, last + 1);
  writeFileSync(journalPath, JSON.stringify(journal));
  return folder;
}

describe("the commitment status migration", () => {
  const folders: string[] = [];
  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it("makes ticked commitments done and the others open", async () => {
    const handle = await openEmbedded(undefined);
    if (handle.kind !== "embedded") throw new Error("expected PGlite");
    const db = handle.db as unknown as PgliteDatabase;
    try {
      const before = migrationsUpTo(BEFORE_STATUS);
      folders.push(before);
      await migrate(db, { migrationsFolder: before });
      const doneAt = "2026-11-20T09:30:00.000Z";
      const [practice, person, engagement, session] = [1, 2, 3, 4].map(
        (n) => `00000000-0000-4000-8000-00000000000${n}`,
      );
      await handle.pglite.exec(`
        insert into practice (id, name) values ('${practice}', 'Practice');
        insert into "user" (id, name, email) values ('${person}', 'Maya', 'maya@example.com');
        insert into engagement
          (id, practice_id, coach_id, client_id, title, start_date, sessions_planned)
        values ('${engagement}', '${practice}', '${person}', '${person}', 'E', '2026-11-01', 6);
        insert into coaching_session
          (id, engagement_id, coach_id, starts_at, ends_at, busy_until, time_zone, mode, ical_uid,
           booked_by)
        values ('${session}', '${engagement}', '${person}', '2026-11-20T09:00Z',
          '2026-11-20T10:00Z', '2026-11-20T10:00Z', 'Europe/London', 'video', 's@keel',
          '${person}');
        insert into session_commitment
          (engagement_id, session_id, text, owner_id, due_on, done_at, created_by)
        values
          ('${engagement}', '${session}', 'Ticked', '${person}', '2026-11-21', '${doneAt}',
           '${person}'),
          ('${engagement}', '${session}', 'Not yet', '${person}', '2026-11-21', null,
           '${person}');
      `);
      await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
      const rows = await handle.pglite.query<{
        text: string;
        status: string;
        marked_at: Date | null;
      }>("select text, status, marked_at from session_commitment order by text");
      expect(
        rows.rows.map((row) => [row.text, row.status, row.marked_at?.toISOString() ?? null]),
      ).toEqual([
        ["Not yet", "open", null],
        ["Ticked", "done", doneAt],
      ]);
    } finally {
      await handle.close();
    }
  });
});
