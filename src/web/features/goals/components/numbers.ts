/** A figure as people write it: at most two decimals, none when whole. */
export function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** A typed number, or null for an empty box; NaN for text that is not a number. */
export function numberOrNull(text: string | undefined): number | null {
  const trimmed = (text ?? "").trim().replace(",", ".");
  if (trimmed === "") return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : Number.NaN;
}
