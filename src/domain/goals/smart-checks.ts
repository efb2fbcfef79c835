import { dateChecks } from "./date-checks";
import { isDay } from "./dates";
import type { GoalContext, GoalDraft } from "./goal-draft";
import { type Guidance, guidance } from "./guidance";
import { measureChecks } from "./measure-checks";
import { judgeStatement } from "./observable-statement";
import { stretchQuestion } from "./stretch";

export type { Guidance, Severity } from "./guidance";

type Check = (draft: GoalDraft, context: GoalContext) => Guidance[];

/**
 * Everything Keel says about a goal draft, field by field: what must be fixed (invalid), what
 * the coach may set aside with a reason (advice), and the stretch question.
 */
export function checkGoal(draft: GoalDraft, context: GoalContext): Guidance[] {
  const checks: Check[] = [statementChecks, measureChecks, dateChecks, linkChecks, stretchCheck];
  return checks.flatMap((check) => check(draft, context));
}

function statementChecks(draft: GoalDraft): Guidance[] {
  const statement = draft.statement.trim();
  if (!statement) {
    return [guidance("invalid", "no_statement", "statement", "Write the goal in one sentence.")];
  }
  const verdict = judgeStatement(statement);
  if (verdict.observable) return [];
  const lead = verdict.vaguePhrase
    ? `"${verdict.vaguePhrase}" describes a hope rather than something others could see.`
    : "This does not yet say what you will do that others could see.";
  const hint = 'Name an action, for example "delegate two projects a month to my team".';
  return [guidance("advice", "vague_statement", "statement", `${lead} ${hint}`)];
}

function linkChecks(draft: GoalDraft, context: GoalContext): Guidance[] {
  const found: Guidance[] = [];
  if (draft.developmentEntryIds.length === 0) {
    const message =
      "Link the goal to the development profile: which development area or strength does it build on?";
    found.push(guidance("advice", "no_development_link", "developmentEntryIds", message));
  }
  if (context.behavioursAvailable && draft.behaviourLinks.length === 0) {
    const message =
      "Name the 360 behaviours this goal should change, so later feedback can measure them.";
    found.push(guidance("advice", "no_behaviour_link", "behaviourLinks", message));
  }
  if (!draft.whyItMatters.trim()) {
    const message = "Say why this goal matters: how it serves the career you are aiming for.";
    found.push(guidance("advice", "no_why", "whyItMatters", message));
  }
  return found;
}

function stretchCheck(draft: GoalDraft, context: GoalContext): Guidance[] {
  const { baseline, target, dueDate } = draft;
  if (!draft.measure || baseline === null || target === null) return [];
  if (dueDate === null || !isDay(dueDate)) return [];
  const question = stretchQuestion({
    from: context.latestValue ?? baseline,
    target,
    dueDate,
    today: context.today,
    realisticPerWeek: draft.realisticPerWeek,
  });
  return question ? [guidance("question", "stretch", "target", question)] : [];
}
