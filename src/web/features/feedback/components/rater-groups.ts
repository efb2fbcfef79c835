import {
  type GroupLimit,
  RATER_GROUP_LABELS,
  RATER_GROUPS,
  type RaterGroup,
} from "../../../../domain/feedback/rater-groups";
import type { GroupCount, NominationProblem, RaterView } from "../api/types";

export type RatersOfGroup = { group: RaterGroup; label: string; raters: RaterView[] };

/** Every group in the usual order (manager first), each with its raters in the order given. */
export function ratersByGroup(raters: RaterView[]): RatersOfGroup[] {
  return RATER_GROUPS.map((group) => ({
    group,
    label: RATER_GROUP_LABELS[group],
    raters: raters.filter((rater) => rater.group === group),
  }));
}

/**
 * The nomination problems of each group ("Nominate at least 3 peers (2 so far)"): the server
 * names a group's problems `raters.<group>`; anything else concerns the whole list.
 */
export function problemsByGroup(problems: NominationProblem[]): {
  byGroup: Partial<Record<RaterGroup, string[]>>;
  general: string[];
} {
  const byGroup: Partial<Record<RaterGroup, string[]>> = {};
  const general: string[] = [];
  for (const problem of problems) {
    const group = groupOfPath(problem.path);
    if (group) byGroup[group] = [...(byGroup[group] ?? []), problem.message];
    else general.push(problem.message);
  }
  return { byGroup, general };
}

function groupOfPath(path: string): RaterGroup | null {
  const name = path.split(".").find((part) => (RATER_GROUPS as readonly string[]).includes(part));
  return (name as RaterGroup | undefined) ?? null;
}

/** "1 or 2", "3 to 12", "up to 8", "exactly 1", "none": how many of a group the list takes. */
export function limitText({ min, max }: GroupLimit): string {
  if (max === 0) return "none";
  if (min === max) return `exactly ${min}`;
  if (min === 0) return `up to ${max}`;
  if (max === min + 1) return `${min} or ${max}`;
  return `${min} to ${max}`;
}

/** "Peers: 3 of 5 answered". */
export function responseText({ group, nominated, responses }: GroupCount): string {
  return `${RATER_GROUP_LABELS[group]}: ${responses} of ${nominated} answered`;
}

/** All groups together: how many raters answered of how many were asked. */
export function totalResponses(counts: GroupCount[]): { responses: number; nominated: number } {
  return counts.reduce(
    (sum, count) => ({
      responses: sum.responses + count.responses,
      nominated: sum.nominated + count.nominated,
    }),
    { responses: 0, nominated: 0 },
  );
}

/** "7 of 12 answered", or "No raters yet". */
export function totalResponsesText(counts: GroupCount[]): string {
  const { responses, nominated } = totalResponses(counts);
  if (nominated === 0) return "No raters yet";
  return `${responses} of ${nominated} answered`;
}

/** "12 raters nominated", "1 rater nominated". */
export function nominatedText(counts: GroupCount[]): string {
  const { nominated } = totalResponses(counts);
  if (nominated === 0) return "No raters yet";
  return `${nominated} ${nominated === 1 ? "rater" : "raters"} nominated`;
}
