import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ITEMS, model } from "../../../test/support/feedback-report-model";
import type { Rating } from "../feedback/competency-model";
import { RATER_GROUPS, type RaterGroup } from "../feedback/rater-groups";
import { buildReport } from "../feedback/report";
import type { FeedbackReport, ReportInput } from "../feedback/report-types";
import { compareFeedback } from "./change-report";

// The comparison of two rounds reads only what both frozen reports show (docs/decisions/025):
// changing any answer that sits in a hidden cell of either round changes nothing in it.

type Answer =
  | { kind: "missing" }
  | { kind: "not observed" }
  | { kind: "rated"; value: Rating; alt: Rating };

interface Round {
  raters: { group: RaterGroup; answers: Answer[] }[];
  threshold: number;
  managerIdentified: boolean;
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
const rounds: fc.Arbitrary<Round> = fc.record({
  raters: fc.array(
    fc.record({
      group: fc.constantFrom(...RATER_GROUPS),
      answers: fc.array(anyAnswer, { minLength: ITEMS.length, maxLength: ITEMS.length }),
    }),
    { maxLength: 20 },
  ),
  threshold: fc.integer({ min: 3, max: 5 }),
  managerIdentified: fc.boolean(),
});

function inputOf(
  round: Round,
  swap: (group: RaterGroup, itemIndex: number) => boolean = () => false,
): ReportInput {
  return {
    model,
    threshold: round.threshold,
    managerIdentified: round.managerIdentified,
    self: null,
    comments: [],
    responses: round.raters.map(({ group, answers }) => ({
      group,
      ratings: Object.fromEntries(
        answers.flatMap((a, i): [string, Rating][] => {
          const id = ITEMS[i] as string;
          if (a.kind === "missing") return [];
          if (a.kind === "not observed") return [[id, null]];
          return [[id, swap(group, i) ? a.alt : a.value]];
        }),
      ),
    })),
  };
}

/** Whether an answer of this group to this item is in no shown figure of the report. */
function hiddenIn(report: FeedbackReport) {
  return (group: RaterGroup, itemIndex: number) => {
    const unit = report.units.find((u) => u.groups.includes(group));
    if (!unit) return true;
    return report.items[itemIndex]?.byUnit[unit.id] === null;
  };
}

describe("for any two rounds of answers", () => {
  it("compares the same whatever the answers in hidden cells of either round", () => {
    fc.assert(
      fc.property(rounds, rounds, fc.boolean(), (first, second, sameRaters) => {
        const baseline = buildReport(inputOf(first));
        const repeat = buildReport(inputOf(second));
        const comparison = compareFeedback(baseline, repeat, sameRaters);
        const otherBaseline = buildReport(inputOf(first, hiddenIn(baseline)));
        const otherRepeat = buildReport(inputOf(second, hiddenIn(repeat)));
        expect(compareFeedback(otherBaseline, repeat, sameRaters)).toEqual(comparison);
        expect(compareFeedback(baseline, otherRepeat, sameRaters)).toEqual(comparison);
        expect(compareFeedback(otherBaseline, otherRepeat, sameRaters)).toEqual(comparison);
      }),
      { numRuns: 300 },
    );
  });

  it("compares only units both reports show, and figures both show", () => {
    fc.assert(
      fc.property(rounds, rounds, (first, second) => {
        const baseline = buildReport(inputOf(first));
        const repeat = buildReport(inputOf(second));
        for (const competency of compareFeedback(baseline, repeat, true).competencies) {
          for (const row of competency.rows) {
            if (row.id !== "others") {
              expect(baseline.units.some((u) => u.id === row.id)).toBe(true);
              expect(repeat.units.some((u) => u.id === row.id)).toBe(true);
            }
            if (row.change) {
              expect(row.baseline).not.toBeNull();
              expect(row.now).not.toBeNull();
            }
          }
        }
      }),
    );
  });
});
