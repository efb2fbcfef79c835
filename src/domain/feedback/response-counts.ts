import { planUnits } from "./anonymity";
import { MINIMUM_ANONYMITY_THRESHOLD, RATER_GROUPS, type RaterGroup } from "./rater-groups";

/** How many raters of a group are on the list and how many of them have answered. */
export interface GroupTally {
  group: RaterGroup;
  nominated: number;
  responses: number;
}

/** Raters counted together: one group, or small groups merged. */
export interface ResponseCount {
  /** "peer", or merged groups joined by "+", e.g. "manager+peer". */
  id: string;
  /** "Peers", "Other colleagues", "Peers and other colleagues". */
  label: string;
  groups: RaterGroup[];
  nominated: number;
  responses: number;
}

/**
 * Who has answered, counted so that no count is about fewer than k raters on the list: a group
 * with k or more raters is counted alone; smaller groups are pooled as "Other colleagues", and a
 * pool still under k joins the smallest counted group. Every rater is thus in exactly one count,
 * so the total is the sum of the counts and subtracting one count from another or from the total
 * reveals nothing hidden. A campaign with fewer than k raters in all shows no count at all.
 * It is the report's grouping (anonymity.ts) applied to the list rather than to the answers.
 */
export function responseCounts(tallies: readonly GroupTally[], threshold: number): ResponseCount[] {
  const k = Math.max(threshold, MINIMUM_ANONYMITY_THRESHOLD);
  const tallyOf = (group: RaterGroup) => tallies.find((tally) => tally.group === group);
  const nominated = Object.fromEntries(
    RATER_GROUPS.map((group) => [group, tallyOf(group)?.nominated ?? 0]),
  ) as Record<RaterGroup, number>;
  const { units } = planUnits(nominated, k, false);
  return units.map((unit) => ({
    id: unit.id,
    label: unit.label,
    groups: unit.groups,
    nominated: unit.responses,
    responses: unit.groups.reduce((sum, group) => sum + (tallyOf(group)?.responses ?? 0), 0),
  }));
}
