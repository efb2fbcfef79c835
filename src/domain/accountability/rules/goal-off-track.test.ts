import { describe, expect, it } from "vitest";
import { delegation, healthySnapshot } from "../../../../test/support/accountability-snapshots";
import type { Measurement } from "../../goals/goal-status";
import { DEFAULT_THRESHOLDS, thresholdsWith } from "../thresholds";
import { goalOffTrack } from "./goal-off-track";

// Today is 16 June 2027; the goal runs from 0 on 1 March to 4 on 1 September.
const measured = (...measurements: Measurement[]) =>
  healthySnapshot({ goals: [{ ...delegation, measurements }] });
const at = (date: string, value: number): Measurement => ({ date, value });

describe("the goal off track rule", () => {
  it("does not fire for a goal whose trend reaches its target", () => {
    expect(goalOffTrack(healthySnapshot(), DEFAULT_THRESHOLDS)).toBeNull();
  });

  it("watches a goal on its line now whose trend ends short of the target", () => {
    // The trend rises 0.1 a week: 2.3 on 14 June, about 3.4 by 1 September.
    const slowing = measured(
      at("2027-05-24", 2.0),
      at("2027-05-31", 2.1),
      at("2027-06-07", 2.2),
      at("2027-06-14", 2.3),
    );
    expect(goalOffTrack(slowing, DEFAULT_THRESHOLDS)).toBeNull();
    const tighter = thresholdsWith({ goalOffTrack: { shortfallShare: 0.1 } });
    expect(goalOffTrack(slowing, tighter)).toMatchObject({
      rule: "goal_off_track",
      severity: "watch",
      reason:
        "“Delegate two projects a month” is heading for 3.4 by 1 September, short of the target of 4",
      action: "Review the plan for this goal together",
      evidence: [{ kind: "goal", id: "g1", on: "2027-06-14" }],
      since: "2027-06-14",
    });
  });

  it("fires just past the share of the whole change, not at it", () => {
    // A flat trend at 3: short by 1 of a change of 4, a share of exactly 0.25.
    const flat = measured(at("2027-06-07", 3), at("2027-06-14", 3));
    expect(goalOffTrack(flat, DEFAULT_THRESHOLDS)).toBeNull();
    const shorter = measured(at("2027-06-07", 2.9), at("2027-06-14", 2.9));
    expect(goalOffTrack(shorter, DEFAULT_THRESHOLDS)?.severity).toBe("watch");
    const nearer = measured(at("2027-06-07", 3.1), at("2027-06-14", 3.1));
    expect(goalOffTrack(nearer, DEFAULT_THRESHOLDS)).toBeNull();
  });

  it("acts on a goal off track now, even with one measurement", () => {
    const behind = measured(at("2027-06-14", 0.5));
    expect(goalOffTrack(behind, DEFAULT_THRESHOLDS)).toMatchObject({
      severity: "act",
      reason:
        "“Delegate two projects a month”: Behind the line to 4 by 1 September: at 0.5 on 14 June, where 2.3 was expected by then.",
    });
  });

  it("acts on a goal past its due date short of its target", () => {
    const late = healthySnapshot({
      goals: [{ ...delegation, dueDate: "2027-06-01", measurements: [at("2027-06-14", 3.9)] }],
    });
    expect(goalOffTrack(late, DEFAULT_THRESHOLDS)?.severity).toBe("act");
  });

  it("leaves out goals closed, unmeasured or without a line", () => {
    const behind = [at("2027-06-14", 0)];
    const goals = [
      {
        ...delegation,
        id: "g2",
        measurements: behind,
        closure: { kind: "dropped" as const, reason: "" },
      },
      { ...delegation, id: "g3", measurements: [] },
      { ...delegation, id: "g4", measurements: behind, target: null },
    ];
    expect(goalOffTrack(healthySnapshot({ goals }), DEFAULT_THRESHOLDS)).toBeNull();
  });

  it("does not fire for a goal at its target, wherever its trend points", () => {
    const falling = measured(at("2027-06-07", 4.6), at("2027-06-14", 4.1));
    expect(goalOffTrack(falling, DEFAULT_THRESHOLDS)).toBeNull();
  });

  it("works for a measure where less is better", () => {
    const fewer = healthySnapshot({
      goals: [
        {
          ...delegation,
          direction: "lower",
          baseline: 20,
          target: 10,
          measurements: [at("2027-06-07", 19.5), at("2027-06-14", 19.5)],
        },
      ],
    });
    expect(goalOffTrack(fewer, DEFAULT_THRESHOLDS)?.severity).toBe("act");
  });
});
