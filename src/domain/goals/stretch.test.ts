import { describe, expect, it } from "vitest";
import { addDays } from "./dates";
import { SHORT_RUN_DAYS, stretchQuestion } from "./stretch";

const TODAY = "2027-03-01";

describe("the stretch question", () => {
  it("asks when the pace needed is above the realistic pace, not when it equals it", () => {
    // 4 to go in 28 days: 1 a week.
    const input = { from: 2, target: 6, dueDate: addDays(TODAY, 28), today: TODAY };
    expect(stretchQuestion({ ...input, realisticPerWeek: 1 })).toBeNull();
    expect(stretchQuestion({ ...input, realisticPerWeek: 0.9 })).toBe(
      "Reaching 6 by 29 March takes about 1 a week, where 0.9 a week looked realistic. " +
        "Is this the stretch you want, or should the date or the target move?",
    );
  });

  it("measures the pace either way, for a measure that should fall", () => {
    const input = { from: 10, target: 2, dueDate: addDays(TODAY, 28), today: TODAY };
    expect(stretchQuestion({ ...input, realisticPerWeek: 1 })).toMatch(/about 2 a week/);
    expect(stretchQuestion({ ...input, realisticPerWeek: 2 })).toBeNull();
  });

  it("without a realistic pace, asks only when fewer than two weeks are left", () => {
    const input = { from: 2, target: 6, today: TODAY };
    expect(stretchQuestion({ ...input, dueDate: addDays(TODAY, SHORT_RUN_DAYS) })).toBeNull();
    expect(stretchQuestion({ ...input, dueDate: addDays(TODAY, SHORT_RUN_DAYS - 1) })).toBe(
      "13 days are left to move from 2 to 6. Is that enough time, or should the date or the target move?",
    );
    expect(stretchQuestion({ ...input, dueDate: addDays(TODAY, 1) })).toMatch(/^One day is left/);
  });

  it("asks nothing once the date has come or when nothing is left to move", () => {
    const input = { from: 2, target: 6, today: TODAY, realisticPerWeek: 0.1 };
    expect(stretchQuestion({ ...input, dueDate: TODAY })).toBeNull();
    expect(stretchQuestion({ ...input, from: 6, dueDate: addDays(TODAY, 3) })).toBeNull();
  });
});
