/**
 * What of an error may be written to the log. A database error's message, detail and the
 * failed statement's parameters carry what people wrote (PostgreSQL quotes values; Drizzle puts
 * every parameter in its message), so of those only codes and names of the schema are kept.
 * Other errors keep their message: they come from code, not from what people wrote.
 */
export interface LoggableError {
  type: string;
  message?: string;
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
  stack?: string;
  cause?: LoggableError;
}

const MAX_CAUSES = 5;
/** Runtime errors whose messages may quote the text being parsed. */
const QUOTING_ERRORS = new Set(["SyntaxError"]);
const SQLSTATE = /^[0-9A-Z]{5}$/;

export function loggableError(error: unknown, depth = 0): LoggableError {
  if (!(error instanceof Error)) return { type: typeof error };
  const fields = error as Error & Record<string, unknown>;
  const fromDatabase = isDatabaseError(fields);
  const described: LoggableError = { type: error.constructor?.name ?? error.name };
  if (!fromDatabase && !QUOTING_ERRORS.has(error.name)) described.message = error.message;
  for (const key of ["code", "constraint", "table", "column"] as const) {
    if (typeof fields[key] === "string") described[key] = fields[key];
  }
  const frames = stackFrames(error.stack);
  if (frames) described.stack = frames;
  if (error.cause !== undefined && depth < MAX_CAUSES) {
    described.cause = loggableError(error.cause, depth + 1);
  }
  return described;
}

/** Drizzle's failed query, or PostgreSQL's error (from pg or PGlite): it has a SQLSTATE. */
function isDatabaseError(error: Error & Record<string, unknown>): boolean {
  if (error.name === "DrizzleQueryError" || "params" in error || "query" in error) return true;
  return (
    typeof error.code === "string" &&
    SQLSTATE.test(error.code) &&
    typeof error.severity === "string"
  );
}

/** The stack's frames only: its first lines repeat the message. */
function stackFrames(stack: string | undefined): string | undefined {
  if (!stack) return undefined;
  const frames = stack.split("\n").filter((line) => line.trimStart().startsWith("at "));
  return frames.length > 0 ? frames.join("\n") : undefined;
}

/** Pino's serializers for Keel's logger: an error anywhere is logged as loggableError has it. */
export const loggableSerializers = {
  err: (error: unknown) => (error instanceof Error ? loggableError(error) : error),
};
