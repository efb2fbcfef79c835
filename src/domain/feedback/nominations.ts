import type { FieldProblem } from "../field-problem";
import { mailboxOf } from "./mailbox";
import {
  GROUP_MAX_CEILING,
  type GroupLimits,
  MINIMUM_ANONYMITY_THRESHOLD,
  RATER_GROUPS,
  RATER_NOUNS,
  type RaterGroup,
  ratersInWords,
} from "./rater-groups";

/** The coach's limits per group make sense: a minimum no higher than the maximum, and a ceiling. */
export function limitProblems(limits: GroupLimits): FieldProblem[] {
  return RATER_GROUPS.flatMap((group) => {
    const { min, max } = limits[group];
    const at = `groupLimits.${group}`;
    const problems: FieldProblem[] = [];
    if (min > max)
      problems.push({ path: `${at}.min`, message: `Ask for no more than the maximum (${max})` });
    if (max > GROUP_MAX_CEILING)
      problems.push({ path: `${at}.max`, message: `Allow at most ${GROUP_MAX_CEILING}` });
    return problems;
  });
}

/**
 * What the nomination list lacks or has too much of, per group, and any address given twice; an
 * empty list is a problem even where every group's minimum is 0.
 */
export function nominationProblems(
  raters: readonly { group: RaterGroup; email: string }[],
  limits: GroupLimits,
): FieldProblem[] {
  const counts = countProblems(raters, limits);
  const empty =
    raters.length === 0 && counts.length === 0
      ? [{ path: "raters", message: "Nominate someone" }]
      : [];
  return [...counts, ...empty, ...repeatedEmails(raters)];
}

function countProblems(
  raters: readonly { group: RaterGroup }[],
  limits: GroupLimits,
): FieldProblem[] {
  return RATER_GROUPS.flatMap((group) => {
    const have = raters.filter((rater) => rater.group === group).length;
    const { min, max } = limits[group];
    const soFar = have === 0 ? "none so far" : `${have} so far`;
    if (have < min)
      return [{ path: `raters.${group}`, message: `${atLeast(group, min)} (${soFar})` }];
    if (have > max)
      return [{ path: `raters.${group}`, message: `${atMost(group, max)} (${soFar})` }];
    return [];
  });
}

function atLeast(group: RaterGroup, min: number): string {
  const noun = RATER_NOUNS[group];
  return min === 1
    ? `Nominate ${article(noun.one)} ${noun.one}`
    : `Nominate at least ${min} ${noun.many}`;
}

function atMost(group: RaterGroup, max: number): string {
  if (max === 0) return `Nominate no ${RATER_NOUNS[group].many} for this campaign`;
  return `Nominate at most ${ratersInWords(group, max)}`;
}

function article(noun: string): string {
  if (noun.startsWith("other")) return "one";
  return /^[aeiou]/.test(noun) ? "an" : "a";
}

/** Addresses of one mailbox, however written (mailbox.ts), are one person nominated twice. */
function repeatedEmails(raters: readonly { email: string }[]): FieldProblem[] {
  const seen = new Set<string>();
  return raters.flatMap((rater, i) => {
    const mailbox = mailboxOf(rater.email);
    if (!seen.has(mailbox)) {
      seen.add(mailbox);
      return [];
    }
    return [{ path: `raters.${i}.email`, message: `${rater.email} is nominated twice` }];
  });
}

/** A campaign's k may be raised above the practice's, never lowered below it (nor below 3). */
export function thresholdProblems(threshold: number, practiceThreshold: number): FieldProblem[] {
  const floor = Math.max(practiceThreshold, MINIMUM_ANONYMITY_THRESHOLD);
  if (threshold >= floor) return [];
  return [
    {
      path: "threshold",
      message: `Use at least ${floor}: fewer answers than the practice's threshold are never shown`,
    },
  ];
}
