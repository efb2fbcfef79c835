import type { DatabaseHandle } from "./database";

/**
 * Runs `work` while holding a PostgreSQL advisory lock, so that Keel processes starting together
 * take turns. The embedded database has one process by construction and needs no lock.
 */
export async function withStartupLock<T>(
  handle: DatabaseHandle,
  name: string,
  work: () => Promise<T>,
): Promise<T> {
  if (handle.kind === "embedded") return work();
  const client = await handle.pool.connect();
  try {
    await client.query("select pg_advisory_lock(hashtext($1))", [name]);
    return await work();
  } finally {
    await client.query("select pg_advisory_unlock(hashtext($1))", [name]).catch(() => {});
    client.release();
  }
}
