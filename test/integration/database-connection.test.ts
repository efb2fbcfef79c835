import { describe, expect, it } from "vitest";
import { openServer, rawQuery } from "../../src/server/db/database";

const ADMIN_URL = process.env.TEST_DATABASE_URL;

// Keel's named statements are written for one generic plan each (decision 010).
describe.skipIf(!ADMIN_URL)("connections to a PostgreSQL server", () => {
  it("keep one generic plan per named statement", async () => {
    const handle = await openServer(ADMIN_URL as string, 2);
    try {
      const [row] = await rawQuery<{ plan_cache_mode: string }>(handle, "show plan_cache_mode");
      expect(row?.plan_cache_mode).toBe("force_generic_plan");
    } finally {
      await handle.close();
    }
  });

  it("keep the options of the database address as well", async () => {
    const url = new URL(ADMIN_URL as string);
    url.searchParams.set("options", "-c statement_timeout=4321");
    const handle = await openServer(url.toString(), 2);
    try {
      const [timeout] = await rawQuery<{ statement_timeout: string }>(
        handle,
        "show statement_timeout",
      );
      const [plans] = await rawQuery<{ plan_cache_mode: string }>(handle, "show plan_cache_mode");
      expect(timeout?.statement_timeout).toBe("4321ms");
      expect(plans?.plan_cache_mode).toBe("force_generic_plan");
    } finally {
      await handle.close();
    }
  });
});
