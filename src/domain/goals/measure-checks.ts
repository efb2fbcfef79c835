import type { GoalDraft } from "./goal-draft";
import { type Guidance, guidance } from "./guidance";
import { gainOver } from "./measure";
import { formatNumber } from "./numbers";

/** The measure, baseline, target and realistic pace of a goal draft. */
export function measureChecks(draft: GoalDraft): Guidance[] {
  return [
    ...(draft.measure ? measureParts(draft) : missingMeasure(draft)),
    ...targetAgainstBaseline(draft),
    ...paceCheck(draft),
  ];
}

function missingMeasure({ baseline, target }: GoalDraft): Guidance[] {
  if (target === null && baseline === null) {
    const message =
      "Add a measure: what you will count or rate to see progress, with its unit, " +
      'for example "projects delegated, per month".';
    return [guidance("advice", "no_measure", "measure", message)];
  }
  const what = target !== null ? "A target" : "A baseline";
  const message = `${what} needs a measure: say what is counted or rated, and in what unit.`;
  return [guidance("invalid", "number_without_measure", "measure", message)];
}

function measureParts({ measure, baseline, target }: GoalDraft): Guidance[] {
  const found: Guidance[] = [];
  if (!measure?.what.trim()) {
    found.push(
      guidance("invalid", "measure_incomplete", "measure.what", "Say what is counted or rated."),
    );
  }
  if (!measure?.unit.trim()) {
    const message = 'Give the unit, for example "meetings a week" or "rating out of 5".';
    found.push(guidance("invalid", "measure_incomplete", "measure.unit", message));
  }
  if (baseline === null) {
    const message = "Add a baseline: where the measure stands today.";
    found.push(guidance("advice", "no_baseline", "baseline", message));
  }
  if (target === null) {
    found.push(
      guidance("advice", "no_target", "target", "Add a target: the level you want to reach."),
    );
  }
  return found;
}

function targetAgainstBaseline({ measure, baseline, target }: GoalDraft): Guidance[] {
  if (baseline === null || target === null) return [];
  if (baseline === target) {
    const message = `The target equals the baseline (${formatNumber(target)}): set the level you want to reach.`;
    return [guidance("invalid", "target_equals_baseline", "target", message)];
  }
  if (!measure || gainOver(target, baseline, measure.direction) > 0) return [];
  const message =
    `The target is on the wrong side of the baseline: ${measure.direction} is better, yet it ` +
    `moves from ${formatNumber(baseline)} to ${formatNumber(target)}. ` +
    "Check the target or which way is better.";
  return [guidance("advice", "target_wrong_way", "target", message)];
}

function paceCheck({ realisticPerWeek }: GoalDraft): Guidance[] {
  if (realisticPerWeek == null || realisticPerWeek > 0) return [];
  const message = "A realistic change a week must be more than 0.";
  return [guidance("invalid", "realistic_pace_not_positive", "realisticPerWeek", message)];
}
