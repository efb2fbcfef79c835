import type { ExerciseSchedule, PlanSection, Woop } from "../../../../../domain/goals/action-plan";
import { describeCadence } from "../../../../../domain/goals/cadence-words";
import { formatIfThen } from "../../../../../domain/goals/if-then";
import { formatDate } from "../../../../lib/format-date";

/** One line of an item as people read it, with the fields of the item it shows. */
export interface ItemLine {
  label: string;
  text: string;
  paths: string[];
}

type AnyItem = Record<string, unknown>;

/** An item of a section (or the WOOP prompts) as labelled lines, for versions side by side. */
export function itemLines(section: PlanSection | "woop", value: unknown): ItemLine[] {
  const item = (value ?? {}) as AnyItem;
  const text = (key: string) => String(item[key] ?? "");
  switch (section) {
    case "skills":
      return [
        { label: "Skill or behaviour", text: text("text"), paths: ["text"] },
        ...(item.behaviour
          ? [{ label: "From the 360", text: "Linked to a 360 behaviour", paths: ["behaviour"] }]
          : []),
      ];
    case "strategies":
      return [{ label: "Strategy", text: text("text"), paths: ["text"] }];
    case "exercises":
      return [
        { label: "Exercise", text: text("task"), paths: ["task"] },
        {
          label: "When",
          text: scheduleText(item.schedule as ExerciseSchedule),
          paths: ["schedule"],
        },
      ];
    case "resources":
      return [
        { label: "Resource", text: text("title"), paths: ["title"] },
        ...(item.url ? [{ label: "Link", text: text("url"), paths: ["url"] }] : []),
      ];
    case "obstacles":
      return [
        { label: "Obstacle", text: text("obstacle"), paths: ["obstacle"] },
        {
          label: "If-then plan",
          text: formatIfThen(item.ifThen as { situation: string; action: string }),
          paths: ["ifThen"],
        },
      ];
    case "woop":
      return woopLines(item as unknown as Woop);
  }
}

export const WOOP_PROMPTS = [
  ["wish", "Wish", "What do you want to achieve with this goal?"],
  ["outcome", "Outcome", "What will be the best result? How will it feel?"],
  ["obstacle", "Obstacle", "What in you could get in the way?"],
  ["plan", "Plan", "When that obstacle shows up, what will you do?"],
] as const;

function woopLines(woop: Woop): ItemLine[] {
  return WOOP_PROMPTS.filter(([key]) => woop[key]).map(([key, label]) => ({
    label,
    text: woop[key],
    paths: [key],
  }));
}

export function scheduleText(schedule: ExerciseSchedule | undefined): string {
  if (!schedule) return "";
  return schedule.kind === "once"
    ? `By ${formatDate(schedule.dueDate)}`
    : describeCadence(schedule.rrule);
}

/** Whether a line shows one of the changed fields ("ifThen.action" is under "ifThen"). */
export function lineChanged(line: ItemLine, fields: string[] | undefined): boolean {
  return (fields ?? []).some((field) =>
    line.paths.some((path) => field === path || field.startsWith(`${path}.`)),
  );
}

/** One sentence for an item in a list or a conflict. */
export function itemSummary(section: PlanSection | "woop", value: unknown): string {
  return itemLines(section, value)
    .map((line) => line.text)
    .filter(Boolean)
    .join(" — ");
}
