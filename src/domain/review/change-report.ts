import type { RaterGroup } from "../feedback/rater-groups";
import type { FeedbackReport } from "../feedback/report-types";
import { SINGLE_RATER_RELIABILITY, spearmanBrown } from "./rater-reliability";
import { type Change, describeChange, reliableChange } from "./reliable-change";

// The change report (docs/decisions/025): each 360 competency per reporting unit and for all
// others between two frozen reports, and each personality scale between two responses. A 360
// comparison reads only figures both frozen reports show, so it can tell nothing a report hid.

export const CHANGE_EXPLANATION =
  "A score can move between two measurements by chance alone: raters differ from day to day, and a questionnaire answered twice never comes out exactly the same. A reliable change is a difference larger than that chance movement would give 95 times out of 100 (the reliable change index of Jacobson and Truax, 1991). It depends on how spread out the scores are (SD) and how consistent the measure is (reliability, 0 to 1): the fewer raters or the less consistent the measure, the larger a difference must be to count. The bar shows the difference and its 95% interval; when the interval crosses zero, the difference could be noise and is not called a change, however large it looks.";

export const DIFFERENT_RATERS_CAVEAT = "Different raters make a weaker comparison.";

export interface ChangeRowView {
  id: string;
  label: string;
  baseline: number | null;
  now: number | null;
  sd: number | null;
  sdSource: string;
  reliability: number | null;
  reliabilitySource: string;
  change: (Pick<Change, "difference" | "interval" | "rci" | "verdict"> & { words: string }) | null;
  notComparedBecause: string | null;
  caveat: string | null;
}

const twoDecimals = (value: number) => value.toFixed(2);

/**
 * The SD to use when the measurements themselves give none: a quarter of the scale's range,
 * the range rule of thumb. On a 1-to-5 scale that is 1.0, wider than the spread of most rating
 * and personality scales, so it errs towards "no reliable change", never towards a change.
 */
export function rangeRuleSd(scale: { min: number; max: number }): number {
  return (scale.max - scale.min) / 4;
}

export function judgedRow(
  base: Omit<ChangeRowView, "change" | "notComparedBecause">,
): ChangeRowView {
  const { baseline, now, sd, reliability } = base;
  if (baseline === null || now === null)
    return { ...base, change: null, notComparedBecause: "Not shown in both reports." };
  const change =
    sd === null || reliability === null
      ? null
      : reliableChange({ baseline, repeat: now, sd, reliability });
  if (!change)
    return {
      ...base,
      change: null,
      notComparedBecause: "Too little is known about its reliability to judge a change.",
    };
  const { difference, interval, rci, verdict } = change;
  return {
    ...base,
    reliability: change.basis.reliability,
    change: { difference, interval, rci, verdict, words: describeChange(change, twoDecimals) },
    notComparedBecause: null,
  };
}

// --- 360 -------------------------------------------------------------------------------------

export interface FeedbackComparison {
  competencies: { competencyId: string; name: string; rows: ChangeRowView[] }[];
}

export const OTHERS_ROW = "others";

/**
 * The comparison of two frozen reports. A unit is compared only when both reports show a unit of
 * the same id (the same groups, merged the same way); every figure it reads (competency means,
 * item cells' n and SD, units' response counts) is one the report shows.
 */
export function compareFeedback(
  baseline: FeedbackReport,
  repeat: FeedbackReport,
  sameRaters: boolean,
): FeedbackComparison {
  const scale = repeat.scale;
  const sharedUnits = repeat.units.filter((u) => baseline.units.some((b) => b.id === u.id));
  const caveat = sameRaters ? null : DIFFERENT_RATERS_CAVEAT;
  return {
    competencies: repeat.competencies.map((competency) => {
      const before = baseline.competencies.find((c) => c.id === competency.id);
      const rows = sharedUnits.map((unit) => {
        const baseUnit = baseline.units.find((b) => b.id === unit.id);
        return feedbackRow({
          id: unit.id,
          label: unit.label,
          baseline: before?.byUnit[unit.id] ?? null,
          now: competency.byUnit[unit.id] ?? null,
          groups: unit.groups,
          raters: [baseUnit?.responses ?? 0, unit.responses],
          cells: shownCells(baseline, repeat, competency.id, unit.id),
          scale,
          caveat,
        });
      });
      rows.push(
        feedbackRow({
          id: OTHERS_ROW,
          label: "All others",
          baseline: before?.others ?? null,
          now: competency.others,
          groups: [...new Set([...baseline.units, ...repeat.units].flatMap((u) => u.groups))],
          raters: [baseline.responses, repeat.responses],
          cells: shownCells(baseline, repeat, competency.id, OTHERS_ROW),
          scale,
          caveat,
        }),
      );
      return { competencyId: competency.id, name: competency.name, rows };
    }),
  };
}

interface FeedbackRowInput {
  id: string;
  label: string;
  baseline: number | null;
  now: number | null;
  groups: readonly RaterGroup[];
  raters: [number, number];
  cells: { n: number; sd: number }[];
  scale: { min: number; max: number };
  caveat: string | null;
}

function feedbackRow(input: FeedbackRowInput): ChangeRowView {
  const fewer = Math.min(...input.raters);
  const single = Math.min(...input.groups.map((g) => SINGLE_RATER_RELIABILITY[g]));
  const reliability = input.groups.length > 0 ? spearmanBrown(single, fewer) : null;
  const pooled = pooledSd(input.cells);
  const sd = pooled ?? rangeRuleSd(input.scale);
  return judgedRow({
    id: input.id,
    label: input.label,
    baseline: input.baseline,
    now: input.now,
    sd,
    sdSource:
      pooled !== null
        ? `Pooled SD of the shown ratings of this competency in both rounds (${sum(input.cells.map((c) => c.n))} ratings)`
        : `No spread of ratings is shown: a quarter of the rating scale's range (${input.scale.min} to ${input.scale.max})`,
    reliability,
    reliabilitySource: `${input.groups.length > 1 ? "The least reliable group's single-rater" : "A single rater's"} reliability of ${single.toFixed(2)} (Conway and Huffcutt 1997), stretched to ${fewer} rater${fewer === 1 ? "" : "s"}, the smaller round, by the Spearman-Brown formula`,
    caveat: input.caveat,
  });
}

/** The shown cells of a competency's items for one unit (or all others), in both reports. */
function shownCells(
  baseline: FeedbackReport,
  repeat: FeedbackReport,
  competencyId: string,
  unitId: string,
): { n: number; sd: number }[] {
  return [baseline, repeat].flatMap((report) =>
    report.items
      .filter((item) => item.competencyId === competencyId)
      .map((item) => (unitId === OTHERS_ROW ? item.others : (item.byUnit[unitId] ?? null)))
      .filter((cell) => cell !== null)
      .map(({ n, sd }) => ({ n, sd })),
  );
}

/** √(Σ n·sd² / Σ n) over cells of population SDs; null when there is no spread to pool. */
export function pooledSd(cells: readonly { n: number; sd: number }[]): number | null {
  const n = sum(cells.map((c) => c.n));
  if (n === 0) return null;
  const pooled = Math.sqrt(sum(cells.map((c) => c.n * c.sd * c.sd)) / n);
  return pooled > 0 && Number.isFinite(pooled) ? pooled : null;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

// --- Personality ------------------------------------------------------------------------------

export interface ScaleComparisonInput {
  id: string;
  name: string;
  baseline: number | null;
  now: number | null;
  /** The instrument's published alpha, or null where the source gives none. */
  alpha: number | null;
  alphaSource?: string | undefined;
  /** The practice's own alpha (for scales with no published one), with its complete responses. */
  practiceAlpha: { alpha: number | null; completeRows: number } | null;
  /** The SD of the practice's scores on the scale, and how many people have one. */
  norms: { sd: number | null; people: number };
  /** How many people local norms need (MINIMUM_FOR_NORMS). */
  minimumForNorms: number;
  scale: { min: number; max: number };
}

export function compareScale(input: ScaleComparisonInput): ChangeRowView {
  const { norms, minimumForNorms } = input;
  const local = norms.people >= minimumForNorms && norms.sd !== null && norms.sd > 0;
  const sd = local ? (norms.sd as number) : rangeRuleSd(input.scale);
  const sdSource = local
    ? `SD of the practice's scores (${norms.people} people)`
    : `Fewer than ${minimumForNorms} people in the practice have a score (${norms.people}): a quarter of the answer scale's range (${input.scale.min} to ${input.scale.max})`;
  const practice = input.practiceAlpha;
  const usePractice =
    input.alpha === null &&
    practice !== null &&
    practice.alpha !== null &&
    practice.completeRows >= minimumForNorms;
  const reliability = input.alpha ?? (usePractice ? (practice?.alpha ?? null) : null);
  const reliabilitySource =
    input.alpha !== null
      ? `Published Cronbach's alpha${input.alphaSource ? ` (${input.alphaSource})` : ""}`
      : usePractice
        ? `Cronbach's alpha from the practice's ${practice?.completeRows} complete responses`
        : "The source publishes no reliability and the practice has too few complete responses";
  return judgedRow({
    id: input.id,
    label: input.name,
    baseline: input.baseline,
    now: input.now,
    sd,
    sdSource,
    reliability,
    reliabilitySource,
    caveat: null,
  });
}
