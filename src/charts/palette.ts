/**
 * The charts' colours, as hex: a PDF reads no CSS variables and no oklch(), so the web's brand
 * colours are repeated here in the form both can use (teal = the web's `brand`).
 */
export const INK = "#0f172a";
export const MUTED = "#475569";
export const GRID = "#e2e8f0";
export const TRACK = "#f1f5f9";
export const OTHERS = "#14b8a6";
export const SELF = "#0f172a";

/** One shade per point of a five-point scale, low to high; dark text reads on each. */
export const SCALE_SHADES = ["#fb7185", "#fecdd3", "#e2e8f0", "#99f6e4", "#2dd4bf"];

export function shadeOf(index: number, points: number): string {
  if (points === SCALE_SHADES.length) return SCALE_SHADES[index] ?? GRID;
  // Another length of scale: spread its points over the five shades.
  const at = points <= 1 ? 0 : Math.round((index / (points - 1)) * (SCALE_SHADES.length - 1));
  return SCALE_SHADES[at] ?? GRID;
}
