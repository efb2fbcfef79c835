import { sql } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import type { Database, Executor } from "../db/database";
import { AppError } from "./errors";

export interface RateLimitRule {
  /** What is counted, e.g. "sign-in:ip:1.2.3.4"; null skips the rule. */
  key(request: FastifyRequest): string | null;
  max: number;
  windowSeconds: number;
}

/** A 429 that says truly when the window that refused it opens again (Retry-After and message). */
export class RateLimitError extends AppError<"rate_limited"> {
  constructor(
    readonly retryAfterSeconds: number,
    message = `Too many attempts. Try again in ${waitOf(retryAfterSeconds)}.`,
  ) {
    super("rate_limited", message);
  }
}

export function waitOf(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? "1 second" : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return minutes === 1 ? "1 minute" : `${minutes} minutes`;
  const hours = Math.ceil(minutes / 60);
  return hours === 1 ? "1 hour" : `${hours} hours`;
}

/**
 * Counts one attempt in the database, so every Keel process behind one address shares the
 * counters. One upsert: a window that has passed starts again at 1. Inside a transaction, the
 * attempt counts only if the transaction commits. The clock is read when counting, not when the
 * transaction began: a transaction that waited on a lock would otherwise see a longer wait.
 */
export async function consume(
  db: Executor,
  key: string,
  rule: Pick<RateLimitRule, "windowSeconds">,
): Promise<{ count: number; retryAfterSeconds: number }> {
  const rows = await db.execute<{ count: number; retry_after: number }>(sql`
    insert into rate_limit (key, count, reset_at)
    values (${key}, 1, clock_timestamp() + make_interval(secs => ${rule.windowSeconds}))
    on conflict (key) do update set
      count = case when rate_limit.reset_at <= clock_timestamp() then 1 else rate_limit.count + 1 end,
      reset_at = case when rate_limit.reset_at <= clock_timestamp() then excluded.reset_at else rate_limit.reset_at end
    returning count, greatest(1, ceil(extract(epoch from reset_at - clock_timestamp())))::int as retry_after`);
  const row = rowsOf<{ count: number; retry_after: number }>(rows)[0];
  return { count: Number(row?.count ?? 0), retryAfterSeconds: Number(row?.retry_after ?? 1) };
}

/** Counts an attempt under `key` and refuses it once the rule's maximum is passed. */
export async function limit(
  db: Database,
  key: string,
  rule: Pick<RateLimitRule, "max" | "windowSeconds">,
): Promise<void> {
  const { count, retryAfterSeconds } = await consume(db, key, rule);
  if (count > rule.max) throw new RateLimitError(retryAfterSeconds);
}

export function rateLimited(db: Database, ...rules: RateLimitRule[]) {
  return async (request: FastifyRequest) => {
    for (const rule of rules) {
      const key = rule.key(request);
      if (key !== null) await limit(db, key, rule);
    }
  };
}

/**
 * Takes back the attempt a request counted under each rule: for limits that count failures
 * only, the attempt is counted before the outcome is known (so a burst cannot slip past) and
 * given back when it succeeds.
 */
export async function giveBack(db: Database, request: FastifyRequest, ...rules: RateLimitRule[]) {
  for (const rule of rules) {
    const key = rule.key(request);
    if (key === null) continue;
    await db.execute(
      sql`update rate_limit set count = greatest(count - 1, 0) where key = ${key} and reset_at > now()`,
    );
  }
}

/** Drops one counter, as if nothing had been counted under its key. */
export async function forget(db: Database, key: string): Promise<void> {
  await db.execute(sql`delete from rate_limit where key = ${key}`);
}

/** Deletes the counters whose window has passed; a scheduled job runs it. */
export async function pruneRateLimits(db: Database): Promise<number> {
  const rows = await db.execute<{ key: string }>(
    sql`delete from rate_limit where reset_at <= now() returning key`,
  );
  return rowsOf(rows).length;
}

export const byIp = (name: string) => (request: FastifyRequest) => `${name}:ip:${request.ip}`;

const bodyEmail = (request: FastifyRequest) => {
  const email = (request.body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" ? email.trim().toLowerCase() : null;
};

export const byBodyEmail = (name: string) => (request: FastifyRequest) => {
  const email = bodyEmail(request);
  return email === null ? null : `${name}:email:${email}`;
};

/** One address from one client: what stops guessing without letting others lock the owner out. */
export const byBodyEmailAndIp = (name: string) => (request: FastifyRequest) => {
  const email = bodyEmail(request);
  return email === null ? null : `${name}:email:${email}:ip:${request.ip}`;
};

/** node-postgres returns a result object, PGlite an object with rows as well; both carry rows. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
