import type { EngagementRelation } from "../engagement/access";
import type { Stage } from "../engagement/stages";
import type { FieldProblem } from "../field-problem";
import type { IfThenPlan } from "../goals/action-plan";
import { checkIfThen } from "../goals/if-then";

/**
 * The sustain plan: the habits, mindsets and new skills that carry the growth on after the
 * coaching, each with the cue that starts it, how the client will know it is kept, and the
 * if-then plans that guard it (the same shape and checks as a goal's action plan).
 */
export const SUSTAIN_ITEM_KINDS = ["habit", "mindset", "skill"] as const;
export type SustainItemKind = (typeof SUSTAIN_ITEM_KINDS)[number];

export const SUSTAIN_KIND_LABELS: Record<SustainItemKind, string> = {
  habit: "Habit",
  mindset: "Mindset",
  skill: "New skill",
};

export interface SustainItem {
  id: string;
  kind: SustainItemKind;
  title: string;
  /** When it happens: the moment or signal that starts it. */
  cue: string;
  /** How the client knows it is kept. */
  check: string;
  ifThen: IfThenPlan[];
}

export const MAX_SUSTAIN_ITEMS = 12;
export const MAX_IF_THEN_PER_ITEM = 3;
export const MAX_ITEM_TITLE = 120;
export const MAX_ITEM_TEXT = 300;

/** The plan is written while the engagement is in review or sustaining; closing freezes it. */
export const SUSTAIN_EDIT_STAGES: readonly Stage[] = ["review", "sustaining"];
/** The stages whose pages show the plan. */
export const SUSTAIN_STAGES: readonly Stage[] = ["review", "sustaining", "closed"];

/** The client and their coach write the plan together; nobody else sees it. */
export function mayEditSustainPlan(relation: EngagementRelation | null): boolean {
  return relation === "coach" || relation === "client";
}

/** Whether quarterly check-ins come, and whether a slip is told to the coach: the client's call. */
export function mayChooseSustainMail(relation: EngagementRelation | null): boolean {
  return relation === "client";
}

/** What a plan lacks, each at its field ("items.0.ifThen.1.action"). */
export function sustainPlanProblems(items: readonly SustainItem[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (items.length > MAX_SUSTAIN_ITEMS)
    problems.push({
      path: "items",
      message: `Keep the plan to ${MAX_SUSTAIN_ITEMS} items at most.`,
    });
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const path = `items.${index}`;
    if (seen.has(item.id))
      problems.push({ path: `${path}.id`, message: "Each item needs its own id." });
    seen.add(item.id);
    problems.push(...textProblems(item, path));
    if (item.ifThen.length === 0)
      problems.push({
        path: `${path}.ifThen`,
        message: "Add an if-then plan: the obstacle most likely to stop it, and what you will do.",
      });
    if (item.ifThen.length > MAX_IF_THEN_PER_ITEM)
      problems.push({
        path: `${path}.ifThen`,
        message: `Keep it to ${MAX_IF_THEN_PER_ITEM} if-then plans.`,
      });
    item.ifThen.forEach((plan, i) => {
      problems.push(...checkIfThen(plan, `${path}.ifThen.${i}`));
    });
  });
  return problems;
}

function textProblems(item: SustainItem, path: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const title = item.title.trim();
  if (!title) problems.push({ path: `${path}.title`, message: "Name what you will keep doing." });
  else if (title.length > MAX_ITEM_TITLE)
    problems.push({
      path: `${path}.title`,
      message: `Keep the name to ${MAX_ITEM_TITLE} characters.`,
    });
  const parts = [
    ["cue", item.cue, 'Say when it happens, for example "each Monday at 9, before email".'],
    [
      "check",
      item.check,
      'Say how you will know you kept it, for example "three asked questions a week".',
    ],
  ] as const;
  for (const [field, text, hint] of parts) {
    const words = text.trim().split(/\s+/).filter(Boolean).length;
    if (words < 2) problems.push({ path: `${path}.${field}`, message: hint });
    else if (text.trim().length > MAX_ITEM_TEXT)
      problems.push({
        path: `${path}.${field}`,
        message: `Keep it to ${MAX_ITEM_TEXT} characters.`,
      });
  }
  return problems;
}
