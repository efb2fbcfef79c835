import type { Database } from "./database";

/**
 * One value per open database, made on its first use: a process may hold the embedded database
 * and a server at once (the tests do), and what is kept of one must never answer for the other.
 */
export function perDatabase<T>(make: () => T): (db: Database) => T {
  const values = new WeakMap<Database, T>();
  return (db) => {
    let value = values.get(db);
    if (value === undefined) {
      value = make();
      values.set(db, value);
    }
    return value;
  };
}
