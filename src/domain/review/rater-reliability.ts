import type { RaterGroup } from "../feedback/rater-groups";

/**
 * How reliable one rater's rating of a competency is, by the rater's relation to the leader:
 * Conway and Huffcutt (1997), the mean inter-rater reliabilities of multisource ratings. Others
 * (customers, other teams) have no figure of their own there; they are given the lowest, that of
 * direct reports, so as never to claim more than is known.
 */
export const SINGLE_RATER_RELIABILITY: Record<RaterGroup, number> = {
  manager: 0.5,
  peer: 0.37,
  direct_report: 0.3,
  other: 0.3,
};

/** The Spearman-Brown formula: the reliability of the mean of `raters` ratings of reliability r. */
export function spearmanBrown(singleRater: number, raters: number): number | null {
  if (!(singleRater > 0) || singleRater >= 1 || !Number.isInteger(raters) || raters < 1)
    return null;
  return (raters * singleRater) / (1 + (raters - 1) * singleRater);
}

/**
 * The reliability of a group's mean rating when comparing two rounds: stretched to the smaller
 * of the two rounds' numbers of raters, since the comparison is only as reliable as its weaker
 * side. Different raters in the two rounds make the comparison weaker still than this says;
 * that caveat goes beside the figure.
 */
export function groupReliability(
  group: RaterGroup,
  baselineRaters: number,
  repeatRaters: number,
  singleRater: number = SINGLE_RATER_RELIABILITY[group],
): number | null {
  return spearmanBrown(singleRater, Math.min(baselineRaters, repeatRaters));
}
