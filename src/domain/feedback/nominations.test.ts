import { describe, expect, it } from "vitest";
import { limitProblems, nominationProblems, thresholdProblems } from "./nominations";
import { DEFAULT_GROUP_LIMITS, type GroupLimits, type RaterGroup } from "./rater-groups";

const nominated = (group: RaterGroup, count: number) =>
  Array.from({ length: count }, (_, i) => ({ group, email: `${group}-${i}@example.com` }));

describe("limitProblems", () => {
  it("accepts the default limits", () => {
    expect(limitProblems(DEFAULT_GROUP_LIMITS)).toEqual([]);
  });

  it("names a minimum above its maximum and a maximum above the ceiling", () => {
    const limits: GroupLimits = {
      ...DEFAULT_GROUP_LIMITS,
      peer: { min: 5, max: 4 },
      other: { min: 0, max: 31 },
    };
    expect(limitProblems(limits)).toEqual([
      { path: "groupLimits.peer.min", message: "Ask for no more than the maximum (4)" },
      { path: "groupLimits.other.max", message: "Allow at most 30" },
    ]);
  });

  it("allows a maximum of exactly the ceiling", () => {
    expect(limitProblems({ ...DEFAULT_GROUP_LIMITS, peer: { min: 3, max: 30 } })).toEqual([]);
  });
});

describe("nominationProblems", () => {
  const enough = [
    ...nominated("manager", 1),
    ...nominated("peer", 3),
    ...nominated("direct_report", 3),
  ];

  it("accepts a list within every group's limits", () => {
    expect(nominationProblems(enough, DEFAULT_GROUP_LIMITS)).toEqual([]);
  });

  it("says in plain words what each group lacks", () => {
    expect(
      nominationProblems([...nominated("peer", 2), ...nominated("other", 1)], {
        ...DEFAULT_GROUP_LIMITS,
        other: { min: 2, max: 8 },
      }),
    ).toEqual([
      { path: "raters.manager", message: "Nominate a manager (none so far)" },
      { path: "raters.peer", message: "Nominate at least 3 peers (2 so far)" },
      { path: "raters.direct_report", message: "Nominate at least 3 direct reports (none so far)" },
      { path: "raters.other", message: "Nominate at least 2 others (1 so far)" },
    ]);
  });

  it("says what each group has too many of", () => {
    const limits = {
      ...DEFAULT_GROUP_LIMITS,
      manager: { min: 0, max: 1 },
      peer: { min: 0, max: 0 },
      direct_report: { min: 0, max: 2 },
    };
    expect(
      nominationProblems(
        [...nominated("manager", 2), ...nominated("peer", 1), ...nominated("direct_report", 3)],
        limits,
      ),
    ).toEqual([
      { path: "raters.manager", message: "Nominate at most one manager (2 so far)" },
      { path: "raters.peer", message: "Nominate no peers for this campaign (1 so far)" },
      { path: "raters.direct_report", message: "Nominate at most 2 direct reports (3 so far)" },
    ]);
  });

  it("refuses an empty list even when no group has a minimum", () => {
    const none = { min: 0, max: 5 };
    const open = { manager: none, peer: none, direct_report: none, other: none };
    expect(nominationProblems([], open)).toEqual([{ path: "raters", message: "Nominate someone" }]);
    expect(nominationProblems(nominated("other", 1), open)).toEqual([]);
  });

  it("names an address nominated twice, whatever its case", () => {
    const twice = [...enough, { group: "other" as const, email: "Peer-0@Example.com" }];
    expect(nominationProblems(twice, DEFAULT_GROUP_LIMITS)).toEqual([
      { path: "raters.7.email", message: "Peer-0@Example.com is nominated twice" },
    ]);
  });

  it("names a mailbox nominated twice under another spelling", () => {
    const twice = [...enough, { group: "other" as const, email: "peer-0+work@example.com" }];
    expect(nominationProblems(twice, DEFAULT_GROUP_LIMITS)).toEqual([
      { path: "raters.7.email", message: "peer-0+work@example.com is nominated twice" },
    ]);
  });
});

describe("thresholdProblems", () => {
  it("accepts the practice's threshold or more", () => {
    expect(thresholdProblems(4, 4)).toEqual([]);
    expect(thresholdProblems(6, 4)).toEqual([]);
  });

  it("refuses a threshold below the practice's, or below 3", () => {
    expect(thresholdProblems(3, 4)).toEqual([
      {
        path: "threshold",
        message: "Use at least 4: fewer answers than the practice's threshold are never shown",
      },
    ]);
    expect(thresholdProblems(2, 1)).toHaveLength(1);
  });
});
