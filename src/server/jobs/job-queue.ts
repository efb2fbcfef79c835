import { type SQL, sql } from "drizzle-orm";
import PgBoss from "pg-boss";
import { withStartupLock } from "../db/advisory-lock";
import type { DatabaseHandle, Executor } from "../db/database";

export interface JobOptions {
  startAfter?: Date;
  retryLimit?: number;
  singletonKey?: string;
  /** Queue the job in this transaction: it exists if, and only if, the transaction commits. */
  tx?: Executor;
}

export type JobHandler<T> = (data: T) => Promise<void>;

/** The one interface every background job goes through: reminders, digests, scheduled sends. */
export interface JobQueue {
  send<T extends object>(name: string, data: T, options?: JobOptions): Promise<void>;
  /** Many jobs of one queue in one statement (a day's course lessons), in `tx` if given. */
  sendMany<T extends object>(name: string, data: T[], options?: { tx?: Executor }): Promise<void>;
  /** `parallel`: the jobs of one fetch run side by side (mail delivery waits on SMTP, not on us). */
  work<T extends object>(
    name: string,
    handler: JobHandler<T>,
    options?: { parallel?: boolean },
  ): Promise<void>;
  /** Runs the queue's job on a cron schedule (UTC); one schedule per queue, shared by every process. */
  schedule(name: string, cron: string): Promise<void>;
  stop(): Promise<void>;
}

export const QUEUES = [
  "mail.deliver",
  "feedback.remind",
  "feedback.close",
  "rate-limit.prune",
  "work.announce",
  "session.remind",
  "check-in.mail",
  "pulse.rounds",
  "commitment.remind",
  "mail.weekly-digest",
  "sustain.mail",
  "article.publish",
  "course.lessons",
  "sponsor.report",
] as const;
export type QueueName = (typeof QUEUES)[number];

/**
 * pg-boss keeps the queue in the database, so every Keel process on one PostgreSQL shares it.
 * On the embedded database it runs through PGlite's single connection.
 */
export async function startJobQueue(
  handle: DatabaseHandle,
  options: { maintenance: boolean; pollingIntervalSeconds?: number },
): Promise<JobQueue> {
  const boss = new PgBoss({
    ...connectionOf(handle),
    schema: "pgboss",
    supervise: options.maintenance,
    schedule: options.maintenance,
    migrate: true,
  });
  boss.on("error", () => {
    // pg-boss retries on its own; errors surface in the job's state.
  });
  // Creating a queue attaches a partition: processes starting together take turns, or deadlock.
  await withStartupLock(handle, "keel.queues", async () => {
    await boss.start();
    for (const name of QUEUES) {
      if (await boss.getQueue(name)) continue;
      await boss.createQueue(name, { name, retryLimit: 5, retryBackoff: true });
    }
  });
  const polling = options.pollingIntervalSeconds ?? 2;
  return {
    async send(name, data, { tx, ...jobOptions } = {}) {
      await boss.send(name, data, { ...jobOptions, ...(tx ? { db: onExecutor(tx) } : {}) });
    },
    async sendMany(name, data, { tx } = {}) {
      if (data.length === 0) return;
      const jobs = data.map((one) => ({ name, data: one }));
      await (tx ? boss.insert(jobs, { db: onExecutor(tx) }) : boss.insert(jobs));
    },
    async work(name, handler, { parallel = false } = {}) {
      // Up to ten jobs a poll: a 360's invitations are a burst of mail, one per rater. pg-boss
      // waits out the polling interval even after a full batch; a full one fetches again at once,
      // so a burst (the day's check-in mail) drains at the handler's pace, not ten per interval.
      let worker = "";
      const batchSize = parallel ? PARALLEL_BATCH_SIZE : BATCH_SIZE;
      worker = await boss.work(
        name,
        { pollingIntervalSeconds: polling, batchSize },
        async (jobs) => {
          if (parallel) await allOrFirstError(jobs.map((job) => handler(job.data as never)));
          else for (const job of jobs) await handler(job.data as Parameters<typeof handler>[0]);
          if (jobs.length === batchSize) boss.notifyWorker(worker);
        },
      );
    },
    async schedule(name, cron) {
      await boss.schedule(name, cron, {}, { tz: "UTC" });
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 5000 });
    },
  };
}

const BATCH_SIZE = 10;
/** Jobs run side by side fetch more at once: a day's course mail is 10,000 deliveries. */
const PARALLEL_BATCH_SIZE = 40;

/** Waits for every one; then fails, as one job of a sequential batch would, if any did. */
async function allOrFirstError(running: Promise<void>[]): Promise<void> {
  const settled = await Promise.allSettled(running);
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === "rejected");
  if (failed) throw failed.reason;
}

function connectionOf(handle: DatabaseHandle): PgBoss.DatabaseOptions {
  if (handle.kind === "server") return { connectionString: handle.url, max: 3 };
  const { pglite } = handle;
  return {
    db: {
      // pg-boss sends several statements at once without parameters, which only exec accepts.
      async executeSql(text: string, values: unknown[]) {
        if (values && values.length > 0) return pglite.query(text, values);
        const results = await pglite.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      },
    },
  };
}

/** pg-boss's statement run through Drizzle, on whatever transaction the caller is in. */
function onExecutor(executor: Executor): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      const result = await executor.execute(withParameters(text, values));
      return { rows: (result as unknown as { rows: unknown[] }).rows };
    },
  };
}

/**
 * `$n` placeholders as Drizzle parameters (pg-boss's statements hold no `$` in literals); an
 * undefined value is a null, which Drizzle would otherwise leave out.
 */
function withParameters(text: string, values: unknown[]): SQL {
  const query = sql.empty();
  text.split(/\$(\d+)/).forEach((part, index) => {
    query.append(index % 2 === 1 ? sql`${values[Number(part) - 1] ?? null}` : sql.raw(part));
  });
  return query;
}
