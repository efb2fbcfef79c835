import { describe, expect, it } from "vitest";
import { answeredCount, itemsOnPage, pageCount, resumePage, unansweredPages } from "./answer-pages";

const items = Array.from({ length: 25 }, (_, index) => ({ id: `i${index}`, text: `${index}` }));
const answered = (count: number) =>
  Object.fromEntries(items.slice(0, count).map((item) => [item.id, 3]));

describe("paging the statements", () => {
  it("cuts them into pages, the last one shorter", () => {
    expect(pageCount(25, 10)).toBe(3);
    expect(itemsOnPage(items, 2, 10).map((item) => item.id)).toEqual([
      "i20",
      "i21",
      "i22",
      "i23",
      "i24",
    ]);
  });

  it("resumes at the first page with a statement not answered", () => {
    expect(resumePage(items, {}, 10)).toBe(0);
    expect(resumePage(items, answered(10), 10)).toBe(1);
    expect(resumePage(items, answered(19), 10)).toBe(1);
    const gap = answered(25);
    delete gap.i3;
    expect(resumePage(items, gap, 10)).toBe(0);
  });

  it("resumes on the last page once everything is answered", () => {
    expect(resumePage(items, answered(25), 10)).toBe(2);
  });

  it("lists the pages with statements left, and the first of each", () => {
    const answers = answered(25);
    delete answers.i4;
    delete answers.i7;
    delete answers.i22;
    expect(unansweredPages(items, answers, 10)).toEqual([
      { page: 0, count: 2, firstItemId: "i4" },
      { page: 2, count: 1, firstItemId: "i22" },
    ]);
    expect(answeredCount(items, answers)).toBe(22);
  });
});
