import type { CreateGoalBody, Goal } from "../../../../contract/goals";
import { formatDate } from "../../../lib/format-date";
import { linkOf } from "./behaviour-links";
import { numberOrNull } from "./numbers";

/** What the goal form sends: its own fields; the 360 links only when it showed them. */
export type GoalFormBody = Omit<CreateGoalBody, "overrides">;

/** Reads the goal form. A measure is sent only when its "what" is written; numbers stay as typed. */
export function goalBodyOf(data: FormData): {
  body: GoalFormBody;
  problems: Record<string, string>;
} {
  const text = (name: string) => String(data.get(name) ?? "").trim();
  const problems: Record<string, string> = {};
  const number = (name: string) => {
    const value = numberOrNull(text(name));
    if (Number.isNaN(value)) problems[name] = "Give a number, or leave it empty";
    return Number.isNaN(value) ? null : value;
  };
  const what = text("measureWhat");
  const direction = text("measureDirection") === "lower" ? "lower" : "higher";
  const body: GoalFormBody = {
    statement: text("statement"),
    measure: what ? { what, unit: text("measureUnit"), direction } : null,
    baseline: number("baseline"),
    target: number("target"),
    realisticPerWeek: number("realisticPerWeek"),
    dueDate: text("dueDate") || null,
    whyItMatters: text("whyItMatters"),
    developmentEntryIds: data.getAll("developmentEntryIds").map(String),
  };
  if (data.has("behaviourLinksShown"))
    body.behaviourLinks = data.getAll("behaviourLinks").map((value) => linkOf(String(value)));
  const start = text("startDate");
  if (start) body.startDate = start;
  if (!body.statement) problems.statement = "Write the goal in one sentence";
  return { body, problems };
}

/** The fields of a goal as the form shows them, for comparing two versions side by side. */
export function goalFacts(goal: GoalFormBody | Goal): { label: string; value: string }[] {
  const measure = goal.measure
    ? `${goal.measure.what} (${goal.measure.unit}), ${goal.measure.direction} is better`
    : "None";
  const shown = (value: number | null | undefined) => (value == null ? "–" : String(value));
  return [
    { label: "Goal", value: goal.statement ?? "" },
    { label: "Measure", value: measure },
    { label: "Baseline", value: shown(goal.baseline) },
    { label: "Target", value: shown(goal.target) },
    { label: "A realistic change a week", value: shown(goal.realisticPerWeek) },
    { label: "Start date", value: goal.startDate ? formatDate(goal.startDate) : "–" },
    { label: "Due date", value: goal.dueDate ? formatDate(goal.dueDate) : "–" },
    { label: "Why it matters", value: goal.whyItMatters || "–" },
    { label: "Development areas linked", value: String(goal.developmentEntryIds?.length ?? 0) },
    { label: "360 behaviours linked", value: String(goal.behaviourLinks?.length ?? 0) },
  ];
}
