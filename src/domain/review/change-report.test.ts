import { describe, expect, it } from "vitest";
import { model, ratings } from "../../../test/support/feedback-report-model";
import { buildReport } from "../feedback/report";
import type { RaterResponse } from "../feedback/report-types";
import {
  compareFeedback,
  compareScale,
  DIFFERENT_RATERS_CAVEAT,
  OTHERS_ROW,
  pooledSd,
  rangeRuleSd,
} from "./change-report";

const reportOf = (responses: RaterResponse[]) =>
  buildReport({
    model,
    threshold: 3,
    managerIdentified: false,
    self: null,
    responses,
    comments: [],
  });
const peers = (...values: (1 | 2 | 3 | 4 | 5)[]) =>
  values.map((v): RaterResponse => ({ group: "peer", ratings: ratings(v) }));

describe("the 360 comparison", () => {
  // Three peers each round, rating every behaviour 2, 3, 4 and then 3, 4, 5: means 3 and 4, and
  // every shown cell has the population SD √(2/3) = 0.8165, so the pooled SD is 0.8165.
  // Reliability: peers .37 for three raters, 3·.37 / (1 + 2·.37) = 0.63793.
  // SE = 0.8165·√(1 − 0.63793) = 0.49130; S_diff = √2·SE = 0.69481; RCI = 1 / 0.69481 = 1.4392.
  const baseline = reportOf(peers(2, 3, 4));
  const repeat = reportOf(peers(3, 4, 5));

  it("does not call a full point from three peers a change", () => {
    const comparison = compareFeedback(baseline, repeat, true);
    const direction = comparison.competencies.find((c) => c.competencyId === "direction");
    const peer = direction?.rows.find((r) => r.id === "peer");
    expect(peer?.baseline).toBe(3);
    expect(peer?.now).toBe(4);
    expect(peer?.sd).toBeCloseTo(0.816497, 6);
    expect(peer?.reliability).toBeCloseTo(0.637931, 6);
    expect(peer?.change?.difference).toBe(1);
    expect(peer?.change?.rci).toBeCloseTo(1.43924, 4);
    expect(peer?.change?.verdict).toBe("no_reliable_change");
    expect(peer?.change?.words).toMatch(/^No reliable change: the difference of \+1\.00/);
    expect(peer?.caveat).toBeNull();
    expect(peer?.sdSource).toContain("(24 ratings)");
    expect(peer?.reliabilitySource).toContain("stretched to 3 raters");
  });

  it("compares all others too, and warns when the raters differ", () => {
    const comparison = compareFeedback(baseline, repeat, false);
    const others = comparison.competencies[0]?.rows.find((r) => r.id === OTHERS_ROW);
    expect(others?.label).toBe("All others");
    expect(others?.change?.rci).toBeCloseTo(1.43924, 4);
    expect(others?.caveat).toBe(DIFFERENT_RATERS_CAVEAT);
  });

  it("compares only units shown in both reports", () => {
    const withManagers = reportOf([
      ...peers(3, 4, 5),
      ...[4, 4, 4].map((v): RaterResponse => ({ group: "manager", ratings: ratings(v as 4) })),
    ]);
    const comparison = compareFeedback(baseline, withManagers, true);
    expect(comparison.competencies[0]?.rows.map((r) => r.id)).toEqual(["peer", OTHERS_ROW]);
  });

  it("says a unit's figure is not compared when a report does not show it", () => {
    const none = reportOf(peers(3, 4));
    const others = compareFeedback(baseline, none, true).competencies[0]?.rows[0];
    expect(others?.id).toBe(OTHERS_ROW);
    expect(others?.change).toBeNull();
    expect(others?.notComparedBecause).toBe("Not shown in both reports.");
  });

  it("falls back on a quarter of the scale's range when all raters agreed", () => {
    const comparison = compareFeedback(reportOf(peers(3, 3, 3)), reportOf(peers(4, 4, 4)), true);
    const peer = comparison.competencies[0]?.rows[0];
    expect(peer?.sd).toBe(1);
    expect(peer?.sdSource).toMatch(/quarter of the rating scale's range \(1 to 5\)/);
  });
});

describe("pooling SDs", () => {
  it("weights each cell's variance by its answers", () => {
    // (3·1² + 1·3²) / 4 = 3; √3 = 1.7321
    expect(
      pooledSd([
        { n: 3, sd: 1 },
        { n: 1, sd: 3 },
      ]),
    ).toBeCloseTo(1.732051, 6);
    expect(pooledSd([])).toBeNull();
    expect(pooledSd([{ n: 4, sd: 0 }])).toBeNull();
  });

  it("estimates a 1 to 5 scale's SD as 1", () => {
    expect(rangeRuleSd({ min: 1, max: 5 })).toBe(1);
  });
});

describe("the personality comparison", () => {
  const scale = { min: 1, max: 5 };
  const norms = { sd: 0.5, people: 40 };

  it("calls a small difference a change on a precise scale", () => {
    // SE = 0.5·√(1 − .92) = 0.141421; S_diff = 0.2; RCI = 0.4 / 0.2 = 2.0 > 1.96.
    // Interval 0.4 ± 1.96·0.2 = 0.008 to 0.792.
    const row = compareScale({
      id: "calm",
      name: "Emotional stability",
      baseline: 3.2,
      now: 3.6,
      alpha: 0.92,
      alphaSource: "IPIP key page",
      practiceAlpha: null,
      norms,
      minimumForNorms: 30,
      scale,
    });
    expect(row.change?.rci).toBeCloseTo(2, 10);
    expect(row.change?.interval.low).toBeCloseTo(0.008, 10);
    expect(row.change?.interval.high).toBeCloseTo(0.792, 10);
    expect(row.change?.verdict).toBe("reliably_higher");
    expect(row.change?.words).toBe(
      "Reliably higher: +0.40 (95% interval 0.01 to 0.79; SD 0.50, reliability 0.92).",
    );
    expect(row.sdSource).toBe("SD of the practice's scores (40 people)");
    expect(row.reliabilitySource).toBe("Published Cronbach's alpha (IPIP key page)");
  });

  it("falls back on the range rule with too few people, and says how many there are", () => {
    // SD 1, alpha .80: SE = √.2 = 0.44721; S_diff = 0.63246; RCI = 0.4 / 0.63246 = 0.632.
    const row = compareScale({
      id: "calm",
      name: "Emotional stability",
      baseline: 3.2,
      now: 3.6,
      alpha: 0.8,
      practiceAlpha: null,
      norms: { sd: 0.5, people: 12 },
      minimumForNorms: 30,
      scale,
    });
    expect(row.sd).toBe(1);
    expect(row.sdSource).toContain("(12)");
    expect(row.change?.rci).toBeCloseTo(0.632456, 6);
    expect(row.change?.verdict).toBe("no_reliable_change");
  });

  it("does not judge a scale with no known reliability", () => {
    const row = compareScale({
      id: "facet",
      name: "A facet",
      baseline: 2,
      now: 4,
      alpha: null,
      practiceAlpha: { alpha: 0.7, completeRows: 5 },
      norms,
      minimumForNorms: 30,
      scale,
    });
    expect(row.change).toBeNull();
    expect(row.reliability).toBeNull();
    expect(row.notComparedBecause).toMatch(/reliability/);
  });
});
