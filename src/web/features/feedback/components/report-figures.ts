import type { RaterGroup } from "../../../../domain/feedback/rater-groups";
import type { Cell, FeedbackReport, ReportUnit } from "../../../../domain/feedback/report-types";

type Scale = FeedbackReport["scale"];

/** Means and differences print as the PDF prints them: a difference is between printed figures. */
export {
  differenceText,
  formatDifference,
  formatMean,
} from "../../../../domain/feedback/report-figures";

/** Where a value sits on the scale's axis, in percent from its left end. */
export function positionOnScale(value: number, scale: Pick<Scale, "min" | "max">): number {
  const clamped = Math.min(scale.max, Math.max(scale.min, value));
  return ((clamped - scale.min) / (scale.max - scale.min)) * 100;
}

export function scalePoints(scale: Pick<Scale, "min" | "max">): number[] {
  return Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);
}

/** What an empty cell says: the threshold of the unit, or k for all shown units together. */
export function tooFew(threshold: number): string {
  return threshold === 1 ? "No answers" : `Fewer than ${threshold} answers`;
}

/** The unit a rater group's answers are reported in, or null if the group is withheld. */
export function unitOf(group: RaterGroup, units: readonly ReportUnit[]): ReportUnit | null {
  return units.find((unit) => unit.groups.includes(group)) ?? null;
}

/** "Peers (4)": a unit with how many responses it rests on. */
export function unitWithCount(unit: ReportUnit): string {
  return `${unit.label} (${unit.responses})`;
}

export type Segment = { value: number; label: string; count: number; percent: number };

/** The answers to an item on each point of the scale, with their share of the answers. */
export function distributionSegments(cell: Cell, scale: Scale): Segment[] {
  return cell.distribution.map((count, i) => ({
    value: scale.min + i,
    label: scale.labels[i] ?? String(scale.min + i),
    count,
    percent: cell.n > 0 ? (count / cell.n) * 100 : 0,
  }));
}

/** The distribution in words, for screen readers and the PDF-less: "Never 0, Rarely 1, …". */
export function distributionText(cell: Cell, scale: Scale): string {
  const counts = distributionSegments(cell, scale)
    .map((segment) => `${segment.label} ${segment.count}`)
    .join(", ");
  return cell.notObserved > 0 ? `${counts}; not observed ${cell.notObserved}` : counts;
}
