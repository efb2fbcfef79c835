import { RATER_GROUP_LABELS, RATER_GROUPS, type RaterGroup } from "./rater-groups";
import type { ReportUnit } from "./report-types";

export interface UnitPlan {
  /**
   * The units the report shows: groups in their usual order (a merged one where its host was),
   * and "Other colleagues", the pool of small groups, last.
   */
  units: ReportUnit[];
  /** Groups with responses that no figure may include: too few even merged. */
  withheld: RaterGroup[];
}

const OTHER_COLLEAGUES = "Other colleagues";

/**
 * Which rater groups a report shows, and how: a group with k or more responses on its own; the
 * smaller groups pooled as "Other colleagues" if together they reach k; a pool still under k
 * joins the smallest shown unit, or is withheld from every figure if there is none to join.
 * An identified manager (raters were told) is shown alone from one response, and never hosts
 * the pool: that would show the pool beside a figure everyone can tie to one person.
 * A small group that was invited but sent nothing is pooled all the same, so a unit's groups
 * never tell whether the one person of a group answered.
 */
export function planUnits(
  counts: Readonly<Record<RaterGroup, number>>,
  threshold: number,
  managerIdentified: boolean,
  invited: readonly RaterGroup[] = [],
): UnitPlan {
  const units: ReportUnit[] = [];
  const pool: RaterGroup[] = [];
  for (const group of RATER_GROUPS) {
    const responses = counts[group];
    const identified = group === "manager" && managerIdentified;
    if (responses <= 0) {
      if (invited.includes(group) && !identified) pool.push(group);
    } else if (identified) units.push(single(group, responses, 1));
    else if (responses >= threshold) units.push(single(group, responses, threshold));
    else pool.push(group);
  }
  const pooled = pool.reduce((sum, group) => sum + counts[group], 0);
  if (pool.length === 0) return { units, withheld: [] };
  if (pooled >= threshold)
    return {
      units: [...units, unitOf(pool, OTHER_COLLEAGUES, pooled, threshold)],
      withheld: [],
    };
  const host = smallestHost(units, managerIdentified);
  if (!host) return { units, withheld: pooled > 0 ? pool : [] };
  const merged = unitOf(
    inRaterGroupOrder([...host.groups, ...pool]),
    mergedLabel(host),
    host.responses + pooled,
    threshold,
  );
  return { units: units.map((unit) => (unit === host ? merged : unit)), withheld: [] };
}

function single(group: RaterGroup, responses: number, threshold: number): ReportUnit {
  return unitOf([group], RATER_GROUP_LABELS[group], responses, threshold);
}

function unitOf(
  groups: RaterGroup[],
  label: string,
  responses: number,
  threshold: number,
): ReportUnit {
  return { id: groups.join("+"), label, groups, responses, threshold };
}

/** The shown unit with the fewest responses (the first in group order on a tie). */
function smallestHost(units: ReportUnit[], managerIdentified: boolean): ReportUnit | undefined {
  return units
    .filter((unit) => !(managerIdentified && unit.id === "manager"))
    .reduce<ReportUnit | undefined>(
      (smallest, unit) => (!smallest || unit.responses < smallest.responses ? unit : smallest),
      undefined,
    );
}

function mergedLabel(host: ReportUnit): string {
  return host.id === "other" ? OTHER_COLLEAGUES : `${host.label} and other colleagues`;
}

function inRaterGroupOrder(groups: RaterGroup[]): RaterGroup[] {
  return RATER_GROUPS.filter((group) => groups.includes(group));
}
