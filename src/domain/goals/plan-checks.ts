import type { FieldProblem } from "../field-problem";
import {
  type ActionPlan,
  PLAN_SECTIONS,
  type PlanExercise,
  type PlanResource,
} from "./action-plan";
import { isDay } from "./dates";
import { checkIfThen } from "./if-then";

/**
 * What makes a plan unsavable (a 400): an id used twice, an if-then plan missing a part, an
 * exercise with neither a real date nor a cadence, a resource link that is not a web address.
 * A cadence is only checked to look like an RRULE here; the server expands it with a library.
 */
export function checkPlan(plan: ActionPlan): FieldProblem[] {
  return [
    ...duplicateIds(plan),
    ...plan.obstacles.flatMap((o, i) => checkIfThen(o.ifThen, `obstacles.${i}.ifThen`)),
    ...plan.exercises.flatMap((e, i) => exerciseProblems(e, `exercises.${i}`)),
    ...plan.resources.flatMap((r, i) => resourceProblems(r, `resources.${i}`)),
  ];
}

function duplicateIds(plan: ActionPlan): FieldProblem[] {
  const seen = new Set<string>();
  return PLAN_SECTIONS.flatMap((section) =>
    plan[section].flatMap((item, index): FieldProblem[] => {
      if (!seen.has(item.id)) {
        seen.add(item.id);
        return [];
      }
      return [
        { path: `${section}.${index}.id`, message: "Each item of the plan needs its own id." },
      ];
    }),
  );
}

const RRULE_PATTERN = /^(RRULE:)?FREQ=(DAILY|WEEKLY|MONTHLY|YEARLY)(;[A-Z]+=[A-Za-z0-9,+:-]+)*$/;

function exerciseProblems(exercise: PlanExercise, path: string): FieldProblem[] {
  const { schedule } = exercise;
  if (schedule.kind === "once" && !isDay(schedule.dueDate)) {
    return [{ path: `${path}.schedule.dueDate`, message: "Give the exercise a real due date." }];
  }
  if (schedule.kind === "cadence" && !RRULE_PATTERN.test(schedule.rrule)) {
    return [
      {
        path: `${path}.schedule.rrule`,
        message: 'Give the cadence as a repeat rule, for example "FREQ=WEEKLY;BYDAY=MO".',
      },
    ];
  }
  return [];
}

function resourceProblems(resource: PlanResource, path: string): FieldProblem[] {
  if (resource.url === undefined || /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(resource.url)) return [];
  return [{ path: `${path}.url`, message: "Give a web address starting with https://." }];
}
