import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ITEMS, model } from "../../../test/support/feedback-report-model";
import type { Rating } from "./competency-model";
import { RATER_GROUPS, type RaterGroup } from "./rater-groups";
import { buildReport } from "./report";
import type { FeedbackReport, ReportInput } from "./report-types";

// Properties over random rater sets: 0..20 raters, ratings with "not observed" and gaps.

type Answer =
  | { kind: "missing" }
  | { kind: "not observed" }
  | { kind: "rated"; value: Rating; alt: Rating };

interface Scenario {
  raters: {
    group: RaterGroup;
    answers: Answer[];
    comments: { questionId: string; text: string; alt: string }[];
  }[];
  threshold: number;
  managerIdentified: boolean;
  self: Record<string, Rating> | null;
  order: number[];
}

const onScale = fc.constantFrom<Rating>(1, 2, 3, 4, 5);
const anyAnswer: fc.Arbitrary<Answer> = fc.oneof(
  { weight: 1, arbitrary: fc.constant({ kind: "missing" as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: "not observed" as const }) },
  {
    weight: 7,
    arbitrary: fc.record({ kind: fc.constant("rated" as const), value: onScale, alt: onScale }),
  },
);
const word = fc.stringMatching(/^[a-z]{1,8}$/);
const scenarios: fc.Arbitrary<Scenario> = fc.record({
  raters: fc.array(
    fc.record({
      group: fc.constantFrom(...RATER_GROUPS),
      answers: fc.array(anyAnswer, { minLength: ITEMS.length, maxLength: ITEMS.length }),
      comments: fc.array(
        fc.record({
          questionId: fc.constantFrom("start", "stop", "continue"),
          text: word,
          alt: word,
        }),
        { maxLength: 2 },
      ),
    }),
    { maxLength: 20 },
  ),
  threshold: fc.integer({ min: 3, max: 5 }),
  managerIdentified: fc.boolean(),
  self: fc.option(fc.dictionary(fc.constantFrom(...ITEMS), fc.option(onScale, { nil: null }))),
  order: fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
});

/** The scenario as report input; answers for which `swap` says so take their other value. */
function inputOf(
  s: Scenario,
  swap: (group: RaterGroup, itemIndex: number) => boolean = () => false,
): ReportInput {
  const responses = s.raters.map(({ group, answers }) => ({
    group,
    ratings: Object.fromEntries(
      answers.flatMap((a, i): [string, Rating][] => {
        const id = ITEMS[i] as string;
        if (a.kind === "missing") return [];
        if (a.kind === "not observed") return [[id, null]];
        return [[id, swap(group, i) ? a.alt : a.value]];
      }),
    ),
  }));
  const comments = s.raters.flatMap(({ group, comments }, r) =>
    comments.map((c, i) => ({
      id: `${r}-${i}`,
      group,
      questionId: c.questionId,
      text: swap(group, -1) ? c.alt : c.text,
    })),
  );
  return {
    model,
    threshold: s.threshold,
    managerIdentified: s.managerIdentified,
    self: s.self,
    responses,
    comments,
  };
}

/** Whether an answer (or, for itemIndex -1, a comment) of this group is in no shown figure. */
function hiddenIn(r: FeedbackReport) {
  return (group: RaterGroup, itemIndex: number) => {
    const unit = r.units.find((u) => u.groups.includes(group));
    if (!unit) return true;
    return itemIndex >= 0 && r.items[itemIndex]?.byUnit[unit.id] === null;
  };
}

function shuffled<T>(list: readonly T[], keys: number[]): T[] {
  return list
    .map((value, i) => ({ value, key: keys[i % keys.length] as number, i }))
    .sort((a, b) => a.key - b.key || a.i - b.i)
    .map(({ value }) => value);
}

const meanOf = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

function withSortedComments(r: FeedbackReport): FeedbackReport {
  const key = (c: { unit: string; text: string }) => `${c.unit}\u0000${c.text}`;
  return {
    ...r,
    comments: r.comments.map((s) => ({
      ...s,
      comments: [...s.comments].sort((a, b) => key(a).localeCompare(key(b))),
    })),
  };
}

describe("for any raters and answers", () => {
  it("shows only cells of k or more answers, from units of k or more responses", () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        const r = buildReport(inputOf(s));
        for (const unit of r.units) {
          const identified = s.managerIdentified && unit.id === "manager";
          expect(unit.threshold).toBe(identified ? 1 : s.threshold);
          if (!identified) expect(unit.responses).toBeGreaterThanOrEqual(s.threshold);
          for (const i of r.items) {
            const cell = i.byUnit[unit.id];
            if (cell) expect(cell.n).toBeGreaterThanOrEqual(unit.threshold);
          }
        }
        expect(r.responses + r.withheldResponses).toBe(s.raters.length);
      }),
    );
  });

  it("is unchanged by any change to answers and comments that are hidden or withheld", () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        const original = buildReport(inputOf(s));
        expect(buildReport(inputOf(s, hiddenIn(original)))).toEqual(original);
      }),
    );
  });

  it("is unchanged by the order of responses, and of comments but for their order", () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        const input = inputOf(s);
        const original = buildReport(input);
        const reordered = { ...input, responses: shuffled(input.responses, s.order) };
        expect(buildReport(reordered)).toEqual(original);
        const recommented = { ...input, comments: shuffled(input.comments, s.order) };
        expect(withSortedComments(buildReport(recommented))).toEqual(withSortedComments(original));
      }),
    );
  });

  it("builds each all-raters cell from exactly the answers of the shown cells", () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        const r = buildReport(inputOf(s));
        r.items.forEach((result, i) => {
          const answers = s.raters
            .filter(({ group }) => !hiddenIn(r)(group, i))
            .map(({ answers }) => answers[i] as Answer);
          const values = answers.flatMap((a) => (a.kind === "rated" ? [a.value as number] : []));
          const mean = meanOf(values);
          const expected =
            values.length === 0
              ? null
              : {
                  n: values.length,
                  mean: expect.closeTo(mean, 9),
                  sd: expect.closeTo(Math.sqrt(meanOf(values.map((v) => (v - mean) ** 2))), 9),
                  distribution: [1, 2, 3, 4, 5].map((v) => values.filter((x) => x === v).length),
                  notObserved: answers.filter((a) => a.kind === "not observed").length,
                };
          expect(result.others).toEqual(expected);
        });
      }),
    );
  });
});
