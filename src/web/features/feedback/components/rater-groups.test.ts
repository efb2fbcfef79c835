import { describe, expect, it } from "vitest";
import type { RaterView } from "../../../../contract/feedback";
import {
  groupAnswersText,
  limitText,
  nominatedText,
  problemsByGroup,
  provenanceText,
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
  addedBy: { role: "client", name: "Daniel Reyes" },
  addedAt: "2026-12-04T10:00:00.000Z",
  addedLate: false,
  approval: "none",
  approver: null,
  mayDecide: false,
  mayResendLink: false,
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
  const responseCounts = [
    { id: "peer", label: "Peers", groups: ["peer" as const], nominated: 5, responses: 3 },
    {
      id: "manager+other",
      label: "Other colleagues",
      groups: ["manager" as const, "other" as const],
      nominated: 3,
      responses: 1,
    },
  ];
  const counts = [
    { group: "manager" as const, nominated: 1 },
    { group: "peer" as const, nominated: 5 },
    { group: "other" as const, nominated: 2 },
  ];

  it("says how many of raters counted together answered, never who", () => {
    expect(responseText(responseCounts[0] as (typeof responseCounts)[number])).toBe(
      "Peers: 3 of 5 answered",
    );
  });

  it("adds up the counts, and says when there are too few raters to count", () => {
    expect(totalResponsesText({ counts, responseCounts })).toBe("4 of 8 answered");
    expect(nominatedText(counts)).toBe("8 raters nominated");
    expect(nominatedText([{ group: "peer", nominated: 1 }])).toBe("1 rater nominated");
    expect(
      totalResponsesText({ counts: [{ group: "peer", nominated: 2 }], responseCounts: [] }),
    ).toBe("Too few raters to count answers");
    expect(totalResponsesText({ counts: [], responseCounts: [] })).toBe("No raters yet");
  });
});

describe("groupAnswersText", () => {
  const counts = [
    { id: "peer", label: "Peers", groups: ["peer" as const], nominated: 4, responses: 4 },
    {
      id: "manager+direct_report",
      label: "Manager and direct reports",
      groups: ["manager" as const, "direct_report" as const],
      nominated: 5,
      responses: 3,
    },
  ];

  it("gives a group counted alone its own answers", () => {
    expect(groupAnswersText("peer", counts, 3)).toBe("4 of 4 answered");
  });

  it("gives a small group the count it is pooled in, never answers of its own", () => {
    expect(groupAnswersText("manager", counts, 3)).toBe(
      "Counted as Manager and direct reports: 3 of 5 answered",
    );
    expect(groupAnswersText("direct_report", counts, 3)).toBe(
      "Counted as Manager and direct reports: 3 of 5 answered",
    );
  });

  it("says nothing for a group nobody is in, and why nothing is counted with too few raters", () => {
    expect(groupAnswersText("other", counts, 3)).toBeNull();
    expect(groupAnswersText("peer", [], 3)).toBe(
      "Answers are counted only with at least 3 raters on the list",
    );
  });
});

describe("provenanceText", () => {
  const day = (at: string) => at.slice(0, 10);

  it("calls the viewer you, and the other party by name", () => {
    const added = rater("a", "peer");
    expect(provenanceText(added, "client", day)).toBe("Added by you on 2026-12-04");
    expect(provenanceText(added, "coach", day)).toBe("Added by Daniel Reyes on 2026-12-04");
  });

  it("says who approved a rater added late", () => {
    const late: RaterView = {
      ...rater("a", "peer"),
      addedLate: true,
      approval: "approved",
      approver: { role: "coach", name: "Maya Okafor" },
    };
    expect(provenanceText(late, "coach", day)).toBe(
      "Added by Daniel Reyes on 2026-12-04, after answers began; approved by you",
    );
    expect(provenanceText(late, "client", day)).toBe(
      "Added by you on 2026-12-04, after answers began; approved by Maya Okafor",
    );
  });
});
