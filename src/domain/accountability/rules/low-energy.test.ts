import { describe, expect, it } from "vitest";
import { checkIn, healthySnapshot } from "../../../../test/support/accountability-snapshots";
import { DEFAULT_THRESHOLDS } from "../thresholds";
import { lowEnergy } from "./low-energy";

// Mondays 24 May to 14 June 2027; by default energy at 2 or lower for 3 weeks in a row fires.
const MONDAYS = ["2027-05-24", "2027-05-31", "2027-06-07", "2027-06-14"];
const energies = (...values: (number | null)[]) =>
  healthySnapshot({
    checkIns: values.map((energy, i) => checkIn(`k${i + 1}`, MONDAYS[i] ?? "", { energy })),
  });

describe("the low energy rule", () => {
  it("fires at exactly the weeks, at exactly the level", () => {
    expect(lowEnergy(energies(4, 2, 1, 2), DEFAULT_THRESHOLDS)).toMatchObject({
      rule: "low_energy",
      severity: "watch",
      reason: "Energy at 2 or lower of 5 for 3 weeks in a row (2, 1, 2)",
      action: "Ask about their energy and workload",
      since: "2027-05-31",
    });
  });

  it("does not fire a week short, or a point above the level", () => {
    expect(lowEnergy(energies(4, 4, 1, 2), DEFAULT_THRESHOLDS)).toBeNull();
    expect(lowEnergy(energies(4, 2, 3, 2), DEFAULT_THRESHOLDS)).toBeNull();
  });

  it("fires a week over as watch", () => {
    expect(lowEnergy(energies(2, 2, 1, 2), DEFAULT_THRESHOLDS)?.evidence).toHaveLength(4);
  });

  it("acts at twice the weeks", () => {
    const weeks = [
      "2027-05-10",
      "2027-05-17",
      "2027-05-24",
      "2027-05-31",
      "2027-06-07",
      "2027-06-14",
    ];
    const six = healthySnapshot({
      checkIns: weeks.map((day, i) => checkIn(`k${i + 1}`, day, { energy: 2 })),
    });
    expect(lowEnergy(six, DEFAULT_THRESHOLDS)?.severity).toBe("act");
    expect(
      lowEnergy({ ...six, checkIns: six.checkIns.slice(1) }, DEFAULT_THRESHOLDS)?.severity,
    ).toBe("watch");
  });

  it("counts back from the latest rated week: a better last week ends the run", () => {
    expect(lowEnergy(energies(1, 1, 1, 4), DEFAULT_THRESHOLDS)).toBeNull();
  });

  it("breaks the run on a week without a check-in", () => {
    const gap = healthySnapshot({
      checkIns: [
        checkIn("k1", "2027-05-17", { energy: 1 }),
        checkIn("k2", "2027-05-24", { energy: 1 }),
        checkIn("k3", "2027-06-07", { energy: 1 }),
        checkIn("k4", "2027-06-14", { energy: 1 }),
      ],
    });
    expect(lowEnergy(gap, DEFAULT_THRESHOLDS)).toBeNull();
  });

  it("takes the latest check-in of a week, and skips those without energy", () => {
    const twice = healthySnapshot({
      checkIns: [
        checkIn("k1", "2027-05-31", { energy: 2 }),
        checkIn("k2", "2027-06-07", { energy: 4 }),
        checkIn("k3", "2027-06-10", { energy: 2 }),
        checkIn("k4", "2027-06-14", { energy: 1 }),
        checkIn("k5", "2027-06-16", { energy: null }),
      ],
    });
    expect(lowEnergy(twice, DEFAULT_THRESHOLDS)?.evidence.map((e) => e.id)).toEqual([
      "k1",
      "k3",
      "k4",
    ]);
  });
});
