import { describe, expect, it } from "vitest";
import { ROUND_GRACE_MS, roundsDue } from "./cadence";

const anchor = new Date("2026-01-05T09:00:00Z");
const WEEK = 7 * 24 * 3_600_000;
const at = (ms: number) => new Date(anchor.getTime() + ms);

describe("when pulse rounds are due", () => {
  it("has nothing due before the first N weeks have passed", () => {
    expect(roundsDue(anchor, 4, at(4 * WEEK - 1), new Set())).toEqual({ open: null, skip: [] });
  });

  it("opens the moment N weeks after the anchor, once", () => {
    const due = at(4 * WEEK);
    expect(roundsDue(anchor, 4, due, new Set())).toEqual({ open: due, skip: [] });
    expect(roundsDue(anchor, 4, at(4 * WEEK + 60_000), new Set([due.getTime()]))).toEqual({
      open: null,
      skip: [],
    });
  });

  it("still opens at the end of the grace, and skips a moment just past it", () => {
    const due = at(4 * WEEK);
    expect(roundsDue(anchor, 4, at(4 * WEEK + ROUND_GRACE_MS), new Set()).open).toEqual(due);
    expect(roundsDue(anchor, 4, at(4 * WEEK + ROUND_GRACE_MS + 1), new Set())).toEqual({
      open: null,
      skip: [due],
    });
  });

  it("after long downtime skips the missed moment and opens the current one: no burst", () => {
    const plan = roundsDue(anchor, 2, at(4 * WEEK + 3_600_000), new Set());
    expect(plan).toEqual({ open: at(4 * WEEK), skip: [at(2 * WEEK)] });
  });
});
