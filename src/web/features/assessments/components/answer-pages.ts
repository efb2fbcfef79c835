import type { Answers, AssessmentItem } from "../../../../contract/assessments";

/** The statements of one page (pages count from 0). */
export function itemsOnPage<T>(items: T[], page: number, perPage: number): T[] {
  return items.slice(page * perPage, (page + 1) * perPage);
}

export function pageCount(itemCount: number, perPage: number): number {
  return Math.max(1, Math.ceil(itemCount / Math.max(1, perPage)));
}

/** Where to resume: the first page with a statement not yet answered, or the last page. */
export function resumePage(items: AssessmentItem[], answers: Answers, perPage: number): number {
  const first = items.findIndex((item) => answers[item.id] === undefined);
  if (first === -1) return pageCount(items.length, perPage) - 1;
  return Math.floor(first / Math.max(1, perPage));
}

export type UnansweredPage = { page: number; count: number; firstItemId: string };

/** The pages that still have statements without an answer, with how many each. */
export function unansweredPages(
  items: AssessmentItem[],
  answers: Answers,
  perPage: number,
): UnansweredPage[] {
  const pages = new Map<number, UnansweredPage>();
  items.forEach((item, index) => {
    if (answers[item.id] !== undefined) return;
    const page = Math.floor(index / Math.max(1, perPage));
    const entry = pages.get(page);
    if (entry) entry.count += 1;
    else pages.set(page, { page, count: 1, firstItemId: item.id });
  });
  return [...pages.values()];
}

/** How many of the statements have an answer. */
export function answeredCount(items: AssessmentItem[], answers: Answers): number {
  return items.filter((item) => answers[item.id] !== undefined).length;
}
