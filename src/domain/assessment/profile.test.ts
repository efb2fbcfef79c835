import { describe, expect, it } from "vitest";
import {
  answersWithKeyedValues,
  practiceInstrument,
  repeat,
  uniformKeyedAnswers,
  withoutItems,
} from "../../../test/support/test-instruments";
import type { Answers } from "./instrument";
import {
  buildProfile,
  comparisonBasis,
  MINIMUM_FOR_NORMS,
  type Profile,
  type ScaleResult,
} from "./profile";

const definition = practiceInstrument;
const keyed = (value: number) => uniformKeyedAnswers(definition, value);

function result(profile: Profile, scaleId: string): ScaleResult {
  const found = profile.scales.find((scale) => scale.scaleId === scaleId);
  if (!found) throw new Error(`no result for ${scaleId}`);
  return found;
}

/** Everyone answers every item with the same keyed value: half of them 2s, half 4s. */
function twosAndFours(twos: number, fours: number): Answers[] {
  return [...repeat(twos, () => keyed(2)), ...repeat(fours, () => keyed(4))];
}

describe("buildProfile below the minimum", () => {
  const answers = keyed(4);
  const profile = buildProfile({ definition, answers, population: twosAndFours(14, 15) });

  it("scores every scale but gives no range or percentile", () => {
    expect(profile.scales.map((s) => [s.scaleId, s.score, s.band, s.percentile])).toEqual(
      definition.scales.map((s) => [s.id, 4, null, null]),
    );
    expect(profile.population).toEqual({ size: 29, minimum: 30, normsAvailable: false });
  });

  it("says once, for the whole profile, what would make the comparison appear", () => {
    expect(profile.comparison).toEqual({
      basis: "none",
      notes: [
        "Likely ranges and comparisons with other people appear once 30 people in the practice " +
          "have completed this questionnaire; 29 have so far. The IPIP publishes no norms to " +
          "compare with.",
      ],
    });
    expect(profile.scales.map((s) => s.bandNote)).toEqual(definition.scales.map(() => null));
  });

  it("counts one person as one", () => {
    const alone = buildProfile({ definition, answers, population: [answers] });
    expect(alone.comparison.notes[0]).toContain("; 1 has so far.");
    expect(alone.scales.every((s) => s.band === null && s.percentile === null)).toBe(true);
  });
});

describe("comparisonBasis", () => {
  it("compares with the practice from the minimum on, and with nothing before", () => {
    expect(comparisonBasis(0)).toBe("none");
    expect(comparisonBasis(1)).toBe("none");
    expect(comparisonBasis(MINIMUM_FOR_NORMS - 1)).toBe("none");
    expect(comparisonBasis(MINIMUM_FOR_NORMS)).toBe("practice");
    expect(comparisonBasis(5_000)).toBe("practice");
  });
});

describe("buildProfile at the minimum", () => {
  const answers = keyed(4);
  const profile = buildProfile({ definition, answers, population: twosAndFours(15, 15) });

  it("bands the score with the published alpha and the practice's spread", () => {
    // Fifteen scores of 2 and fifteen of 4: mean 3, each 1 away, squares sum to 30, SD sqrt(30/29).
    const sd = Math.sqrt(30 / 29);
    const sem = sd * Math.sqrt(1 - 0.84);
    const focus = result(profile, "focus");
    expect(MINIMUM_FOR_NORMS).toBe(30);
    expect(focus.band?.sd).toBeCloseTo(sd, 12);
    expect(focus.band?.sem).toBeCloseTo(sem, 12);
    expect(focus.band?.low).toBeCloseTo(4 - 1.96 * sem, 12);
    expect(focus.band?.high).toBeCloseTo(4 + 1.96 * sem, 12);
    expect(focus.band).toMatchObject({ alpha: 0.84, alphaFrom: "published", level: 0.95 });
    expect(focus.bandNote).toBeNull();
  });

  it("says once how the ranges were made, not on every scale", () => {
    expect(profile.comparison.basis).toBe("practice");
    expect(profile.comparison.notes).toEqual([
      "Likely ranges (95%) use the reliability the source publishes and the spread of scores " +
        "among the 30 people in the practice who completed this questionnaire; comparisons are " +
        "with the same people.",
      "The source publishes no reliability for the domains, so their ranges use one computed " +
        "from the practice's responses that answered all of a domain's statements.",
    ]);
    expect(profile.scales.filter((s) => s.bandNote !== null)).toEqual([]);
  });

  it("places the score among the practice's scores", () => {
    // 15 below, 15 tied (this response among them): (15 + 7.5) / 30 = 75%.
    expect(result(profile, "focus").percentile).toBe(75);
    expect(profile.population).toEqual({ size: 30, minimum: 30, normsAvailable: true });
  });

  it("describes each scale from its definition", () => {
    const facet = result(profile, "drive_3");
    expect(facet).toMatchObject({
      scaleId: "drive_3",
      name: "Drive facet 3",
      kind: "facet",
      parent: "drive",
      answered: 4,
      itemCount: 4,
      interpretation: definition.scales.find((s) => s.id === "drive_3")?.interpretation,
    });
    expect(facet.band?.alpha).toBe(0.7);
    expect("parent" in result(profile, "focus")).toBe(false);
    expect(result(profile, "focus").noScore).toBeUndefined();
  });
});

describe("buildProfile clips the band to the response scale", () => {
  // Fifteen 1s and fifteen 5s: each 2 away from 3, squares sum to 120, SD sqrt(120/29).
  const population = [...repeat(15, () => keyed(1)), ...repeat(15, () => keyed(5))];
  const halfWidth = 1.96 * Math.sqrt(120 / 29) * Math.sqrt(1 - 0.84);

  it("at the top", () => {
    const focus = result(buildProfile({ definition, answers: keyed(5), population }), "focus");
    expect(focus.band?.high).toBe(5);
    expect(focus.band?.low).toBeCloseTo(5 - halfWidth, 12);
  });

  it("at the bottom", () => {
    const focus = result(buildProfile({ definition, answers: keyed(1), population }), "focus");
    expect(focus.band?.low).toBe(1);
    expect(focus.band?.high).toBeCloseTo(1 + halfWidth, 12);
  });
});

describe("buildProfile for a domain without a published alpha", () => {
  // 32 people: level L = 2 or 4 (16 each); pattern p = +1 or -1 (8 of each within each level).
  // Keyed value of D1-D12 is L + p, of D13-D24 is L - p; focus items are all L.
  function person(level: number, pattern: number, split = 12): Answers {
    return answersWithKeyedValues(definition, (id) => {
      if (!id.startsWith("D")) return level;
      return Number(id.slice(1)) <= split ? level + pattern : level - pattern;
    });
  }
  const population = [2, 4].flatMap((level) =>
    [1, -1].flatMap((pattern) => repeat(8, () => person(level, pattern))),
  );
  const answers = person(4, 1);
  const drive = result(buildProfile({ definition, answers, population }), "drive");

  it("computes the reliability from the practice's complete responses", () => {
    // Each item: deviations from 3 are (L - 3) + p = +2, 0, 0, -2, eight times each:
    //   squares 64, variance 64/31. Sum over 24 items: 24 * 64/31.
    // Totals are 24 L: deviations +-24, squares 32 * 576, variance 576 * 32/31.
    // alpha = 24/23 * (1 - (24 * 64) / (576 * 32)) = 24/23 * (1 - 1/12) = 22/23.
    expect(drive.band?.alphaFrom).toBe("practice");
    expect(drive.band?.alpha).toBeCloseTo(22 / 23, 12);
    expect(drive.bandNote).toBeNull();
  });

  it("bands the domain score with that reliability and the spread of domain scores", () => {
    // Domain scores are L: sixteen 2s and sixteen 4s, SD sqrt(32/31).
    const sem = Math.sqrt(32 / 31) * Math.sqrt(1 - 22 / 23);
    expect(drive.score).toBe(4);
    expect(drive.band?.sd).toBeCloseTo(Math.sqrt(32 / 31), 12);
    expect(drive.band?.low).toBeCloseTo(4 - 1.96 * sem, 12);
    expect(drive.band?.high).toBeCloseTo(4 + 1.96 * sem, 12);
    // 16 below, 16 tied: (16 + 8) / 32 = 75%.
    expect(drive.percentile).toBe(75);
  });

  it("gives no band while fewer than 30 responses answered every item, but still a percentile", () => {
    const gappy = twosAndFours(15, 15).map((a, index) => (index < 5 ? withoutItems(a, ["D1"]) : a));
    const profile = buildProfile({ definition, answers: keyed(4), population: gappy });
    expect(result(profile, "drive")).toMatchObject({ score: 4, band: null, percentile: 75 });
    expect(result(profile, "drive").bandNote).toBeNull();
    expect(profile.comparison.notes).toContain(
      "The source publishes no reliability for the domains, so their ranges appear once 30 " +
        "people in the practice have answered all of a domain's statements.",
    );
    // The facet that lost D1 has only 25 scores in the practice, so neither band nor percentile:
    // the notes name it, once.
    expect(result(profile, "drive_1")).toMatchObject({ band: null, percentile: null });
    expect(profile.comparison.notes).toContain(
      "Drive facet 1 has no range or comparison yet: fewer than 30 people in the practice have " +
        "a score on it.",
    );
    expect(profile.scales.filter((s) => s.bandNote !== null)).toEqual([]);
  });

  it("names several such scales in one sentence", () => {
    const gaps = ["D1", "D5", "D9"];
    const gappy = twosAndFours(15, 15).map((a, index) => (index < 5 ? withoutItems(a, gaps) : a));
    const profile = buildProfile({ definition, answers: keyed(4), population: gappy });
    expect(profile.comparison.notes).toContain(
      "Drive facet 1, Drive facet 2 and Drive facet 3 have no range or comparison yet: fewer " +
        "than 30 people in the practice have a score on them.",
    );
  });

  it("gives no band when the practice's answers give no usable reliability", () => {
    const unusable =
      "Drive has no range: the practice's answers do not yet give a usable reliability for it.";
    // Everyone's domain total is the same (L = 3 throughout), so alpha cannot be computed.
    const flat = [1, -1].flatMap((pattern) => repeat(15, () => person(3, pattern)));
    const same = buildProfile({ definition, answers: person(3, 1), population: flat });
    expect(result(same, "drive")).toMatchObject({ score: 3, band: null, percentile: 50 });
    expect(same.comparison.notes).toContain(unusable);
    expect(same.scales.filter((s) => s.bandNote !== null)).toEqual([]);

    // D1-D13 carry +p, D14-D24 -p: totals 72 + 2p, variance 4 * 30/29; each item 30/29.
    // alpha = 24/23 * (1 - (24 * 30/29) / (4 * 30/29)) = 24/23 * -5, below 0.
    const opposed = [1, -1].flatMap((pattern) => repeat(15, () => person(3, pattern, 13)));
    const negative = buildProfile({ definition, answers: person(3, 1, 13), population: opposed });
    expect(result(negative, "drive").score).toBeCloseTo(3 + 2 / 24, 12);
    expect(result(negative, "drive")).toMatchObject({ band: null, percentile: 75 });
    expect(negative.comparison.notes).toContain(unusable);
  });
});

describe("buildProfile for a scale with no score", () => {
  const answers = withoutItems(keyed(4), ["F1", "F2", "F3", "D1"]);
  const profile = buildProfile({
    definition,
    answers,
    population: [...twosAndFours(15, 15), answers],
  });

  it("explains the missing score and gives no band or percentile", () => {
    expect(result(profile, "focus")).toMatchObject({
      score: null,
      answered: 7,
      itemCount: 10,
      noScore: {
        code: "too_many_missing",
        missing: 3,
        allowedMissing: 2,
        message: "3 of its 10 statements were not answered; a score needs at least 8.",
      },
      band: null,
      bandNote: "There is no range because this scale has no score.",
      percentile: null,
    });
    expect(result(profile, "drive_1")).toMatchObject({
      score: null,
      noScore: { message: "1 of its 4 statements was not answered; a score needs all 4." },
      band: null,
      percentile: null,
    });
  });

  it("still bands and places the scales that have a score", () => {
    const facet = result(profile, "drive_2");
    expect(facet.score).toBe(4);
    expect(facet.band).not.toBeNull();
    // 15 below, 16 tied (this response too): (15 + 8) / 31.
    expect(facet.percentile).toBeCloseTo((23 / 31) * 100, 12);
  });
});
