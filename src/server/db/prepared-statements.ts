import type { Database } from "./database";

/**
 * Building a query with Drizzle costs more than running it; a statement run on every request is
 * prepared once per database and kept here, one per key (the query's shape).
 */
export function preparedStatements<Statement>() {
  const byDatabase = new WeakMap<Database, Map<string, Statement>>();
  return (db: Database, key: string, prepare: () => Statement): Statement => {
    let statements = byDatabase.get(db);
    if (!statements) {
      statements = new Map();
      byDatabase.set(db, statements);
    }
    let statement = statements.get(key);
    if (!statement) {
      statement = prepare();
      statements.set(key, statement);
    }
    return statement;
  };
}

/** A statement of one shape, prepared once per database by `prepare`. */
export function preparedStatement<Statement>(prepare: (db: Database) => Statement) {
  const statements = preparedStatements<Statement>();
  return (db: Database): Statement => statements(db, "", () => prepare(db));
}
