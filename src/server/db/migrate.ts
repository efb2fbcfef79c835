import path from "node:path";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePg } from "drizzle-orm/node-postgres/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { PROJECT_ROOT } from "../project-root";
import { withStartupLock } from "./advisory-lock";
import type { DatabaseHandle } from "./database";

export const MIGRATIONS_FOLDER = path.join(PROJECT_ROOT, "drizzle");

/** Applies the checked-in migrations. On a server, an advisory lock lets many processes start at once. */
export async function migrate(handle: DatabaseHandle): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_FOLDER };
  await withStartupLock(handle, "keel.migrate", () =>
    handle.kind === "embedded"
      ? migratePglite(handle.db as unknown as PgliteDatabase, config)
      : migrateNodePg(handle.db as unknown as NodePgDatabase, config),
  );
}
