/** Whether a database error is an exclusion constraint refusing an overlap (SQLSTATE 23P01), by name. */
export function isExclusionViolation(error: unknown, constraint: string): boolean {
  for (
    let cause = error;
    cause && typeof cause === "object";
    cause = (cause as { cause?: unknown }).cause
  ) {
    const found = cause as { code?: string; constraint?: string; message?: string };
    if (found.code === "23P01")
      return found.constraint === constraint || Boolean(found.message?.includes(constraint));
  }
  return false;
}
