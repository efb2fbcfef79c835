/** Whether a database error is a unique index refusing a duplicate (SQLSTATE 23505), by name. */
export function isUniqueViolation(error: unknown, index: string): boolean {
  for (
    let cause = error;
    cause && typeof cause === "object";
    cause = (cause as { cause?: unknown }).cause
  ) {
    const { code, constraint, message } = cause as {
      code?: string;
      constraint?: string;
      message?: string;
    };
    if (code === "23505") return constraint === index || Boolean(message?.includes(index));
  }
  return false;
}
