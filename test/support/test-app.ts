import { eq } from "drizzle-orm";
import type { FastifyInstance, FastifyServerOptions } from "fastify";
import { afterAll, beforeAll } from "vitest";
import { buildApp } from "../../src/server/app";
import { type Config, loadConfig } from "../../src/server/config";
import type { AppContext } from "../../src/server/context";
import type { DatabaseHandle } from "../../src/server/db/database";
import { mail } from "../../src/server/db/schema";
import { type JobQueue, startJobQueue } from "../../src/server/jobs/job-queue";
import { registerWorkers } from "../../src/server/jobs/workers";
import { copyTemplateDatabase, type DatabaseKind } from "./test-database";

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  handle: DatabaseHandle;
  jobs: JobQueue;
}

export const TEST_AUTH_SECRET = "a-test-secret-that-is-long-enough-to-sign-sessions";

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: "test",
    PORT: "3999",
    KEEL_PUBLIC_URL: "http://keel.test",
    ...overrides,
  });
}

/** Builds Keel in-process on a private database copy, for the tests of one file. */
export async function startTestApp(
  kind: DatabaseKind,
  options: {
    config?: Config;
    logger?: FastifyServerOptions["logger"];
    webRoot?: string;
    beforeReady?: (app: FastifyInstance) => void;
  } = {},
): Promise<TestApp> {
  const handle = await copyTemplateDatabase(kind);
  const jobs = await startJobQueue(handle, { maintenance: false, pollingIntervalSeconds: 0.5 });
  const { app, ctx } = await buildApp({
    config: options.config ?? testConfig(),
    database: handle,
    jobs,
    authSecret: TEST_AUTH_SECRET,
    logger: options.logger ?? false,
    ...(options.webRoot ? { webRoot: options.webRoot } : {}),
  });
  await registerWorkers(jobs, {
    db: handle.db,
    config: ctx.config,
    log: app.log,
    authSecret: ctx.authSecret,
    competencyModels: ctx.competencyModels,
  });
  options.beforeReady?.(app);
  await app.ready();
  return { app, ctx, handle, jobs };
}

export async function stopTestApp(test: TestApp | undefined): Promise<void> {
  if (!test) return;
  await test.app.close();
  await test.jobs.stop();
  await test.handle.close();
}

/** beforeAll/afterAll around one test app; read `.current` inside tests. */
export function useTestApp(kind: DatabaseKind, options: Parameters<typeof startTestApp>[1] = {}) {
  const holder: { current: TestApp } = { current: undefined as unknown as TestApp };
  beforeAll(async () => {
    holder.current = await startTestApp(kind, options);
  });
  afterAll(async () => {
    await stopTestApp(holder.current);
  });
  return holder;
}

/** The newest mail sent to an address, as it was recorded for delivery. */
export async function lastMailTo(ctx: AppContext, to: string) {
  const rows = await ctx.db.select().from(mail).where(eq(mail.to, to));
  const newest = rows.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
  if (!newest) throw new Error(`no mail to ${to}`);
  return newest;
}

export function linkIn(text: string, pathPrefix: string): string {
  const match = text.match(new RegExp(`https?://\\S+${pathPrefix}\\S+`));
  if (!match) throw new Error(`no ${pathPrefix} link in: ${text}`);
  return match[0];
}
