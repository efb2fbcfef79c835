import type { Goal } from "../../contract/goals";
import type { GoalContext, GoalDraft } from "../../domain/goals/goal-draft";
import { type GoalClosure, statusOfGoal } from "../../domain/goals/goal-status";
import { openGuidance } from "../../domain/goals/overrides";
import { checkGoal } from "../../domain/goals/smart-checks";
import type { GoalRow, LinkRow, MeasurementRow, MilestoneRow } from "./queries";

// A goal as the API shows it: its fields, its status in words and the guidance still open.

/** Today, as the day goals are judged on. */
export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export interface GoalParts {
  measurements: MeasurementRow[];
  milestones: MilestoneRow[];
  links: LinkRow[];
  behavioursAvailable: boolean;
  engagementEndDate: string | null;
  today: string;
}

type Links = Pick<GoalDraft, "developmentEntryIds" | "behaviourLinks">;

export function linksOf(links: LinkRow[]): Links {
  const found: Links = { developmentEntryIds: [], behaviourLinks: [] };
  for (const link of links) {
    if (link.kind === "entry") found.developmentEntryIds.push(link.first);
    else
      found.behaviourLinks.push(
        link.second === null
          ? { competencyId: link.first }
          : { competencyId: link.first, itemId: link.second },
      );
  }
  return found;
}

/** The goal's fields as the domain's checks read them. */
export function draftOf(row: GoalRow["goal"], links: Links): GoalDraft {
  return {
    statement: row.statement,
    measure:
      row.measureWhat === null
        ? null
        : {
            what: row.measureWhat,
            unit: row.measureUnit ?? "",
            direction: row.direction ?? "higher",
          },
    baseline: row.baseline,
    target: row.target,
    realisticPerWeek: row.realisticPerWeek,
    startDate: row.startDate,
    dueDate: row.dueDate,
    whyItMatters: row.whyItMatters,
    ...links,
  };
}

export function contextOf(
  parts: Pick<GoalParts, "behavioursAvailable" | "engagementEndDate" | "today">,
  latestValue: number | null = null,
): GoalContext {
  return {
    today: parts.today,
    engagementEndDate: parts.engagementEndDate,
    behavioursAvailable: parts.behavioursAvailable,
    latestValue,
  };
}

function closureOf({ goal, replacedByStatement }: GoalRow): GoalClosure | null {
  if (goal.state === "achieved") return { kind: "achieved", on: goal.closedOn ?? "" };
  if (goal.state === "dropped") return { kind: "dropped", reason: goal.closedReason ?? "" };
  if (goal.state === "replaced")
    return replacedByStatement
      ? { kind: "replaced", byStatement: replacedByStatement }
      : { kind: "replaced" };
  return null;
}

const byGoal = <T extends { goalId: string }>(rows: T[], goalId: string) =>
  rows.filter((row) => row.goalId === goalId);

/** Every goal of the rows, each with its own measurements, milestones and links. */
export function presentGoals(rows: GoalRow[], parts: GoalParts): Goal[] {
  const grouped = (goalId: string) => ({
    measurements: byGoal(parts.measurements, goalId),
    milestones: byGoal(parts.milestones, goalId),
    links: byGoal(parts.links, goalId),
  });
  return rows.map((row) => presentGoal(row, { ...parts, ...grouped(row.goal.id) }));
}

function presentGoal(row: GoalRow, parts: GoalParts): Goal {
  const { goal } = row;
  const draft = draftOf(goal, linksOf(parts.links));
  const status = statusOfGoal({
    direction: goal.direction,
    baseline: goal.baseline,
    target: goal.target,
    startDate: goal.startDate,
    dueDate: goal.dueDate,
    measurements: parts.measurements.map((m) => ({ value: m.value, date: m.measuredOn })),
    closure: closureOf(row),
    today: parts.today,
  });
  const guidance =
    goal.state === "open"
      ? openGuidance(checkGoal(draft, contextOf(parts, goal.latestValue)), goal.overrides)
      : [];
  return {
    id: goal.id,
    engagementId: goal.engagementId,
    position: goal.position,
    ...draft,
    realisticPerWeek: goal.realisticPerWeek,
    state: goal.state,
    closedOn: goal.closedOn,
    closedReason: goal.closedReason,
    replacedBy: goal.replacedBy,
    status: {
      status: status.status,
      label: status.label,
      explanation: status.explanation,
      ...(status.expected === undefined ? {} : { expected: status.expected }),
    },
    guidance,
    overrides: goal.overrides,
    latest:
      goal.latestValue === null || goal.latestOn === null
        ? null
        : { value: goal.latestValue, on: goal.latestOn },
    milestones: parts.milestones.map(presentMilestone),
    measurements: parts.measurements.map(presentMeasurement),
    planVersion: goal.planVersion,
    revision: goal.revision,
    createdAt: goal.createdAt.toISOString(),
    updatedAt: goal.updatedAt.toISOString(),
  };
}

export function presentMilestone(row: MilestoneRow) {
  return {
    id: row.id,
    goalId: row.goalId,
    title: row.title,
    dueOn: row.dueOn,
    doneAt: row.doneAt?.toISOString() ?? null,
  };
}

function presentMeasurement(row: MeasurementRow) {
  return {
    id: row.id,
    value: row.value,
    measuredOn: row.measuredOn,
    note: row.note,
    source: row.source,
    recordedBy: row.recordedBy,
    recordedAt: row.createdAt.toISOString(),
  };
}
