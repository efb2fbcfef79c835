import type { Stage } from "../engagement/stages";

// Reflection points (stage 5): every quarter of a long engagement, coach and client each answer
// a short review of progress; the last one is the final review (docs/decisions/022).

/** A quarter mark this close to the planned end is left to the final review. */
export const FINAL_REVIEW_NEAR_DAYS = 30;
/** The first reflection point waits for this many sessions held. */
export const SESSIONS_BEFORE_FIRST = 3;

export type ReflectionPointKey = `quarter-${number}` | "final";

export interface ReflectionPoint {
  key: ReflectionPointKey;
  kind: "quarter" | "final";
  /** The quarter since the start that it marks (1 for three months in); null for the final review. */
  quarter: number | null;
  /** The day it fell due; null for the final review, due from the review stage on. */
  dueOn: string | null;
}

export interface EngagementCourse {
  startDate: string;
  plannedEndDate: string | null;
  stage: Stage;
  /** The days (YYYY-MM-DD) of the sessions held, in any order. */
  heldSessionDates: string[];
  /** The day the engagement last entered review; null if it never did. */
  enteredReviewOn: string | null;
  today: string;
}

export type NextReflection =
  | { kind: "quarter"; dueOn: string }
  | { kind: "sessions"; sessionsToGo: number }
  | { kind: "final" }
  | null;

const IN_REVIEW_OR_LATER: Stage[] = ["review", "sustaining", "closed"];

/**
 * The reflection points due so far, oldest first, and what comes next. Quarter marks fall every
 * three months from the start, up to a month before the planned end (an engagement of about a
 * quarter has none: its only reflection is the final review). A mark reached before the third
 * session held waits for it, and marks passed while waiting make one point, the latest's.
 */
export function reflectionPoints(course: EngagementCourse): {
  due: ReflectionPoint[];
  next: NextReflection;
} {
  const inReview = IN_REVIEW_OR_LATER.includes(course.stage);
  const until = inReview ? (course.enteredReviewOn ?? course.today) : course.today;
  const third = [...course.heldSessionDates].sort()[SESSIONS_BEFORE_FIRST - 1] ?? null;
  const due: ReflectionPoint[] = [];
  let next: NextReflection = null;
  for (const [quarter, mark] of quarterMarks(course.startDate, course.plannedEndDate, until)) {
    if (third === null) {
      next = {
        kind: "sessions",
        sessionsToGo: SESSIONS_BEFORE_FIRST - course.heldSessionDates.length,
      };
      break;
    }
    // biome-ignore lint/complexity/useMathMinMax: the later of two days written YYYY-MM-DD
    const dueOn = mark < third ? third : mark;
    if (dueOn > until) {
      next = { kind: "quarter", dueOn };
      break;
    }
    const point: ReflectionPoint = { key: `quarter-${quarter}`, kind: "quarter", quarter, dueOn };
    if (due.at(-1)?.dueOn === dueOn) due[due.length - 1] = point;
    else due.push(point);
  }
  if (inReview) {
    due.push({ key: "final", kind: "final", quarter: null, dueOn: null });
    next = null;
  } else if (next === null) {
    next = { kind: "final" };
  }
  return { due, next };
}

/** Whether `key` names a reflection point that is due. */
export function isDue(course: EngagementCourse, key: string): boolean {
  return reflectionPoints(course).due.some((p) => p.key === key);
}

/** The quarter marks up to the first past `until` (that one too, as what comes next). */
function* quarterMarks(
  startDate: string,
  plannedEndDate: string | null,
  until: string,
): Generator<[number, string]> {
  const lastMark = plannedEndDate ? addDays(plannedEndDate, -FINAL_REVIEW_NEAR_DAYS) : null;
  for (let quarter = 1; quarter < 200; quarter += 1) {
    const mark = addMonths(startDate, 3 * quarter);
    if (lastMark !== null && mark > lastMark) return;
    yield [quarter, mark];
    if (mark > until) return;
  }
}

function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const firstOfMonth = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(firstOfMonth.getUTCFullYear(), firstOfMonth.getUTCMonth() + 1, 0),
  ).getUTCDate();
  firstOfMonth.setUTCDate(Math.min(d, lastDay));
  return firstOfMonth.toISOString().slice(0, 10);
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** How a reflection point is named to a person. */
export function reflectionPointTitle(point: Pick<ReflectionPoint, "kind" | "quarter">): string {
  return point.kind === "final"
    ? "Final review"
    : `Reflection after ${3 * (point.quarter ?? 0)} months`;
}
