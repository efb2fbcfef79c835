import type { FastifyBaseLogger } from "fastify";
import type { Database } from "../db/database";
import { pruneRateLimits } from "../http/rate-limit";

export const PRUNE_RATE_LIMITS_QUEUE = "rate-limit.prune";
/** Hourly: a counter outlives its window by an hour at most. */
export const PRUNE_RATE_LIMITS_CRON = "7 * * * *";

/** Deletes the rate-limit counters whose window has passed; they would only pile up. */
export function pruneRateLimitsJob(deps: { db: Database; log: FastifyBaseLogger }) {
  return async () => {
    const deleted = await pruneRateLimits(deps.db);
    deps.log.info({ deleted }, "expired rate-limit counters deleted");
  };
}
