import type { Goal, GuidanceItem } from "../../../../contract/goals";

/** The fields of the goal form, in the order they are shown; guidance goes beside each. */
export const GOAL_FIELDS = [
  "statement",
  "measure",
  "baseline",
  "target",
  "realisticPerWeek",
  "startDate",
  "dueDate",
  "whyItMatters",
  "developmentEntryIds",
  "behaviourLinks",
] as const;
export type GoalField = (typeof GOAL_FIELDS)[number];

/** The field a path of the API belongs to: "measure.unit" is shown at the measure. */
export function fieldOf(path: string): GoalField | null {
  const head = path.replace(/^body[./]/, "").split(/[./]/)[0] ?? "";
  return (GOAL_FIELDS as readonly string[]).includes(head) ? (head as GoalField) : null;
}

/** Guidance grouped by the field it is shown beside; what names no field goes under "". */
export function guidanceByField(items: GuidanceItem[]): Map<GoalField | "", GuidanceItem[]> {
  const byField = new Map<GoalField | "", GuidanceItem[]>();
  for (const item of items) {
    const field = fieldOf(item.path) ?? "";
    byField.set(field, [...(byField.get(field) ?? []), item]);
  }
  return byField;
}

/** The overrides to send when one more piece of guidance is set aside: the kept ones, plus it. */
export function withOverride(goal: Goal, code: string, reason: string) {
  return [
    ...goal.overrides
      .filter((override) => override.code !== code)
      .map(({ code, reason }) => ({ code, reason })),
    { code, reason },
  ];
}

/** The overrides to send when one set aside is brought back. */
export function withoutOverride(goal: Goal, code: string) {
  return goal.overrides
    .filter((override) => override.code !== code)
    .map(({ code, reason }) => ({ code, reason }));
}

/** How a piece of guidance opens, in plain words. */
export function severityWord(severity: GuidanceItem["severity"]): string {
  if (severity === "question") return "A question";
  if (severity === "invalid") return "Needs fixing";
  return "Advice";
}
