import type { ActionPlan, PlanSection } from "../../../../../domain/goals/action-plan";
import { comparePlans, type ItemChange } from "../../../../../domain/goals/plan-diff";

export type Side = "mine" | "theirs";

/** An item in conflict, named across sections: "obstacles:o1", "woop:woop". */
export function conflictKey(conflict: { section: string; id: string }): string {
  return `${conflict.section}:${conflict.id}`;
}

/**
 * What to save after a stale edit: the newer version, with every change the stale edit made from
 * its base carried over. Where both changed the same item differently, the person's choice
 * decides (theirs when not chosen); items only one of them touched keep that one's change.
 */
export function mergeStaleEdit(
  base: ActionPlan,
  mine: ActionPlan,
  theirs: ActionPlan,
  conflicts: ReadonlySet<string>,
  choices: Record<string, Side>,
): ActionPlan {
  const diff = comparePlans(base, mine);
  const keeps = (key: string) => !conflicts.has(key) || choices[key] === "mine";
  const merged: ActionPlan = { ...theirs };
  for (const { section, rows } of diff.sections) {
    const changes = rows.filter((row) => row.change !== "unchanged");
    const chosen = changes.filter((row) => keeps(conflictKey({ section, id: row.id })));
    merged[section] = applyChanges(theirs[section], chosen) as never;
  }
  const woop = diff.woop;
  if (woop && woop.change !== "unchanged" && keeps(conflictKey({ section: "woop", id: woop.id }))) {
    merged.woop = woop.change === "removed" ? null : woop.after;
  }
  return merged;
}

type Item = ActionPlan[PlanSection][number];

function applyChanges(items: Item[], changes: ItemChange<Item>[]): Item[] {
  let result = [...items];
  for (const row of changes) {
    if (row.change === "removed") {
      result = result.filter((item) => item.id !== row.id);
    } else if (row.change !== "unchanged") {
      const at = result.findIndex((item) => item.id === row.id);
      if (at >= 0) result[at] = row.after;
      else result.push(row.after);
    }
  }
  return result;
}
