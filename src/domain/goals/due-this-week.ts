import { addDays, type Day, daysBetween, mondayOf } from "./dates";

/** What one goal has with dates: its milestones and its exercises' occurrences. */
export interface GoalDates {
  goalId: string;
  goalStatement: string;
  milestones: { id: string; title: string; date: Day; done: boolean }[];
  /**
   * Dated exercises: a one-off task gives its due date; a cadence gives the occurrences its
   * RRULE was already expanded to (this module expands nothing). `done` lists the days done.
   */
  exercises: { id: string; task: string; dates: Day[]; oneOff: boolean; done: Day[] }[];
}

export interface DueItem {
  kind: "milestone" | "exercise";
  goalId: string;
  goalStatement: string;
  id: string;
  title: string;
  date: Day;
  /** Before this week and not done: a milestone or one-off task left behind. */
  overdue: boolean;
}

/**
 * One list across all goals of what is due this week (Monday to Sunday around `today`) and not
 * done, earliest first, with milestones and one-off tasks from earlier weeks still open marked
 * overdue at the top. Missed occurrences of a cadence are not carried over: the next one comes.
 */
export function dueThisWeek(goals: GoalDates[], today: Day): DueItem[] {
  const monday = mondayOf(today);
  const sunday = addDays(monday, 6);
  const inWeek = (day: Day) => daysBetween(monday, day) >= 0 && daysBetween(day, sunday) >= 0;
  const before = (day: Day) => daysBetween(day, monday) > 0;
  const items = goals.flatMap((goal) => [
    ...goal.milestones
      .filter((m) => !m.done && (inWeek(m.date) || before(m.date)))
      .map((m) => due(goal, "milestone", m.id, m.title, m.date, before(m.date))),
    ...goal.exercises.flatMap((e) =>
      e.dates
        .filter((d) => !e.done.includes(d) && (inWeek(d) || (e.oneOff && before(d))))
        .map((d) => due(goal, "exercise", e.id, e.task, d, before(d))),
    ),
  ]);
  return items.sort(byDate);
}

function due(
  goal: GoalDates,
  kind: DueItem["kind"],
  id: string,
  title: string,
  date: Day,
  overdue: boolean,
): DueItem {
  return { kind, goalId: goal.goalId, goalStatement: goal.goalStatement, id, title, date, overdue };
}

function byDate(a: DueItem, b: DueItem): number {
  return a.date.localeCompare(b.date) || a.goalStatement.localeCompare(b.goalStatement);
}
