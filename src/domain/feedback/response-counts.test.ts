import { describe, expect, it } from "vitest";
import { RATER_GROUPS, type RaterGroup } from "./rater-groups";
import { type GroupTally, responseCounts } from "./response-counts";

type Tallies = Partial<Record<RaterGroup, [nominated: number, responses: number]>>;

const tallies = (given: Tallies): GroupTally[] =>
  RATER_GROUPS.map((group) => {
    const [nominated, responses] = given[group] ?? [0, 0];
    return { group, nominated, responses };
  });

const shown = (given: Tallies, k = 3) =>
  responseCounts(tallies(given), k).map((c) => [c.id, c.nominated, c.responses]);

describe("the response counts a campaign shows while raters answer", () => {
  it("counts each group of k or more raters on its own", () => {
    expect(shown({ peer: [4, 2], direct_report: [3, 0] })).toEqual([
      ["peer", 4, 2],
      ["direct_report", 3, 0],
    ]);
  });

  it("never counts a lone manager on their own: the pool under k joins the smallest group", () => {
    const counts = responseCounts(
      tallies({ manager: [1, 1], peer: [4, 2], direct_report: [3, 0] }),
      3,
    );
    expect(counts.map((c) => [c.id, c.label, c.nominated, c.responses])).toEqual([
      ["peer", "Peers", 4, 2],
      ["manager+direct_report", "Direct reports and other colleagues", 4, 1],
    ]);
  });

  it("pools small groups that reach k together as other colleagues", () => {
    expect(shown({ manager: [1, 0], other: [2, 2], peer: [3, 1] })).toEqual([
      ["peer", 3, 1],
      ["manager+other", 1 + 2, 2],
    ]);
  });

  it("shows no count at all while fewer than k raters are on the list", () => {
    expect(shown({ manager: [1, 1], peer: [1, 0] })).toEqual([]);
    expect(shown({ manager: [1, 1], peer: [2, 1], other: [1, 0] }, 5)).toEqual([]);
  });

  it("counts every rater exactly once, so the total is the sum and no difference is smaller than k", () => {
    for (let manager = 0; manager <= 2; manager++)
      for (let peer = 0; peer <= 5; peer++)
        for (let other = 0; other <= 4; other++)
          for (const k of [3, 4]) {
            const given: Tallies = {
              manager: [manager, manager],
              peer: [peer, Math.min(peer, 1)],
              other: [other, 0],
            };
            const counts = responseCounts(tallies(given), k);
            const total = manager + peer + other;
            if (total < k) expect(counts).toEqual([]);
            else {
              expect(counts.reduce((sum, c) => sum + c.nominated, 0)).toBe(total);
              expect(counts.flatMap((c) => c.groups).sort()).toEqual(
                RATER_GROUPS.filter((g) => (given[g]?.[0] ?? 0) > 0).sort(),
              );
            }
            for (const count of counts) expect(count.nominated).toBeGreaterThanOrEqual(k);
          }
  });

  it("never uses a threshold below the minimum", () => {
    expect(shown({ manager: [1, 1], peer: [2, 2] }, 1)).toEqual([["manager+peer", 3, 3]]);
  });
});
