import { z } from "zod";
import { GOAL_STATUSES } from "../domain/goals/goal-status";
import { fieldProblem, isoDate, personRef } from "./common";

// The shapes of goals, their measurements, milestones and action plans (stage 2). What a goal
// needs beyond its shape (a measure for its numbers, dates in order, links within the engagement)
// is checked by the domain's SMART checks, which name each field to fix.

const text = (max: number) =>
  z.string("Write this as text").trim().max(max, `Keep this under ${max} characters`);
const filled = (max: number) => text(max).min(1, "Write something here, or remove the item");
/** Numbers a person types: bounded so that no figure derived from them overflows. */
const figure = z
  .number("Give a number")
  .min(-1_000_000_000, "Give a smaller number")
  .max(1_000_000_000, "Give a smaller number");
const reason = text(500).describe("Why, in a sentence");

export const direction = z.enum(["higher", "lower"], {
  error: "Say whether higher or lower is better",
});
export const measure = z.strictObject({
  what: text(200).describe('What is counted or rated, e.g. "Tasks delegated"'),
  unit: text(60).describe('e.g. "tasks a week"'),
  direction,
});

export const behaviourLink = z.strictObject({
  competencyId: text(100).min(1, "Choose a competency"),
  itemId: text(100).min(1).optional().describe("One behaviour of the competency"),
});

export type BehaviourLink = z.output<typeof behaviourLink>;

export const override = z.strictObject({
  code: text(60).min(1).describe("The code of the guidance set aside"),
  reason,
});

const goalFields = {
  statement: text(500).describe("The goal in one sentence, with an action others could see"),
  measure: measure.nullable(),
  baseline: figure.nullable(),
  target: figure.nullable(),
  realisticPerWeek: figure
    .nullable()
    .describe("The change a week that looks realistic; the stretch question reads it"),
  startDate: isoDate.describe("The day the baseline holds"),
  dueDate: isoDate.nullable(),
  whyItMatters: text(2000),
  developmentEntryIds: z
    .array(z.uuid("Not an entry id"))
    .max(20, "Link at most 20 entries")
    .describe("Entries of this engagement's development profile"),
  behaviourLinks: z
    .array(behaviourLink)
    .max(30, "Link at most 30 behaviours")
    .describe("Competencies or behaviours of the engagement's newest 360 model"),
  overrides: z
    .array(override)
    .max(20)
    .describe("Guidance set aside, each with a reason; replaces those kept before"),
};

export const createGoalBody = z.strictObject({
  ...goalFields,
  measure: goalFields.measure.default(null),
  baseline: goalFields.baseline.default(null),
  target: goalFields.target.default(null),
  realisticPerWeek: goalFields.realisticPerWeek.default(null),
  startDate: goalFields.startDate
    .optional()
    .describe("The day the baseline holds; today if left out"),
  dueDate: goalFields.dueDate.default(null),
  whyItMatters: goalFields.whyItMatters.default(""),
  developmentEntryIds: goalFields.developmentEntryIds.default([]),
  behaviourLinks: goalFields.behaviourLinks.default([]),
  overrides: goalFields.overrides.default([]),
});
export type CreateGoalBody = z.input<typeof createGoalBody>;

export const updateGoalBody = z.strictObject({
  ...z.object(goalFields).partial().shape,
  revision: z.int("Send the revision you edited").min(1),
  reason: reason.optional(),
});
export type UpdateGoalBody = z.input<typeof updateGoalBody>;

export const closeGoalBody = z.strictObject({
  outcome: z.enum(["achieved", "dropped", "replaced"], {
    error: "Choose achieved, dropped or replaced",
  }),
  revision: z.int("Send the revision you closed").min(1),
  reason: reason.optional().describe("Why; needed when the goal is dropped"),
  on: isoDate.optional().describe("When it was achieved; today if left out"),
  replacedBy: z.uuid("Not a goal id").optional().describe("The goal that replaces it"),
});
export type CloseGoalBody = z.input<typeof closeGoalBody>;

export const guidanceItem = fieldProblem.extend({
  code: z.string(),
  severity: z.enum(["invalid", "advice", "question"]),
});
export type GuidanceItem = z.output<typeof guidanceItem>;

export const measurement = z.object({
  id: z.uuid(),
  value: z.number(),
  measuredOn: isoDate,
  note: z.string().nullable(),
  source: z.enum(["manual", "check_in"]),
  recordedBy: personRef,
  recordedAt: z.iso.datetime(),
});
export type Measurement = z.output<typeof measurement>;

export const milestone = z.object({
  id: z.uuid(),
  goalId: z.uuid(),
  title: z.string(),
  dueOn: isoDate,
  doneAt: z.iso.datetime().nullable(),
});
export type Milestone = z.output<typeof milestone>;

export const goalStatus = z.object({
  status: z.enum(GOAL_STATUSES),
  label: z.string().describe('In three words or fewer: "On track"'),
  explanation: z.string().describe("One sentence, the same wherever the status shows"),
  expected: z.number().optional().describe("Where the line stood on the latest measurement's day"),
});

export const goal = z.object({
  id: z.uuid(),
  engagementId: z.uuid(),
  position: z.int(),
  statement: z.string(),
  measure: measure.nullable(),
  baseline: z.number().nullable(),
  target: z.number().nullable(),
  realisticPerWeek: z.number().nullable(),
  startDate: isoDate,
  dueDate: isoDate.nullable(),
  whyItMatters: z.string(),
  developmentEntryIds: z.array(z.uuid()),
  behaviourLinks: z.array(behaviourLink),
  state: z.enum(["open", "achieved", "dropped", "replaced"]),
  closedOn: isoDate.nullable(),
  closedReason: z.string().nullable(),
  replacedBy: z.uuid().nullable(),
  status: goalStatus,
  guidance: z
    .array(guidanceItem)
    .describe("Advice and questions still open beside the fields (none once the goal is closed)"),
  overrides: z.array(
    override.extend({ by: z.uuid(), at: z.iso.datetime() }).describe("Guidance set aside"),
  ),
  latest: z.object({ value: z.number(), on: isoDate }).nullable(),
  milestones: z.array(milestone),
  measurements: z.array(measurement).describe("Oldest first; withdrawn ones left out"),
  planVersion: z.int().describe("The current plan's version; 0 while there is none"),
  revision: z.int().describe("Send it back with an edit; a newer one means someone else saved"),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Goal = z.output<typeof goal>;

/** GET /api/engagements/:id/goals */
export const goalList = z.object({ goals: z.array(goal) });

/** The behaviours a goal may name: those of the engagement's newest 360 model, if it has one. */
export const behaviourOptions = z.object({
  model: z
    .object({
      name: z.string(),
      competencies: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          behaviours: z.array(z.object({ id: z.string(), text: z.string() })),
        }),
      ),
    })
    .nullable(),
});
export type BehaviourOptions = z.output<typeof behaviourOptions>;
export type GoalList = z.output<typeof goalList>;

/** The 409 of an edit of a goal someone else saved meanwhile: the goal as it is now. */
export const staleGoal = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
  current: goal,
});

export const addMeasurementBody = z.strictObject({
  value: figure,
  measuredOn: isoDate,
  note: text(500).optional(),
});
export type AddMeasurementBody = z.input<typeof addMeasurementBody>;

export const addMilestoneBody = z.strictObject({
  title: text(200).min(1, "Name the milestone"),
  dueOn: isoDate,
});
export type AddMilestoneBody = z.input<typeof addMilestoneBody>;

export const updateMilestoneBody = z
  .strictObject({
    title: addMilestoneBody.shape.title,
    dueOn: isoDate,
    done: z.boolean(),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, "Send at least one field to change");
export type UpdateMilestoneBody = z.input<typeof updateMilestoneBody>;

// The action plan. Every item carries an id the editor gives it, kept across versions.
const itemId = z
  .string("Give the item an id")
  .min(1, "Give the item an id")
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "Use letters, digits, - and _ in an id");

const schedule = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("once"), dueDate: isoDate }),
  z.strictObject({
    kind: z.literal("cadence"),
    rrule: text(300).describe('A repeat rule, e.g. "FREQ=WEEKLY;BYDAY=MO"'),
  }),
]);

export const actionPlan = z.strictObject({
  skills: z
    .array(z.strictObject({ id: itemId, text: filled(1000), behaviour: behaviourLink.optional() }))
    .max(50),
  strategies: z.array(z.strictObject({ id: itemId, text: filled(1000) })).max(50),
  exercises: z.array(z.strictObject({ id: itemId, task: filled(1000), schedule })).max(50),
  resources: z
    .array(z.strictObject({ id: itemId, title: filled(300), url: text(2000).optional() }))
    .max(50),
  obstacles: z
    .array(
      z.strictObject({
        id: itemId,
        obstacle: filled(1000),
        ifThen: z.strictObject({ situation: text(300), action: text(300) }),
      }),
    )
    .max(50),
  woop: z
    .strictObject({
      wish: text(1000),
      outcome: text(1000),
      obstacle: text(1000),
      plan: text(1000),
    })
    .nullable()
    .describe("The WOOP prompts: wish, outcome, obstacle, plan"),
});
export type ActionPlan = z.output<typeof actionPlan>;

export const planSource = z.enum(["edit", "resolution", "template", "session"]);

/** One saved version's facts: who changed the plan, when and why. */
export const planVersionFacts = z.object({
  version: z.int(),
  basedOn: z.int().nullable(),
  source: planSource,
  changedBy: personRef,
  changedAt: z.iso.datetime(),
  reason: z.string().nullable(),
});
export type PlanVersionFacts = z.output<typeof planVersionFacts>;

/** GET /api/goals/:id/plan: the current version; version 0 (an empty plan) before any save. */
export const planView = z.object({
  goalId: z.uuid(),
  version: z.int(),
  plan: actionPlan,
  saved: planVersionFacts.nullable().describe("Null before the first save"),
});
export type PlanView = z.output<typeof planView>;

export const savePlanBody = z.strictObject({
  baseVersion: z.int("Send the version you edited").min(0),
  plan: actionPlan,
  reason: reason.optional(),
  resolvesConflict: z
    .boolean()
    .default(false)
    .describe("True when this save settles a stale edit against a newer version"),
  sessionId: z
    .uuid("Give the session's id")
    .optional()
    .describe("The session of the same engagement that decided this change"),
});
export type SavePlanBody = z.input<typeof savePlanBody>;

const planSectionName = z.enum(["skills", "strategies", "exercises", "resources", "obstacles"]);

export const planConflict = z.object({
  section: z.enum([...planSectionName.options, "woop"]),
  id: z.string(),
  mine: z.unknown().describe("What the stale edit made of the item; null where it removed it"),
  theirs: z.unknown().describe("What the newer version made of it; null where it was removed"),
});

/** The 409 of a plan saved on a version that is no longer the latest: nothing was saved. */
export const stalePlan = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
  latest: planView,
  conflictingItems: z
    .array(planConflict)
    .describe("Items both edits changed differently from the version the edit started from"),
});

export const planVersionList = z.array(planVersionFacts);

export const compareQuery = z.strictObject({
  from: z.coerce.number().int("Give a version number").min(0, "Give a version number"),
  to: z.coerce.number().int("Give a version number").min(0, "Give a version number"),
});

const itemChange = z.object({
  change: z.enum(["added", "removed", "changed", "unchanged"]),
  id: z.string(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  fields: z.array(z.string()).optional().describe('Changed fields, e.g. "ifThen.action"'),
});

/** GET /api/goals/:id/plan/compare: two versions side by side, items matched by id. */
export const planComparison = z.object({
  from: z.int(),
  to: z.int(),
  sections: z.array(z.object({ section: planSectionName, rows: z.array(itemChange) })),
  woop: itemChange.nullable(),
});
export type PlanComparison = z.output<typeof planComparison>;

/** A goal's fields as one save left them. */
export const goalSnapshot = z.object({
  statement: z.string(),
  measure: measure.nullable(),
  baseline: z.number().nullable(),
  target: z.number().nullable(),
  realisticPerWeek: z.number().nullable().optional(),
  startDate: isoDate,
  dueDate: isoDate.nullable(),
  whyItMatters: z.string(),
  developmentEntryIds: z.array(z.uuid()),
  behaviourLinks: z.array(behaviourLink),
  state: z.enum(["open", "achieved", "dropped", "replaced"]),
  closedOn: isoDate.nullable(),
  closedReason: z.string().nullable(),
  replacedBy: z.uuid().nullable(),
});

export type GoalSnapshot = z.output<typeof goalSnapshot>;

/** GET /api/goals/:id/revisions: every save of the goal's own fields, newest first. */
export const goalRevisionList = z.array(
  z.object({
    revision: z.int(),
    changedBy: personRef,
    changedAt: z.iso.datetime(),
    reason: z.string().nullable(),
    goal: goalSnapshot,
  }),
);
export type GoalRevisionList = z.output<typeof goalRevisionList>;

export const addCommentBody = z.strictObject({
  body: text(4000).min(1, "Write the comment"),
});
export type AddCommentBody = z.input<typeof addCommentBody>;

/** What the client or coach said about a goal. */
export const goalComment = z.object({
  id: z.uuid(),
  goalId: z.uuid(),
  author: personRef,
  body: z.string(),
  createdAt: z.iso.datetime(),
});
export type GoalComment = z.output<typeof goalComment>;

/** A plan template on offer: Keel's own (built-in) or the coach's. */
export const planTemplateSummary = z.object({
  id: z.string(),
  kind: z.enum(["built-in", "own"]),
  version: z.int().nullable().describe("The file's version, for a built-in"),
  title: z.string(),
  summary: z.string(),
});
export const planTemplate = planTemplateSummary.extend({ plan: actionPlan });
export type PlanTemplate = z.output<typeof planTemplate>;

export const createPlanTemplateBody = z.strictObject({
  title: text(160).min(3, "Use at least 3 characters"),
  summary: text(1000).default(""),
  plan: actionPlan.optional().describe("The plan to keep; or send fromGoal"),
  fromGoal: z.uuid("Not a goal id").optional().describe("Keep this goal's current plan"),
});
export type CreatePlanTemplateBody = z.input<typeof createPlanTemplateBody>;

export const startFromTemplateBody = z.strictObject({
  templateId: z.string().min(1, "Choose a template").max(100),
  baseVersion: z.int("Send the version you edited").min(0),
  reason: reason.optional(),
});
export type StartFromTemplateBody = z.input<typeof startFromTemplateBody>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** GET /api/engagements/:id/due-this-week */
export const dueThisWeekQuery = z.strictObject({
  timeZone: z
    .string()
    .max(64)
    .refine(isTimeZone, "Give a time zone such as Europe/London")
    .default("UTC")
    .describe("The reader's time zone: the week and a cadence's days are counted in it"),
  day: isoDate.optional().describe("A day of the week to show; today if left out"),
});
export type DueThisWeekQuery = z.input<typeof dueThisWeekQuery>;

export const dueItem = z.object({
  kind: z.enum(["milestone", "exercise"]),
  goalId: z.uuid(),
  goalStatement: z.string(),
  id: z.string().describe("The milestone's id, or the plan exercise's item id"),
  title: z.string(),
  date: isoDate,
  overdue: z.boolean().describe("Due before this week and not done"),
});
export type DueItem = z.output<typeof dueItem>;

export const dueThisWeekView = z.object({
  weekStart: isoDate,
  weekEnd: isoDate,
  today: isoDate,
  items: z.array(dueItem).describe("Across the open goals, overdue first, then by day"),
});
export type DueThisWeekView = z.output<typeof dueThisWeekView>;

/** GET /api/coach/goals-at-risk: the coach's clients with open goals at risk or off track. */
export const goalsAtRiskList = z.object({
  goals: z.array(
    z.object({
      goalId: z.uuid(),
      statement: z.string(),
      status: goalStatus,
      engagement: z.object({ id: z.uuid(), title: z.string() }),
      client: personRef,
    }),
  ),
});
export type GoalsAtRiskList = z.output<typeof goalsAtRiskList>;
