import { describe, expect, it } from "vitest";
import { STAGES } from "../engagement/stages";
import { canonicalViews } from "./aggregate-views";
import {
  competencyChange,
  IMPACT_STAGES,
  impactStageOf,
  impactView,
  offeredFilters,
} from "./impact-views";

describe("the views of a sponsor's programme page", () => {
  it("offers each stage across the programme and within each cohort, whatever the data", () => {
    const filters = offeredFilters(["c1", "c2"]);
    expect(filters).toHaveLength(IMPACT_STAGES.length * 3);
    expect(filters).toContainEqual({ stage: "not_matched" });
    expect(filters).toContainEqual({ cohort: "c2", stage: "in_sessions" });
    expect(canonicalViews(filters)).toHaveLength(filters.length);
  });

  it("gathers the six stages into four phases a sponsor reads", () => {
    expect(STAGES.map(impactStageOf)).toEqual([
      "starting",
      "starting",
      "in_sessions",
      "ending",
      "ending",
      "ending",
    ]);
    expect(impactStageOf(null)).toBe("not_matched");
  });
});

describe("finding one of the page's views", () => {
  it("takes the programme, a cohort or a phase by their nulls", () => {
    const views = [
      { cohortId: null, stage: null, n: 1 },
      { cohortId: "c1", stage: null, n: 2 },
      { cohortId: "c1", stage: "ending", n: 3 },
    ];
    expect(impactView(views, null)?.n).toBe(1);
    expect(impactView(views, "c1")?.n).toBe(2);
    expect(impactView(views, "c1", "ending")?.n).toBe(3);
    expect(impactView(views, null, "ending")).toBeUndefined();
  });
});

describe("a participant's change in a competency", () => {
  it("is the repeat minus the baseline where both reports show others' mean", () => {
    expect(
      competencyChange(
        { listening: 3.2, delegating: null, coaching: 4 },
        { listening: 3.7, delegating: 4.1, feedback: 3 },
      ),
    ).toEqual({ listening: expect.closeTo(0.5, 10) });
  });

  it("leaves out what either report hid, and anything that is not a number", () => {
    expect(competencyChange({ a: 2 }, { a: null })).toEqual({});
    expect(competencyChange({}, { a: 3 })).toEqual({});
    expect(competencyChange({ a: Number.NaN }, { a: 3 })).toEqual({});
  });
});
