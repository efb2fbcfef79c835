import { describe, expect, it } from "vitest";
import { addDays } from "./dates";
import type { GoalContext, GoalDraft } from "./goal-draft";
import { checkGoal, type Guidance } from "./smart-checks";

const TODAY = "2027-03-01";

function goodDraft(overrides: Partial<GoalDraft> = {}): GoalDraft {
  return {
    statement: "Delegate two projects a month to my direct reports",
    measure: { what: "Projects delegated", unit: "projects a month", direction: "higher" },
    baseline: 0,
    target: 2,
    startDate: TODAY,
    dueDate: "2027-06-30",
    whyItMatters: "A head of department role needs time for strategy.",
    developmentEntryIds: ["entry-1"],
    behaviourLinks: [{ competencyId: "empowering", itemId: "emp-2" }],
    ...overrides,
  };
}

const context: GoalContext = {
  today: TODAY,
  engagementEndDate: "2027-09-30",
  behavioursAvailable: true,
};

function codes(draft: GoalDraft, ctx: GoalContext = context): string[] {
  return checkGoal(draft, ctx).map((g) => `${g.severity}:${g.code}@${g.path}`);
}

function only(draft: GoalDraft, ctx: GoalContext = context): Guidance {
  const found = checkGoal(draft, ctx);
  expect(found).toHaveLength(1);
  return found[0] as Guidance;
}

describe("a complete SMART goal", () => {
  it("gets no guidance at all", () => {
    expect(checkGoal(goodDraft(), context)).toEqual([]);
  });
});

describe("the statement", () => {
  it("must be there", () => {
    expect(codes(goodDraft({ statement: "  " }))).toEqual(["invalid:no_statement@statement"]);
  });

  it("is advised when it names no observable action, quoting the vague words", () => {
    const guidance = only(goodDraft({ statement: "Be better at delegating" }));
    expect(guidance).toMatchObject({ severity: "advice", code: "vague_statement" });
    expect(guidance.message).toContain('"be better at"');
    expect(guidance.message).toMatch(/Name an action/);
  });
});

describe("the measure, baseline and target", () => {
  it("refuses a target or a baseline without a measure", () => {
    expect(codes(goodDraft({ measure: null, baseline: null }))).toEqual([
      "invalid:number_without_measure@measure",
    ]);
    const baselineOnly = only(goodDraft({ measure: null, target: null }));
    expect(baselineOnly.message).toMatch(/^A baseline needs a measure/);
  });

  it("advises adding a measure when there are no numbers yet", () => {
    expect(codes(goodDraft({ measure: null, baseline: null, target: null }))).toEqual([
      "advice:no_measure@measure",
    ]);
  });

  it("refuses a measure without what it counts or its unit", () => {
    const measure = { what: " ", unit: "", direction: "higher" as const };
    expect(codes(goodDraft({ measure }))).toEqual([
      "invalid:measure_incomplete@measure.what",
      "invalid:measure_incomplete@measure.unit",
    ]);
  });

  it("advises a missing baseline or target once there is a measure", () => {
    expect(codes(goodDraft({ baseline: null, target: null }))).toEqual([
      "advice:no_baseline@baseline",
      "advice:no_target@target",
    ]);
  });

  it("refuses a target equal to the baseline, and accepts the smallest difference", () => {
    expect(codes(goodDraft({ baseline: 2, target: 2 }))).toEqual([
      "invalid:target_equals_baseline@target",
    ]);
    expect(checkGoal(goodDraft({ baseline: 2, target: 2.01 }), context)).toEqual([]);
  });

  it("advises a target on the wrong side of the baseline, by the measure's direction", () => {
    expect(codes(goodDraft({ baseline: 3, target: 2 }))).toEqual([
      "advice:target_wrong_way@target",
    ]);
    const lower = {
      what: "Meetings overrun",
      unit: "meetings a week",
      direction: "lower" as const,
    };
    expect(checkGoal(goodDraft({ measure: lower, baseline: 3, target: 1 }), context)).toEqual([]);
    const wrong = only(goodDraft({ measure: lower, baseline: 3, target: 4 }));
    expect(wrong.message).toMatch(/lower is better, yet it moves from 3 to 4/);
  });

  it("refuses a realistic pace of zero or less", () => {
    expect(codes(goodDraft({ realisticPerWeek: 0 }))).toEqual([
      "invalid:realistic_pace_not_positive@realisticPerWeek",
    ]);
  });
});

describe("the dates", () => {
  it("refuses dates that are not real days", () => {
    expect(codes(goodDraft({ dueDate: "2027-02-30" }))).toEqual(["invalid:bad_date@dueDate"]);
    expect(codes(goodDraft({ startDate: "1 March" }))).toContain("invalid:bad_date@startDate");
  });

  it("refuses a due date on or before the start, and accepts the day after", () => {
    expect(codes(goodDraft({ dueDate: TODAY }))).toEqual(["invalid:dates_reversed@dueDate"]);
    expect(codes(goodDraft({ dueDate: "2027-02-01" }))).toEqual(["invalid:dates_reversed@dueDate"]);
    const tomorrow = addDays(TODAY, 1);
    expect(codes(goodDraft({ dueDate: tomorrow }))).not.toContain("invalid:dates_reversed@dueDate");
  });

  it("refuses dates more than five years from today", () => {
    const limit = addDays(TODAY, 1826);
    const ctx = { ...context, engagementEndDate: null };
    expect(codes(goodDraft({ dueDate: limit }), ctx)).toEqual([]);
    expect(codes(goodDraft({ dueDate: addDays(limit, 1) }), ctx)).toEqual([
      "invalid:date_out_of_range@dueDate",
    ]);
    expect(codes(goodDraft({ startDate: "2020-01-01" }), ctx)).toEqual([
      "invalid:date_out_of_range@startDate",
    ]);
  });

  it("advises a due date already past, from yesterday back, for a goal started earlier", () => {
    const started = goodDraft({ startDate: "2027-01-01" });
    expect(codes({ ...started, dueDate: TODAY })).not.toContain("advice:due_date_past@dueDate");
    const past = only({ ...started, dueDate: addDays(TODAY, -1) });
    expect(past).toMatchObject({ severity: "advice", code: "due_date_past" });
    expect(past.message).toBe("The due date (28 February) has passed: pick a new one.");
  });

  it("advises a due date after the engagement ends, and accepts its last day", () => {
    expect(checkGoal(goodDraft({ dueDate: "2027-09-30" }), context)).toEqual([]);
    const after = only(goodDraft({ dueDate: "2027-10-01" }));
    expect(after.code).toBe("after_engagement");
    expect(after.message).toMatch(/after the engagement ends \(30 September\)/);
    const open = { ...context, engagementEndDate: null };
    expect(checkGoal(goodDraft({ dueDate: "2027-10-01" }), open)).toEqual([]);
  });

  it("advises adding a due date", () => {
    expect(codes(goodDraft({ dueDate: null }))).toEqual(["advice:no_due_date@dueDate"]);
  });
});

describe("the links and the reason", () => {
  it("advises linking the development profile", () => {
    expect(codes(goodDraft({ developmentEntryIds: [] }))).toEqual([
      "advice:no_development_link@developmentEntryIds",
    ]);
  });

  it("advises naming 360 behaviours only when the engagement has a 360 model", () => {
    const draft = goodDraft({ behaviourLinks: [] });
    expect(codes(draft)).toEqual(["advice:no_behaviour_link@behaviourLinks"]);
    expect(checkGoal(draft, { ...context, behavioursAvailable: false })).toEqual([]);
  });

  it("advises saying why the goal matters", () => {
    expect(codes(goodDraft({ whyItMatters: " " }))).toEqual(["advice:no_why@whyItMatters"]);
  });
});

describe("the stretch", () => {
  it("asks, as a question, when the pace needed is above the realistic pace", () => {
    const stretch = only(goodDraft({ target: 20, realisticPerWeek: 0.5 }));
    expect(stretch).toMatchObject({ severity: "question", code: "stretch", path: "target" });
    expect(stretch.message).toMatch(/\?$/);
  });

  it("is not asked of numbers without a measure", () => {
    const draft = goodDraft({ measure: null, target: 20, realisticPerWeek: 0.5 });
    expect(codes(draft)).toEqual(["invalid:number_without_measure@measure"]);
  });

  it("judges the pace from the latest measurement when there is one", () => {
    // 20 in 121 days needs about 1.16 a week from 0, and 0.06 from 19.
    const draft = goodDraft({ target: 20, realisticPerWeek: 1 });
    expect(codes(draft, { ...context, latestValue: 0 })).toEqual(["question:stretch@target"]);
    expect(checkGoal(draft, { ...context, latestValue: 19 })).toEqual([]);
  });
});
