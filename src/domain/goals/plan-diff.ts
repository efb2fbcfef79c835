import { type ActionPlan, PLAN_SECTIONS, type PlanSection, type Woop } from "./action-plan";

/** One row of a side-by-side comparison: an item as it was (before) and as it is (after). */
export type ItemChange<T> =
  | { change: "added"; id: string; after: T }
  | { change: "removed"; id: string; before: T }
  | { change: "changed"; id: string; before: T; after: T; fields: string[] }
  | { change: "unchanged"; id: string; before: T; after: T };

type PlanItem = ActionPlan[PlanSection][number];

export interface SectionDiff {
  section: PlanSection;
  /** The newer version's order, each removed item just after the item it used to follow. */
  rows: ItemChange<PlanItem>[];
}

export interface PlanDiff {
  sections: SectionDiff[];
  /** Null when neither version has WOOP prompts written. */
  woop: ItemChange<Woop> | null;
}

/** Two versions of a plan side by side, items matched by their ids. */
export function comparePlans(before: ActionPlan, after: ActionPlan): PlanDiff {
  return {
    sections: PLAN_SECTIONS.map((section) => ({
      section,
      rows: compareItems<PlanItem>(before[section], after[section]),
    })),
    woop: compareOne("woop", before.woop, after.woop),
  };
}

/** Whether anything was added, removed or changed. */
export function hasChanges(diff: PlanDiff): boolean {
  const rows = [...diff.sections.flatMap((s) => s.rows), ...(diff.woop ? [diff.woop] : [])];
  return rows.some((row) => row.change !== "unchanged");
}

export function compareItems<T extends { id: string }>(before: T[], after: T[]): ItemChange<T>[] {
  const oldById = new Map(before.map((item) => [item.id, item]));
  const newIds = new Set(after.map((item) => item.id));
  const rows = after.map((item) => compareOne(item.id, oldById.get(item.id) ?? null, item));
  const placed = rows.filter((row): row is ItemChange<T> => row !== null);
  let insertAt = 0;
  for (const item of before) {
    if (newIds.has(item.id)) {
      insertAt = placed.findIndex((row) => row.id === item.id) + 1;
    } else {
      placed.splice(insertAt, 0, { change: "removed", id: item.id, before: item });
      insertAt += 1;
    }
  }
  return placed;
}

function compareOne<T extends object>(
  id: string,
  before: T | null,
  after: T | null,
): ItemChange<T> | null {
  if (before === null) return after === null ? null : { change: "added", id, after };
  if (after === null) return { change: "removed", id, before };
  const fields = changedFields(before, after);
  return fields.length > 0
    ? { change: "changed", id, before, after, fields }
    : { change: "unchanged", id, before, after };
}

/** Dotted paths of what differs ("ifThen.action"), the id aside; lists compare whole. */
export function changedFields(before: object, after: object, prefix = ""): string[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => k !== "id");
  return keys.flatMap((key) => {
    const path = `${prefix}${key}`;
    const [x, y] = [a[key], b[key]];
    if (isRecord(x) && isRecord(y)) return changedFields(x, y, `${path}.`);
    return JSON.stringify(x) === JSON.stringify(y) ? [] : [path];
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
