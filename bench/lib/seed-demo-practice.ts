import { buildApp } from "../../src/server/app";
import { loadConfig } from "../../src/server/config";
import type { DatabaseHandle } from "../../src/server/db/database";
import { seedDemoIfEmpty } from "../../src/server/demo/seed-demo";
import { startJobQueue } from "../../src/server/jobs/job-queue";

/**
 * The demo practice, as the first start on the embedded database makes it, on either database:
 * the review and final report are measured on its finished engagement. It must come first, as
 * the demo is seeded only into a database without a practice.
 */
export async function seedDemoPractice(handle: DatabaseHandle, secret: string): Promise<void> {
  const jobs = await startJobQueue(handle, { maintenance: false });
  const { app, ctx } = await buildApp({
    config: loadConfig({ NODE_ENV: "test", PORT: "3999", KEEL_SECRET: secret }),
    database: handle,
    jobs,
    authSecret: secret,
    logger: false,
  });
  try {
    await seedDemoIfEmpty(ctx);
  } finally {
    await app.close();
    await jobs.stop();
  }
}
