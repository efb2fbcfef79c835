import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planUnits } from "./anonymity";
import { RATER_GROUP_LABELS, RATER_GROUPS, type RaterGroup } from "./rater-groups";

const counts = (given: Partial<Record<RaterGroup, number>>): Record<RaterGroup, number> => ({
  manager: 0,
  peer: 0,
  direct_report: 0,
  other: 0,
  ...given,
});

const ids = (plan: ReturnType<typeof planUnits>) => plan.units.map((unit) => unit.id);

describe("planUnits", () => {
  it("shows a group of k on its own and hides a group of k - 1", () => {
    const plan = planUnits(counts({ peer: 3, direct_report: 4, other: 2 }), 3, false);
    expect(plan.units.find((u) => u.id === "peer")).toBeUndefined();
    expect(plan.units).toContainEqual({
      id: "direct_report",
      label: "Direct reports",
      groups: ["direct_report"],
      responses: 4,
      threshold: 3,
    });
    expect(plan.withheld).toEqual([]);
  });

  it("merges a pool under k into the smallest shown unit", () => {
    const plan = planUnits(counts({ peer: 3, direct_report: 4, other: 2 }), 3, false);
    expect(plan.units).toEqual([
      {
        id: "peer+other",
        label: "Peers and other colleagues",
        groups: ["peer", "other"],
        responses: 5,
        threshold: 3,
      },
      {
        id: "direct_report",
        label: "Direct reports",
        groups: ["direct_report"],
        responses: 4,
        threshold: 3,
      },
    ]);
  });

  it('pools the small groups as "Other colleagues" once together they reach k', () => {
    const plan = planUnits(counts({ manager: 1, peer: 5, direct_report: 5, other: 2 }), 3, false);
    expect(plan.units.at(-1)).toEqual({
      id: "manager+other",
      label: "Other colleagues",
      groups: ["manager", "other"],
      responses: 3,
      threshold: 3,
    });
    expect(ids(plan)).toEqual(["peer", "direct_report", "manager+other"]);
  });

  it("pools two groups under a raised k that alone would each be hidden", () => {
    const plan = planUnits(counts({ peer: 4, direct_report: 4 }), 5, false);
    expect(ids(plan)).toEqual(["peer+direct_report"]);
    expect(plan.units[0]?.label).toBe("Other colleagues");
  });

  it("merges an unidentified manager of one into the smallest unit, the first on a tie", () => {
    const plan = planUnits(counts({ manager: 1, peer: 3, direct_report: 3 }), 3, false);
    expect(plan.units[0]).toEqual({
      id: "manager+peer",
      label: "Peers and other colleagues",
      groups: ["manager", "peer"],
      responses: 4,
      threshold: 3,
    });
    expect(ids(plan)).toEqual(["manager+peer", "direct_report"]);
  });

  it("names an invited manager of one in the same unit whether or not they answered", () => {
    const invited: RaterGroup[] = ["manager", "peer", "direct_report"];
    const answered = planUnits(
      counts({ manager: 1, peer: 3, direct_report: 3 }),
      3,
      false,
      invited,
    );
    const silent = planUnits(counts({ peer: 3, direct_report: 3 }), 3, false, invited);
    expect(ids(silent)).toEqual(ids(answered));
    expect(silent.units.map((unit) => unit.groups)).toEqual(
      answered.units.map((unit) => unit.groups),
    );
    expect(silent.units[0]).toMatchObject({ id: "manager+peer", responses: 3 });
  });

  it("pools silent invited groups with answering small ones under one name", () => {
    const invited: RaterGroup[] = ["manager", "peer", "other"];
    const managerAnswered = planUnits(counts({ manager: 1, peer: 4, other: 1 }), 3, false, invited);
    const managerSilent = planUnits(counts({ peer: 4, other: 1 }), 3, false, invited);
    expect(managerSilent.units.map((u) => u.groups)).toEqual(
      managerAnswered.units.map((u) => u.groups),
    );
    expect(managerSilent.units.map((u) => u.groups)).toEqual([["manager", "peer", "other"]]);
  });

  it("shows an identified manager alone from one response, with cells of one", () => {
    const plan = planUnits(counts({ manager: 1, peer: 3 }), 3, true);
    expect(plan.units).toEqual([
      { id: "manager", label: "Manager", groups: ["manager"], responses: 1, threshold: 1 },
      { id: "peer", label: "Peers", groups: ["peer"], responses: 3, threshold: 3 },
    ]);
  });

  it("never merges the pool into an identified manager", () => {
    const plan = planUnits(counts({ manager: 1, peer: 4, other: 1 }), 3, true);
    expect(ids(plan)).toEqual(["manager", "peer+other"]);
  });

  it("withholds a pool under k when no unit can take it", () => {
    expect(planUnits(counts({ manager: 1, peer: 2 }), 3, true)).toEqual({
      units: [{ id: "manager", label: "Manager", groups: ["manager"], responses: 1, threshold: 1 }],
      withheld: ["peer"],
    });
    expect(planUnits(counts({ peer: 1, other: 1 }), 3, false)).toEqual({
      units: [],
      withheld: ["peer", "other"],
    });
  });

  it('calls the others group with a pool merged into it "Other colleagues"', () => {
    const plan = planUnits(counts({ peer: 2, other: 3 }), 3, false);
    expect(plan.units).toEqual([
      {
        id: "peer+other",
        label: "Other colleagues",
        groups: ["peer", "other"],
        responses: 5,
        threshold: 3,
      },
    ]);
  });

  it("shows nothing and withholds nothing without responses", () => {
    expect(planUnits(counts({}), 3, true)).toEqual({ units: [], withheld: [] });
  });
});

describe("planUnits for any counts", () => {
  const anyCounts = fc.record({
    manager: fc.nat(3),
    peer: fc.nat(8),
    direct_report: fc.nat(8),
    other: fc.nat(5),
  });

  it("places every responding group once, and shows only units of k (or the told manager)", () => {
    fc.assert(
      fc.property(anyCounts, fc.integer({ min: 3, max: 5 }), fc.boolean(), (given, k, told) => {
        const plan = planUnits(given, k, told);
        const placed = [...plan.units.flatMap((u) => u.groups), ...plan.withheld];
        expect([...placed].sort()).toEqual(RATER_GROUPS.filter((g) => given[g] > 0).sort());
        for (const unit of plan.units) {
          const identified = told && unit.id === "manager";
          expect(unit.threshold).toBe(identified ? 1 : k);
          expect(unit.responses).toBe(unit.groups.reduce((sum, g) => sum + given[g], 0));
          if (!identified) expect(unit.responses).toBeGreaterThanOrEqual(k);
          expect(unit.id).toBe(unit.groups.join("+"));
        }
        const pooledLast = plan.units.findIndex((u) => u.label === "Other colleagues");
        if (pooledLast !== -1) expect(pooledLast).toBe(plan.units.length - 1);
        const hosts = plan.units
          .filter((u) => u.label !== "Other colleagues")
          .map((u) =>
            RATER_GROUPS.findIndex(
              (g) =>
                u.label === RATER_GROUP_LABELS[g] ||
                u.label === `${RATER_GROUP_LABELS[g]} and other colleagues`,
            ),
          );
        expect(hosts.every((index) => index >= 0)).toBe(true);
        expect(hosts).toEqual([...hosts].sort((a, b) => a - b));
        if (plan.withheld.length > 0)
          expect(plan.units.every((u) => told && u.id === "manager")).toBe(true);
      }),
    );
  });
});
