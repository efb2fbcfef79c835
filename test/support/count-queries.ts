import { vi } from "vitest";
import type { DatabaseHandle } from "../../src/server/db/database";
import type { TestApp } from "./test-app";

/** Counts the SQL statements the app sends, leaving out the job queue's polling. */
export function countQueries(t: TestApp) {
  const handle: DatabaseHandle = t.handle;
  const spy =
    handle.kind === "embedded"
      ? vi.spyOn(handle.pglite, "query")
      : vi.spyOn(handle.pool, "query" as never);
  return {
    stop() {
      const calls = spy.mock.calls.filter(([text]) => {
        const sqlText = typeof text === "string" ? text : (text as { text?: string })?.text;
        return !String(sqlText).includes("pgboss");
      });
      spy.mockRestore();
      return calls.length;
    },
  };
}
