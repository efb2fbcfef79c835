/** A measure's value as people read it: at most two decimals, no trailing zeros ("4", "4.5"). */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}
