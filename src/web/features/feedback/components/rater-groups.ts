import type {
  CampaignSummary,
  GroupCount,
  RaterView,
  ResponseCount,
} from "../../../../contract/feedback";
import {
  type GroupLimit,
  RATER_GROUP_LABELS,
  RATER_GROUPS,
  type RaterGroup,
} from "../../../../domain/feedback/rater-groups";
import type { FieldProblem } from "../../../../domain/field-problem";
import type { Viewer } from "./campaign-steps";

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
export function problemsByGroup(problems: FieldProblem[]): {
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
export function responseText({ label, nominated, responses }: ResponseCount): string {
  return `${label}: ${responses} of ${nominated} answered`;
}

/**
 * A group's answers on the rater list, from the count it is in (never per rater): "2 of 3
 * answered" when counted alone, "Counted as Peers and other colleagues: 1 of 4 answered" when
 * pooled with others, and why nothing is counted with fewer than k raters on the list. Null for
 * a group with nobody on the list.
 */
export function groupAnswersText(
  group: RaterGroup,
  counts: ResponseCount[],
  threshold: number,
): string | null {
  const count = counts.find((candidate) => candidate.groups.includes(group));
  if (count) {
    const answered = `${count.responses} of ${count.nominated} answered`;
    return count.groups.length === 1 ? answered : `Counted as ${count.label}: ${answered}`;
  }
  if (counts.length > 0) return null;
  return `Answers are counted only with at least ${threshold} raters on the list`;
}

/** All raters together: how many answered of how many were asked; null while not counted. */
export function totalResponses(
  counts: ResponseCount[],
): { responses: number; nominated: number } | null {
  if (counts.length === 0) return null;
  return counts.reduce(
    (sum, count) => ({
      responses: sum.responses + count.responses,
      nominated: sum.nominated + count.nominated,
    }),
    { responses: 0, nominated: 0 },
  );
}

/** "7 of 12 answered"; with fewer raters than k on the list, answers are not counted. */
export function totalResponsesText(campaign: Pick<CampaignSummary, "counts" | "responseCounts">) {
  const total = totalResponses(campaign.responseCounts);
  if (total) return `${total.responses} of ${total.nominated} answered`;
  return nominatedTotal(campaign.counts) === 0
    ? "No raters yet"
    : "Too few raters to count answers";
}

function nominatedTotal(counts: GroupCount[]): number {
  return counts.reduce((sum, count) => sum + count.nominated, 0);
}

/** "12 raters nominated", "1 rater nominated". */
export function nominatedText(counts: GroupCount[]): string {
  const nominated = nominatedTotal(counts);
  if (nominated === 0) return "No raters yet";
  return `${nominated} ${nominated === 1 ? "rater" : "raters"} nominated`;
}

/**
 * "Added by you on 12 Nov 2026", "Added by Maya Okafor on …, after answers began; approved by
 * you": who added and approved a rater, the viewer as "you".
 */
export function provenanceText(
  rater: Pick<RaterView, "addedBy" | "addedAt" | "addedLate" | "approval" | "approver">,
  viewer: Viewer,
  formatDate: (at: string) => string,
): string {
  const who = (party: { role: string; name: string }) =>
    party.role === viewer ? "you" : party.name;
  const added = `Added by ${who(rater.addedBy)} on ${formatDate(rater.addedAt)}`;
  if (rater.approval === "approved" && rater.approver)
    return `${added}, after answers began; approved by ${who(rater.approver)}`;
  if (rater.approval === "lapsed") return `${added}, after answers began; not approved in time`;
  if (rater.addedLate) return `${added}, after answers began`;
  return added;
}
