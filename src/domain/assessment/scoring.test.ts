import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ipipBffm50,
  practiceInstrument,
  uniformKeyedAnswers,
  withoutItems,
} from "../../../test/support/test-instruments";
import type { Answers, InstrumentDefinition } from "./instrument";
import { answerProblem, keyedValue, scoreResponse, scoreScale } from "./scoring";

function scale(definition: InstrumentDefinition, id: string) {
  const found = definition.scales.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no scale ${id}`);
  return found;
}

function means(definition: InstrumentDefinition, answers: Answers) {
  return Object.fromEntries(scoreResponse(definition, answers).map((s) => [s.scaleId, s.mean]));
}

describe("keyedValue", () => {
  const plus = { id: "x", text: "x", keyed: "+" as const };
  const minus = { id: "y", text: "y", keyed: "-" as const };

  it("counts a + keyed answer as given and mirrors a - keyed one as 6 - answer", () => {
    expect([1, 2, 3, 4, 5].map((a) => keyedValue(ipipBffm50, plus, a))).toEqual([1, 2, 3, 4, 5]);
    expect([1, 2, 3, 4, 5].map((a) => keyedValue(ipipBffm50, minus, a))).toEqual([5, 4, 3, 2, 1]);
  });

  it("mirrors around the ends of the definition's own response scale", () => {
    const zeroToSix = {
      ...ipipBffm50,
      responseScale: [0, 1, 2, 3, 4, 5, 6].map((value) => ({ value, label: String(value) })),
    };
    expect(keyedValue(zeroToSix, minus, 1)).toBe(5);
  });
});

describe("answerProblem", () => {
  it("accepts a value from the response scale for a known item", () => {
    expect(answerProblem(ipipBffm50, "ES3", 1)).toBeNull();
    expect(answerProblem(ipipBffm50, "I10", 5)).toBeNull();
  });

  it("names an item that is not in the definition", () => {
    expect(answerProblem(ipipBffm50, "E11", 3)).toEqual({ code: "unknown_item", itemId: "E11" });
    expect(answerProblem(ipipBffm50, "toString", 3)).toEqual({
      code: "unknown_item",
      itemId: "toString",
    });
  });

  it("refuses values off the scale, fractions and non-numbers, listing the allowed values", () => {
    for (const value of [0, 6, 2.5, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(answerProblem(ipipBffm50, "E1", value)).toEqual({
        code: "out_of_scale",
        itemId: "E1",
        value,
        allowed: [1, 2, 3, 4, 5],
      });
    }
  });
});

describe("scoring the IPIP 50-item markers", () => {
  // Every - keyed item is answered with something other than 3, so any keying error shows.
  // Keyed value of a - item = 6 - answer (written as answer->keyed below).
  const answers: Answers = {
    // Extraversion: E1-E5 (+) 5 4 4 3 2 = 18; E6-E10 (-) 1->5 2->4 4->2 5->1 2->4 = 16.
    // Sum 34, mean 3.4.
    ...sheet("E", [5, 4, 4, 3, 2, 1, 2, 4, 5, 2]),
    // Agreeableness: A1-A6 (+) 4 5 4 4 3 5 = 25; A7-A10 (-) 1->5 1->5 2->4 4->2 = 16.
    // Sum 41, mean 4.1.
    ...sheet("A", [4, 5, 4, 4, 3, 5, 1, 1, 2, 4]),
    // Conscientiousness: C1-C6 (+) 2 3 1 2 4 3 = 15; C7-C10 (-) 4->2 5->1 2->4 4->2 = 9.
    // Sum 24, mean 2.4.
    ...sheet("C", [2, 3, 1, 2, 4, 3, 4, 5, 2, 4]),
    // Emotional stability: ES1-ES2 (+) 4 2 = 6;
    // ES3-ES10 (-) 2->4 4->2 1->5 5->1 2->4 1->5 4->2 2->4 = 27. Sum 33, mean 3.3.
    ...sheet("ES", [4, 2, 2, 4, 1, 5, 2, 1, 4, 2]),
    // Intellect/imagination: I1-I7 (+) 5 5 4 4 3 2 5 = 28; I8-I10 (-) 1->5 2->4 5->1 = 10.
    // Sum 38, mean 3.8.
    ...sheet("I", [5, 5, 4, 4, 3, 2, 5, 1, 2, 5]),
  };

  it("has the published keying: + and - counts per scale", () => {
    const counts = ipipBffm50.scales.map((s) => {
      const keys = s.items.map((id) => ipipBffm50.items.find((item) => item.id === id)?.keyed);
      return [s.id, keys.filter((k) => k === "+").length, keys.filter((k) => k === "-").length];
    });
    expect(counts).toEqual([
      ["extraversion", 5, 5],
      ["agreeableness", 6, 4],
      ["conscientiousness", 6, 4],
      ["emotional_stability", 2, 8],
      ["intellect_imagination", 7, 3],
    ]);
  });

  it("scores a full answer sheet as computed by hand", () => {
    const scores = scoreResponse(ipipBffm50, answers);
    expect(scores.map((s) => [s.scaleId, s.mean, s.sum])).toEqual([
      ["extraversion", 3.4, 34],
      ["agreeableness", 4.1, 41],
      ["conscientiousness", 2.4, 24],
      ["emotional_stability", 3.3, 33],
      ["intellect_imagination", 3.8, 38],
    ]);
    for (const s of scores) {
      expect(s).toMatchObject({ itemCount: 10, answered: 10, missing: 0 });
      expect(s.noScore).toBeUndefined();
    }
  });

  it("ignores answers to items that are not in the definition", () => {
    expect(means(ipipBffm50, { ...answers, E11: 1, F1: 5 })).toEqual(means(ipipBffm50, answers));
  });
});

describe("scoring the practice fixture", () => {
  // Focus F1-F10, - keyed F2 F5 F9: 4 1->5 5 3 2->4 4 2 5 4->2 3 = 37, mean 3.7.
  // Drive facets, the 4th item of each - keyed:
  //   drive_1 D1-D4   5 4 4 1->5 = 18, mean 4.5
  //   drive_2 D5-D8   2 2 3 5->1 = 8,  mean 2
  //   drive_3 D9-D12  3 4 2 2->4 = 13, mean 3.25
  //   drive_4 D13-D16 1 2 1 4->2 = 6,  mean 1.5
  //   drive_5 D17-D20 5 5 4 2->4 = 18, mean 4.5
  //   drive_6 D21-D24 3 3 4 1->5 = 15, mean 3.75
  // Drive domain: 18 + 8 + 13 + 6 + 18 + 15 = 78 over 24 items, mean 3.25.
  const answers: Answers = {
    ...sheet("F", [4, 1, 5, 3, 2, 4, 2, 5, 4, 3]),
    ...sheet("D", [5, 4, 4, 1, 2, 2, 3, 5, 3, 4, 2, 2, 1, 2, 1, 4, 5, 5, 4, 2, 3, 3, 4, 1]),
  };

  it("scores a scale, a domain and its facets as computed by hand", () => {
    expect(means(practiceInstrument, answers)).toEqual({
      focus: 3.7,
      drive: 3.25,
      drive_1: 4.5,
      drive_2: 2,
      drive_3: 3.25,
      drive_4: 1.5,
      drive_5: 4.5,
      drive_6: 3.75,
    });
    expect(scoreScale(practiceInstrument, scale(practiceInstrument, "drive"), answers).sum).toBe(
      78,
    );
  });

  it("scores a 10-item scale with 2 missing from the other 8, with no sum", () => {
    // F9 (4->2) and F10 (3) missing: 37 - 2 - 3 = 32 over 8 items = 4.
    const focus = scoreScale(
      practiceInstrument,
      scale(practiceInstrument, "focus"),
      withoutItems(answers, ["F9", "F10"]),
    );
    expect(focus).toEqual({
      scaleId: "focus",
      itemCount: 10,
      answered: 8,
      missing: 2,
      mean: 4,
      sum: null,
    });
  });

  it("gives no score to a 10-item scale with 3 missing", () => {
    const focus = scoreScale(
      practiceInstrument,
      scale(practiceInstrument, "focus"),
      withoutItems(answers, ["F1", "F9", "F10"]),
    );
    expect(focus).toEqual({
      scaleId: "focus",
      itemCount: 10,
      answered: 7,
      missing: 3,
      mean: null,
      sum: null,
      noScore: { code: "too_many_missing", missing: 3, allowedMissing: 2 },
    });
  });

  it("gives no score to a 4-item facet with 1 missing (25%), but keeps its domain", () => {
    const scores = scoreResponse(practiceInstrument, withoutItems(answers, ["D4"]));
    const byId = Object.fromEntries(scores.map((s) => [s.scaleId, s]));
    expect(byId.drive_1).toMatchObject({
      mean: null,
      noScore: { code: "too_many_missing", missing: 1, allowedMissing: 0 },
    });
    // 78 - 5 (D4 answered 1, keyed 5) = 73 over 23 items.
    expect(byId.drive?.mean).toBe(73 / 23);
    expect(byId.drive_2?.mean).toBe(2);
  });

  it("scores a 24-item domain missing 4 items but not 5", () => {
    const drive = scale(practiceInstrument, "drive");
    // D1 5, D2 4, D3 4, D5 2 missing: 78 - 15 = 63 over 20 items.
    const four = scoreScale(
      practiceInstrument,
      drive,
      withoutItems(answers, ["D1", "D2", "D3", "D5"]),
    );
    expect(four).toMatchObject({ answered: 20, missing: 4, mean: 63 / 20, sum: null });
    expect(four.noScore).toBeUndefined();

    const five = scoreScale(
      practiceInstrument,
      drive,
      withoutItems(answers, ["D1", "D2", "D3", "D5", "D6"]),
    );
    expect(five).toMatchObject({
      answered: 19,
      mean: null,
      noScore: { code: "too_many_missing", missing: 5, allowedMissing: 4 },
    });
  });

  it("counts an answer off the response scale as unanswered", () => {
    const focus = scoreScale(practiceInstrument, scale(practiceInstrument, "focus"), {
      ...answers,
      F1: 7,
      F2: 2.5,
    });
    // F1 (4) and F2 (1->5) drop out: 37 - 9 = 28 over 8 items = 3.5.
    expect(focus).toMatchObject({ answered: 8, missing: 2, mean: 3.5 });
  });

  it("gives no score with no answers at all", () => {
    expect(scoreResponse(practiceInstrument, {}).every((s) => s.mean === null)).toBe(true);
  });
});

describe("scoring properties", () => {
  const instruments = [ipipBffm50, practiceInstrument];

  function fullSheet(definition: InstrumentDefinition) {
    return fc
      .array(fc.integer({ min: 1, max: 5 }), {
        minLength: definition.items.length,
        maxLength: definition.items.length,
      })
      .map((values) => toAnswers(definition, values));
  }

  function partialSheet(definition: InstrumentDefinition) {
    return fc
      .array(fc.option(fc.integer({ min: 1, max: 5 })), {
        minLength: definition.items.length,
        maxLength: definition.items.length,
      })
      .map((values) => toAnswers(definition, values));
  }

  it.each(instruments)("mirrors every score around 3 when every answer is reversed ($id)", (d) => {
    fc.assert(
      fc.property(fullSheet(d), (answers) => {
        const reversed = Object.fromEntries(Object.entries(answers).map(([id, a]) => [id, 6 - a]));
        const before = scoreResponse(d, answers);
        const after = scoreResponse(d, reversed);
        after.forEach((score, index) => {
          const original = before[index];
          expect(score.mean).toBeCloseTo(6 - (original?.mean ?? Number.NaN), 12);
          expect(score.sum).toBe(6 * score.itemCount - (original?.sum ?? Number.NaN));
        });
      }),
    );
  });

  it.each(instruments)("keeps every score within 1..5, however many are missing ($id)", (d) => {
    fc.assert(
      fc.property(partialSheet(d), (answers) => {
        for (const score of scoreResponse(d, answers)) {
          if (score.mean === null) {
            expect(score.missing).toBeGreaterThan(score.itemCount * 0.2);
            continue;
          }
          expect(score.mean).toBeGreaterThanOrEqual(1);
          expect(score.mean).toBeLessThanOrEqual(5);
        }
      }),
    );
  });

  it.each(instruments)("scores 3 on every scale when every answer is 3 ($id)", (d) => {
    const threes = Object.fromEntries(d.items.map((item) => [item.id, 3]));
    expect(scoreResponse(d, threes).map((s) => s.mean)).toEqual(d.scales.map(() => 3));
  });

  it.each(instruments)("scores v on every scale when every keyed value is v ($id)", (d) => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), (v) => {
        expect(scoreResponse(d, uniformKeyedAnswers(d, v)).map((s) => s.mean)).toEqual(
          d.scales.map(() => v),
        );
      }),
    );
  });
});

function sheet(prefix: string, values: number[]): Record<string, number> {
  return Object.fromEntries(values.map((value, index) => [`${prefix}${index + 1}`, value]));
}

function toAnswers(definition: InstrumentDefinition, values: (number | null)[]): Answers {
  return Object.fromEntries(
    definition.items.flatMap((item, index) => {
      const value = values[index];
      return value === null || value === undefined ? [] : [[item.id, value]];
    }),
  );
}
