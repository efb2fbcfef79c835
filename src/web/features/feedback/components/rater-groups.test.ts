import { describe, expect, it } from "vitest";
import type { RaterView } from "../api/types";
import {
  limitText,
  nominatedText,
  problemsByGroup,
  ratersByGroup,
  responseText,
  totalResponsesText,
} from "./rater-groups";

const rater = (name: string, group: RaterView["group"]): RaterView => ({
  id: name,
  name,
  email: `${name}@example.com`,
  group,
  invited: false,
});

describe("ratersByGroup", () => {
  it("puts every group in order, manager first, keeping each group's raters in their order", () => {
    const groups = ratersByGroup([rater("b", "peer"), rater("m", "manager"), rater("a", "peer")]);
    expect(groups.map((g) => g.group)).toEqual(["manager", "peer", "direct_report", "other"]);
    expect(groups[1]?.raters.map((r) => r.name)).toEqual(["b", "a"]);
    expect(groups[2]?.raters).toEqual([]);
  });
});

describe("problemsByGroup", () => {
  it("files each problem under the group its path names, and the rest as general", () => {
    const { byGroup, general } = problemsByGroup([
      { path: "raters.peer", message: "Nominate at least 3 peers (2 so far)" },
      { path: "raters.direct_report", message: "Nominate at most 12 direct reports (13 so far)" },
      { path: "raters", message: "Nominate someone" },
    ]);
    expect(byGroup).toEqual({
      peer: ["Nominate at least 3 peers (2 so far)"],
      direct_report: ["Nominate at most 12 direct reports (13 so far)"],
    });
    expect(general).toEqual(["Nominate someone"]);
  });
});

describe("limitText", () => {
  it("says a group's limits in words", () => {
    expect(limitText({ min: 1, max: 2 })).toBe("1 or 2");
    expect(limitText({ min: 3, max: 12 })).toBe("3 to 12");
    expect(limitText({ min: 0, max: 8 })).toBe("up to 8");
    expect(limitText({ min: 1, max: 1 })).toBe("exactly 1");
    expect(limitText({ min: 0, max: 0 })).toBe("none");
  });
});

describe("counts", () => {
  const counts = [
    { group: "manager" as const, nominated: 1, responses: 1 },
    { group: "peer" as const, nominated: 5, responses: 3 },
  ];

  it("says how many of a group answered, never who", () => {
    expect(responseText({ group: "peer", nominated: 5, responses: 3 })).toBe(
      "Peers: 3 of 5 answered",
    );
  });

  it("adds up the groups", () => {
    expect(totalResponsesText(counts)).toBe("4 of 6 answered");
    expect(nominatedText(counts)).toBe("6 raters nominated");
    expect(nominatedText([{ group: "peer", nominated: 1, responses: 0 }])).toBe(
      "1 rater nominated",
    );
    expect(totalResponsesText([])).toBe("No raters yet");
  });
});
