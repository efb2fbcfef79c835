import { describe, expect, it } from "vitest";
import {
  checkIn,
  delegation,
  healthySnapshot,
} from "../../../../test/support/accountability-snapshots";
import { DEFAULT_THRESHOLDS, thresholdsWith } from "../thresholds";
import { fallingConfidence } from "./falling-confidence";

// By default: a goal's last 3 ratings never rising, and 2 points lower in all.
const MONDAYS = ["2027-05-24", "2027-05-31", "2027-06-07", "2027-06-14"];
const rated = (...values: (number | null)[]) =>
  healthySnapshot({
    checkIns: values.map((confidence, i) =>
      checkIn(`k${i + 1}`, MONDAYS[i] ?? "", {
        goals: [{ goalId: "g1", confidence, value: null }],
      }),
    ),
  });

describe("the falling confidence rule", () => {
  it("fires at exactly the drop over exactly the check-ins", () => {
    const warning = fallingConfidence(rated(9, 8, 7, 6), DEFAULT_THRESHOLDS);
    expect(warning).toMatchObject({
      rule: "falling_confidence",
      severity: "watch",
      reason: "Confidence in “Delegate two projects a month” fell from 8 to 6 over 3 check-ins",
      action: "Ask what has shaken their confidence in this goal",
      since: "2027-05-31",
    });
    expect(warning?.evidence.map((e) => e.id)).toEqual(["g1", "k2", "k3", "k4"]);
  });

  it("does not fire a point short of the drop", () => {
    expect(fallingConfidence(rated(8, 8, 7), DEFAULT_THRESHOLDS)).toBeNull();
  });

  it("fires a point over the drop, counting a flat step as not rising", () => {
    expect(fallingConfidence(rated(8, 8, 5), DEFAULT_THRESHOLDS)?.severity).toBe("watch");
  });

  it("acts at twice the drop", () => {
    expect(fallingConfidence(rated(8, 6, 4), DEFAULT_THRESHOLDS)?.severity).toBe("act");
  });

  it("does not fire when it rose on the way, or with too few ratings", () => {
    expect(fallingConfidence(rated(8, 5, 6), DEFAULT_THRESHOLDS)).toBeNull();
    expect(fallingConfidence(rated(8, 5), DEFAULT_THRESHOLDS)).toBeNull();
  });

  it("skips check-ins that left the goal unrated", () => {
    expect(fallingConfidence(rated(8, null, 7, 6), DEFAULT_THRESHOLDS)?.reason).toContain(
      "fell from 8 to 6 over 3 check-ins",
    );
  });

  it("leaves out closed goals", () => {
    const closed = {
      ...rated(9, 7, 5),
      goals: [{ ...delegation, closure: { kind: "dropped" as const, reason: "" } }],
    };
    expect(fallingConfidence(closed, DEFAULT_THRESHOLDS)).toBeNull();
  });

  it("follows the coach's window", () => {
    const four = thresholdsWith({ fallingConfidence: { checkIns: 4 } });
    expect(fallingConfidence(rated(9, 8, 7, 6), four)?.reason).toContain(
      "fell from 9 to 6 over 4 check-ins",
    );
    expect(fallingConfidence(rated(6, 8, 7, 6), four)).toBeNull();
  });
});
