/** A measure's value as people read it: at most two decimals, no trailing zeros ("4", "4.5"). */
export function formatNumber(value: number, decimals = 2): string {
  const scale = 10 ** decimals;
  const rounded = Math.round(value * scale) / scale;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}
