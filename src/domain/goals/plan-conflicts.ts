import { type ActionPlan, PLAN_SECTIONS, type PlanSection } from "./action-plan";
import { comparePlans, type ItemChange, type PlanDiff } from "./plan-diff";

/** One item two people changed differently from the same version. */
export interface Conflict {
  section: PlanSection | "woop";
  id: string;
  /** What each made of it; null where they removed it. */
  mine: unknown;
  theirs: unknown;
}

/**
 * When an edit was based on a version that is no longer the latest (a 409), the items both the
 * stale edit and the newer version changed from that base, and differently: what the second
 * person must choose between. Items only one of them touched are not in conflict.
 */
export function conflictingItems(
  base: ActionPlan,
  mine: ActionPlan,
  theirs: ActionPlan,
): Conflict[] {
  const mineDiff = comparePlans(base, mine);
  const theirsDiff = comparePlans(base, theirs);
  const sections = PLAN_SECTIONS.flatMap((section) =>
    clashes(section, touched(mineDiff, section), touched(theirsDiff, section)),
  );
  const woop = clashes("woop", woopTouched(mineDiff), woopTouched(theirsDiff));
  return [...sections, ...woop];
}

type Outcomes = Map<string, unknown>;

function outcome(row: ItemChange<unknown>): unknown {
  return row.change === "removed" ? null : row.after;
}

function touched(diff: PlanDiff, section: PlanSection): Outcomes {
  const rows = diff.sections.find((s) => s.section === section)?.rows ?? [];
  return new Map(
    rows.filter((row) => row.change !== "unchanged").map((row) => [row.id, outcome(row)]),
  );
}

function woopTouched(diff: PlanDiff): Outcomes {
  const row = diff.woop;
  return row && row.change !== "unchanged" ? new Map([[row.id, outcome(row)]]) : new Map();
}

function clashes(section: Conflict["section"], mine: Outcomes, theirs: Outcomes): Conflict[] {
  return [...mine].flatMap(([id, made]) => {
    if (!theirs.has(id)) return [];
    const other = theirs.get(id);
    return JSON.stringify(made) === JSON.stringify(other)
      ? []
      : [{ section, id, mine: made, theirs: other }];
  });
}
