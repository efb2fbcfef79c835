import type { RaterGroup } from "../../../../domain/feedback/rater-groups";
import type { ReportUnit } from "../../../../domain/feedback/report-types";

/** Means and differences print as the PDF prints them: a difference is between printed figures. */
export {
  differenceText,
  formatDifference,
  formatMean,
  tooFew,
} from "../../../../domain/feedback/report-figures";

/** The unit a rater group's answers are reported in, or null if the group is withheld. */
export function unitOf(group: RaterGroup, units: readonly ReportUnit[]): ReportUnit | null {
  return units.find((unit) => unit.groups.includes(group)) ?? null;
}

/** "Peers (4)": a unit with how many responses it rests on. */
export function unitWithCount(unit: ReportUnit): string {
  return `${unit.label} (${unit.responses})`;
}
