/** A rating scale as charts draw it: its whole points, each with its label. */
export interface RatingScale {
  min: number;
  max: number;
  labels: string[];
}

export function scalePoints(scale: Pick<RatingScale, "min" | "max">): number[] {
  return Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);
}

/** How a chart prints a figure unless told otherwise: one decimal. */
export const oneDecimal = (value: number) => value.toFixed(1);
