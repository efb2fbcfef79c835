import path from "node:path";
import type { FastifyInstance, FastifyServerOptions } from "fastify";
import { buildApp } from "./app";
import type { Config } from "./config";
import type { AppContext } from "./context";
import { type DatabaseHandle, openEmbedded, openServer } from "./db/database";
import { migrate } from "./db/migrate";
import { type DemoLogin, remainingDemoLogins, seedDemoIfEmpty } from "./demo/seed-demo";
import { startJobQueue } from "./jobs/job-queue";
import { registerWorkers } from "./jobs/workers";
import { addPdfFonts } from "./pdf/pdf-fonts";
import { lockDataDir } from "./runtime/data-dir-lock";
import { loadSecrets } from "./runtime/secrets";

export interface RunningKeel {
  app: FastifyInstance;
  ctx: AppContext;
  url: string;
  /** The demo practice's logins, when it runs: made at this start, or at an earlier one. */
  demo: { created: boolean; logins: DemoLogin[] } | null;
  stop(): Promise<void>;
}

/** Opens the database, applies migrations, starts the job queue and serves Keel. */
export async function startKeel(
  config: Config,
  logger: FastifyServerOptions["logger"],
): Promise<RunningKeel> {
  if (config.pdfFontsDir) addPdfFonts(config.pdfFontsDir);
  const releaseLock = config.databaseUrl ? () => {} : lockDataDir(config.dataDir);
  let handle: DatabaseHandle | undefined;
  try {
    const secrets = loadSecrets(config);
    handle = config.databaseUrl
      ? await openServer(config.databaseUrl, config.databasePoolSize)
      : await openEmbedded(path.join(config.dataDir, "pgdata"));
    await migrate(handle);
    const jobs = await startJobQueue(handle, { maintenance: true });
    const { app, ctx } = await buildApp({
      config,
      database: handle,
      jobs,
      authSecret: secrets.authSecret,
      logger,
    });
    await registerWorkers(jobs, {
      db: handle.db,
      config,
      log: app.log,
      authSecret: secrets.authSecret,
      competencyModels: ctx.competencyModels,
    });
    const demo = config.demo && handle.kind === "embedded" ? await openDemo(ctx) : null;
    await app.listen({ port: config.port, host: config.host });
    const opened = handle;
    return {
      app,
      ctx,
      url: `http://${config.host}:${(app.server.address() as { port: number }).port}`,
      demo,
      async stop() {
        await app.close();
        await jobs.stop();
        await opened.close();
        releaseLock();
      },
    };
  } catch (error) {
    await handle?.close().catch(() => {});
    releaseLock();
    throw error;
  }
}

async function openDemo(ctx: AppContext): Promise<{ created: boolean; logins: DemoLogin[] }> {
  const created = await seedDemoIfEmpty(ctx);
  return created
    ? { created: true, logins: created }
    : { created: false, logins: await remainingDemoLogins(ctx) };
}
