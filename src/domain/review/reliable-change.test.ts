import { describe, expect, it } from "vitest";
import { describeChange, reliableChange } from "./reliable-change";

const oneDecimal = (value: number) => value.toFixed(1);
const twoDecimals = (value: number) => value.toFixed(2);

describe("the reliable change index (Jacobson and Truax, 1991)", () => {
  it("does not call a full point a change when the measure is noisy", () => {
    // SE = 0.8·√(1 − .5) = 0.5657; S_diff = √2·SE = 0.8; RCI = 1.0 / 0.8 = 1.25.
    const change = reliableChange({ baseline: 3.0, repeat: 4.0, sd: 0.8, reliability: 0.5 });
    expect(change?.standardErrorOfDifference).toBeCloseTo(0.8, 10);
    expect(change?.rci).toBeCloseTo(1.25, 10);
    expect(change?.verdict).toBe("no_reliable_change");
    // 1.0 ± 1.96·0.8
    expect(change?.interval.low).toBeCloseTo(-0.568, 10);
    expect(change?.interval.high).toBeCloseTo(2.568, 10);
    expect(change && describeChange(change, oneDecimal)).toBe(
      "No reliable change: the difference of +1.0 is within what measurement error alone could give (95% interval −0.6 to 2.6; SD 0.8, reliability 0.50).",
    );
  });

  it("calls a small difference a change when the measure is precise", () => {
    // SE = 0.4·√(1 − .95) = 0.08944; S_diff = 0.12649; RCI = 0.3 / 0.12649 = 2.3717.
    const change = reliableChange({ baseline: 3.4, repeat: 3.7, sd: 0.4, reliability: 0.95 });
    expect(change?.standardErrorOfDifference).toBeCloseTo(0.126491, 6);
    expect(change?.rci).toBeCloseTo(2.371708, 6);
    expect(change?.verdict).toBe("reliably_higher");
    expect(change && describeChange(change, twoDecimals)).toBe(
      "Reliably higher: +0.30 (95% interval 0.05 to 0.55; SD 0.40, reliability 0.95).",
    );
  });

  it("judges a fall as a fall, and the interval agrees with the index at its edge", () => {
    // S_diff = √2·10·√(1 − .84) = 5.6569; at exactly 1.96·S_diff the change is not yet reliable.
    const sDiff = Math.SQRT2 * 10 * Math.sqrt(0.16);
    const edge = reliableChange({
      baseline: 50,
      repeat: 50 - 1.96 * sDiff,
      sd: 10,
      reliability: 0.84,
    });
    expect(edge?.verdict).toBe("no_reliable_change");
    expect(edge?.interval.high).toBeCloseTo(0, 10);
    const past = reliableChange({ baseline: 50, repeat: 38, sd: 10, reliability: 0.84 });
    expect(past?.rci).toBeCloseTo(-12 / sDiff, 10);
    expect(past?.verdict).toBe("reliably_lower");
    expect(past && past.interval.high < 0).toBe(true);
    expect(past && describeChange(past, oneDecimal)).toMatch(/^Reliably lower: −12\.0 \(/);
  });

  it("gives no verdict where the measure holds no signal or the numbers are not numbers", () => {
    expect(reliableChange({ baseline: 3, repeat: 4, sd: 0.8, reliability: 0 })).toBeNull();
    expect(reliableChange({ baseline: 3, repeat: 4, sd: 0, reliability: 0.8 })).toBeNull();
    expect(reliableChange({ baseline: Number.NaN, repeat: 4, sd: 1, reliability: 0.8 })).toBeNull();
  });

  it("never treats a reliability of 1 as a measure without error", () => {
    const change = reliableChange({ baseline: 3, repeat: 3.01, sd: 1, reliability: 1 });
    expect(change?.basis.reliability).toBe(0.99);
    expect(change?.verdict).toBe("no_reliable_change");
  });
});
