import { sql } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import type { Database } from "../db/database";
import { AppError } from "./errors";

export interface RateLimitRule {
  /** What is counted, e.g. "sign-in:ip:1.2.3.4"; null skips the rule. */
  key(request: FastifyRequest): string | null;
  max: number;
  windowSeconds: number;
}

/**
 * Counts attempts in the database, so every Keel process behind one address shares the counters.
 * One upsert per rule: a window that has passed starts again at 1.
 */
export async function consume(db: Database, key: string, rule: RateLimitRule): Promise<number> {
  const rows = await db.execute<{ count: number }>(sql`
    insert into rate_limit (key, count, reset_at)
    values (${key}, 1, now() + make_interval(secs => ${rule.windowSeconds}))
    on conflict (key) do update set
      count = case when rate_limit.reset_at <= now() then 1 else rate_limit.count + 1 end,
      reset_at = case when rate_limit.reset_at <= now() then excluded.reset_at else rate_limit.reset_at end
    returning count`);
  return Number(rowsOf<{ count: number }>(rows)[0]?.count ?? 0);
}

export function rateLimited(db: Database, ...rules: RateLimitRule[]) {
  return async (request: FastifyRequest) => {
    for (const rule of rules) {
      const key = rule.key(request);
      if (key === null) continue;
      if ((await consume(db, key, rule)) > rule.max) {
        throw new AppError(429, "rate_limited", "Too many attempts. Wait a while and try again.");
      }
    }
  };
}

export const byIp = (name: string) => (request: FastifyRequest) => `${name}:ip:${request.ip}`;

export const byBodyEmail = (name: string) => (request: FastifyRequest) => {
  const email = (request.body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" ? `${name}:email:${email.trim().toLowerCase()}` : null;
};

/** node-postgres returns a result object, PGlite an object with rows as well; both carry rows. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
