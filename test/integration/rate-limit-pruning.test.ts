import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { rowsOf } from "../../src/server/http/rate-limit";
import {
  PRUNE_RATE_LIMITS_QUEUE,
  pruneRateLimitsJob,
} from "../../src/server/jobs/rate-limit-pruning";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

describe.each(databaseKinds())("pruning rate-limit counters on the %s database", (kind) => {
  const t = useTestApp(kind);

  it("deletes the counters whose window has passed and keeps the live ones", async () => {
    const { db, log } = t.current.ctx;
    await db.execute(sql`insert into rate_limit (key, count, reset_at) values
      ('test:expired:1', 3, now() - interval '1 second'),
      ('test:expired:2', 40, now() - interval '2 days'),
      ('test:live', 5, now() + interval '10 minutes')`);
    await pruneRateLimitsJob({ db, log })();
    const keys = rowsOf<{ key: string }>(
      await db.execute(sql`select key from rate_limit where key like 'test:%' order by key`),
    ).map((row) => row.key);
    expect(keys).toEqual(["test:live"]);
  });

  it("is scheduled in the job queue", async () => {
    const rows = rowsOf<{ cron: string }>(
      await t.current.ctx.db.execute(
        sql`select cron from pgboss.schedule where name = ${PRUNE_RATE_LIMITS_QUEUE}`,
      ),
    );
    expect(rows).toHaveLength(1);
  });
});
