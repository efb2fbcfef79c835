import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { type DatabaseHandle, openEmbedded, openServer } from "../../src/server/db/database";
import { adminQuery, withDatabase } from "./template-databases";

export type DatabaseKind = "embedded" | "server";

/** The engines this run tests on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export function databaseKinds(): DatabaseKind[] {
  return inject("serverTemplate") ? ["embedded", "server"] : ["embedded"];
}

/** A private copy of the migrated template: each test file gets its own, never a fresh migration. */
export async function copyTemplateDatabase(kind: DatabaseKind): Promise<DatabaseHandle> {
  if (kind === "embedded") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "keel-test-"));
    fs.cpSync(path.join(inject("embeddedTemplateDir"), "pgdata"), path.join(dir, "pgdata"), {
      recursive: true,
    });
    const handle = await openEmbedded(path.join(dir, "pgdata"));
    return {
      ...handle,
      async close() {
        await handle.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    } as DatabaseHandle;
  }
  const template = inject("serverTemplate");
  if (!template) throw new Error("no PostgreSQL template: set TEST_DATABASE_URL");
  const name = `keel_test_${randomBytes(5).toString("hex")}`;
  await adminQuery(template.adminUrl, `create database ${name} template ${template.name}`);
  const handle = await openServer(withDatabase(template.adminUrl, name), 4);
  return {
    ...handle,
    async close() {
      await handle.close();
      await adminQuery(template.adminUrl, `drop database if exists ${name} with (force)`);
    },
  } as DatabaseHandle;
}
