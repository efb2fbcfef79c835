import type { Day } from "./dates";
import type { BehaviourLink } from "./goal-draft";

/**
 * One goal's action plan. Every item has an id that stays the same across versions, so two
 * versions can be compared item by item (plan-diff.ts).
 */
export interface ActionPlan {
  skills: PlanSkill[];
  strategies: PlanStrategy[];
  exercises: PlanExercise[];
  resources: PlanResource[];
  obstacles: PlanObstacle[];
  /** The WOOP prompts, one way for the client to think the plan through. */
  woop: Woop | null;
}

export const PLAN_SECTIONS = [
  "skills",
  "strategies",
  "exercises",
  "resources",
  "obstacles",
] as const;
export type PlanSection = (typeof PLAN_SECTIONS)[number];

export const SECTION_LABELS: Record<PlanSection, string> = {
  skills: "Skills and behaviours to develop",
  strategies: "Strategies",
  exercises: "Practical exercises",
  resources: "Resources",
  obstacles: "Obstacles and if-then plans",
};

/** A skill or behaviour to develop, linked to the 360 behaviour it came from, if any. */
export interface PlanSkill {
  id: string;
  text: string;
  behaviour?: BehaviourLink;
}

export interface PlanStrategy {
  id: string;
  text: string;
}

/** When an exercise is done: once by a date, or on a cadence written as an RRULE. */
export type ExerciseSchedule = { kind: "once"; dueDate: Day } | { kind: "cadence"; rrule: string };

export interface PlanExercise {
  id: string;
  task: string;
  schedule: ExerciseSchedule;
}

export interface PlanResource {
  id: string;
  title: string;
  url?: string;
}

/** "If <situation>, then I will <action>." */
export interface IfThenPlan {
  situation: string;
  action: string;
}

export interface PlanObstacle {
  id: string;
  obstacle: string;
  ifThen: IfThenPlan;
}

export interface Woop {
  wish: string;
  outcome: string;
  obstacle: string;
  plan: string;
}

export function emptyPlan(): ActionPlan {
  return { skills: [], strategies: [], exercises: [], resources: [], obstacles: [], woop: null };
}
