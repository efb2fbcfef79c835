import { type Day, daysBetween, formatDay, isDay } from "./dates";
import type { GoalContext, GoalDraft } from "./goal-draft";
import { type Guidance, guidance } from "./guidance";

/** How far from today a goal's dates may lie before they are a typing slip. */
export const MAX_YEARS_AWAY = 5;

/** The start and due dates of a goal draft, against today and the engagement's end. */
export function dateChecks(draft: GoalDraft, context: GoalContext): Guidance[] {
  const start = startDateChecks(draft.startDate, context.today);
  return [...start, ...dueDateChecks(draft, context, start.length === 0)];
}

function startDateChecks(startDate: Day, today: Day): Guidance[] {
  if (!isDay(startDate)) {
    return [guidance("invalid", "bad_date", "startDate", "Give the start date as a real day.")];
  }
  if (outOfRange(startDate, today)) {
    return [guidance("invalid", "date_out_of_range", "startDate", outOfRangeMessage)];
  }
  return [];
}

function dueDateChecks(draft: GoalDraft, context: GoalContext, startIsGood: boolean): Guidance[] {
  const { startDate, dueDate } = draft;
  if (dueDate === null) {
    const message = "Add a due date: when the target is due.";
    return [guidance("advice", "no_due_date", "dueDate", message)];
  }
  if (!isDay(dueDate)) {
    return [guidance("invalid", "bad_date", "dueDate", "Give the due date as a real day.")];
  }
  if (outOfRange(dueDate, context.today)) {
    return [guidance("invalid", "date_out_of_range", "dueDate", outOfRangeMessage)];
  }
  if (startIsGood && daysBetween(startDate, dueDate) <= 0) {
    const message = `The due date must come after the start (${formatDay(startDate, context.today)}).`;
    return [guidance("invalid", "dates_reversed", "dueDate", message)];
  }
  return dueDateAdvice(dueDate, context);
}

const outOfRangeMessage = `Use a date within ${MAX_YEARS_AWAY} years of today.`;

function outOfRange(day: Day, today: Day): boolean {
  return Math.abs(daysBetween(today, day)) > Math.round(MAX_YEARS_AWAY * 365.25);
}

function dueDateAdvice(dueDate: Day, context: GoalContext): Guidance[] {
  const due = formatDay(dueDate, context.today);
  if (daysBetween(context.today, dueDate) < 0) {
    const message = `The due date (${due}) has passed: pick a new one.`;
    return [guidance("advice", "due_date_past", "dueDate", message)];
  }
  const end = context.engagementEndDate;
  if (!end || !isDay(end) || daysBetween(end, dueDate) <= 0) return [];
  const message =
    `The due date (${due}) is after the engagement ends (${formatDay(end, context.today)}): ` +
    "there will be no sessions to review it.";
  return [guidance("advice", "after_engagement", "dueDate", message)];
}
