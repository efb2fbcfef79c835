import type { FastifyBaseLogger } from "fastify";
import type { Config } from "../config";
import type { Database } from "../db/database";
import { createMailDelivery } from "../mail/mailer";
import type { JobQueue } from "./job-queue";

/** Every background worker a Keel process runs; each process runs all of them. */
export async function registerWorkers(
  jobs: JobQueue,
  deps: { db: Database; config: Config; log: FastifyBaseLogger },
): Promise<void> {
  const delivery = createMailDelivery(deps);
  if (delivery) await jobs.work<{ mailId: string }>("mail.deliver", delivery);
}
