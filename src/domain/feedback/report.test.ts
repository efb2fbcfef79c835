import { describe, expect, it } from "vitest";
import {
  columns,
  item,
  raters,
  ratings,
  report,
  same,
} from "../../../test/support/feedback-report-model";
import type { Rating } from "./competency-model";
import type { RaterGroup } from "./rater-groups";
import type { StoredComment } from "./report-types";

describe("cells", () => {
  it("gives a shown cell its n, mean, population sd, distribution and not-observed count", () => {
    const r = report(columns("peer", 3, { d1: [2, 4, 5, null] }));
    const cell = item(r, "d1").byUnit.peer;
    // mean 11/3; squared deviations 25/9 + 1/9 + 16/9 = 42/9, over n = 3: 14/9.
    expect(cell).toEqual({
      n: 3,
      mean: expect.closeTo(11 / 3, 10),
      sd: expect.closeTo(Math.sqrt(14 / 9), 10),
      distribution: [0, 1, 0, 1, 1],
      notObserved: 1,
    });
  });

  it('hides a cell with fewer than k answers on the scale; "not observed" does not count', () => {
    const r = report(columns("peer", 3, { d2: [3, null, null, undefined], d3: [3, 4, 5, null] }));
    expect(item(r, "d2").byUnit.peer).toBeNull();
    expect(item(r, "d2").others).toBeNull();
    expect(item(r, "d3").byUnit.peer?.n).toBe(3);
  });

  it("builds the all-raters cell from shown cells only", () => {
    const r = report([
      ...columns("peer", 4, { d1: [4, 4, 5], p1: [4, 4, 4] }),
      ...columns("direct_report", 2, { d1: [1, 1, null], p1: [2, 2, 2] }),
    ]);
    expect(item(r, "d1").byUnit.direct_report).toBeNull();
    expect(item(r, "d1").others).toEqual({
      n: 3,
      mean: expect.closeTo(13 / 3, 10),
      sd: expect.closeTo(Math.sqrt(2 / 9), 10),
      distribution: [0, 0, 0, 2, 1],
      notObserved: 0,
    });
    expect(item(r, "p1").others).toMatchObject({ n: 6, mean: 3, sd: 1 });
  });

  it("shows an identified manager's single answer and counts it among all raters", () => {
    const r = report([...same(1, "manager", 2), ...same(3, "peer", 4)], {
      managerIdentified: true,
    });
    expect(r.units.map((u) => u.id)).toEqual(["manager", "peer"]);
    expect(item(r, "d1").byUnit.manager).toMatchObject({ n: 1, mean: 2 });
    expect(item(r, "d1").others).toMatchObject({ n: 4, mean: 3.5 });
  });

  it("merges an unidentified manager of one into the smallest unit and shows it there only", () => {
    const r = report([
      ...same(1, "manager", 1),
      ...same(3, "peer", 5),
      ...same(4, "direct_report", 3),
    ]);
    expect(r.units.map((u) => [u.id, u.label])).toEqual([
      ["manager+peer", "Peers and other colleagues"],
      ["direct_report", "Direct reports"],
    ]);
    expect(Object.keys(item(r, "d1").byUnit)).toEqual(["manager+peer", "direct_report"]);
    expect(item(r, "d1").byUnit["manager+peer"]).toMatchObject({
      n: 4,
      mean: 4,
      distribution: [1, 0, 0, 0, 3],
    });
  });

  it("leaves a withheld pool out of every figure, so its answers change nothing", () => {
    const told = { managerIdentified: true };
    const comment = (group: RaterGroup, text: string): StoredComment => ({
      id: text,
      group,
      questionId: "start",
      text,
    });
    const withPeers = (value: Rating, text: string) =>
      report([...same(1, "manager", 3), ...same(2, "peer", value)], {
        ...told,
        comments: [comment("manager", "Plan ahead."), comment("peer", text)],
      });
    const r = withPeers(5, "Listen more.");
    expect(r.units.map((u) => u.id)).toEqual(["manager"]);
    expect([r.responses, r.withheldResponses]).toEqual([1, 2]);
    expect(item(r, "d1").others).toMatchObject({ n: 1, mean: 3 });
    expect(r.comments[0]?.comments).toEqual([{ unit: "Manager", text: "Plan ahead." }]);
    expect(withPeers(1, "Something else entirely.")).toEqual(r);
  });

  it("changes when an answer in a shown cell changes", () => {
    const before = report(same(3, "peer", 4));
    const after = report([...same(2, "peer", 4), ...raters("peer", ratings(4, { r4: 5 }))]);
    expect(after).not.toEqual(before);
    expect(item(after, "r4").others?.mean).toBeCloseTo(13 / 3, 10);
  });

  it("never uses a threshold below 3, whatever it is given", () => {
    const r = report(same(2, "peer", 4), { threshold: 2 });
    expect(r.threshold).toBe(3);
    expect(r.units).toEqual([]);
    expect(r.withheldResponses).toBe(2);
  });
});

describe("competencies", () => {
  const r = report(
    columns("peer", 3, { d1: [5, 5, 5], d3: [3, 3, null], d4: [null, null, null] }),
    {
      self: ratings(2, { d1: 5, d2: 3, d3: null, d4: undefined }),
    },
  );

  it("averages the shown item means when at least half the items show", () => {
    // d1 = 5 and d2 = 3 show; d3 (2 answers) and d4 (none) do not: 2 of 4 is half.
    const direction = r.competencies.find((c) => c.id === "direction");
    expect(direction).toMatchObject({ others: 4, byUnit: { peer: 4 } });
  });

  it("shows no figure for a competency with under half its items shown", () => {
    const thin = report(columns("peer", 3, { p2: [null, 1, 1], p3: [null, 1, 1], p4: [null] }));
    expect(thin.competencies.find((c) => c.id === "people")).toMatchObject({
      others: null,
      byUnit: { peer: null },
      gap: null,
    });
  });

  it("averages the client's own ratings and gives self minus others", () => {
    // Self: d1 5, d2 3, d3 not observed, d4 unanswered: mean 4; others 4.
    const direction = r.competencies.find((c) => c.id === "direction");
    expect(direction).toMatchObject({ self: 4, gap: 0 });
    expect(r.competencies.find((c) => c.id === "people")).toMatchObject({
      self: 2,
      others: 3,
      gap: -1,
    });
    expect(item(r, "d3").self).toBeNull();
  });
});

describe("split views", () => {
  it("marks an item where at least a quarter answered 1-2 and a quarter 4-5", () => {
    const r = report(
      columns("peer", 3, {
        d1: [1, 2, 4, 5, 3],
        d2: [1, 3, 3, 3, 5],
        d3: [1, 1, 1, 1, 4],
        d4: [2, 3, 3, 4, null],
      }),
    );
    expect(["d1", "d2", "d3", "d4"].map((id) => item(r, id).split)).toEqual([
      true,
      false,
      false,
      true,
    ]);
  });
});

describe("strengths and development areas", () => {
  /** Three peers whose answers to each item add up to the given total. */
  function peersWithTotals(totals: Record<string, number>) {
    const thirds = (total: number, r: number) =>
      (Math.floor(total / 3) + (r < total % 3 ? 1 : 0)) as Rating;
    return raters(
      "peer",
      ...[0, 1, 2].map((r) =>
        Object.fromEntries(Object.entries(totals).map(([id, t]) => [id, thirds(t, r)])),
      ),
    );
  }

  it("lists the 5 highest and the 5 lowest others' means", () => {
    const r = report(
      peersWithTotals({
        ...{ d1: 9, d2: 15, d3: 4, d4: 12, p1: 7, p2: 14 },
        ...{ p3: 5, p4: 11, r1: 6, r2: 13, r3: 8, r4: 10 },
      }),
      { self: ratings(3) },
    );
    expect(r.strengths.map((h) => h.itemId)).toEqual(["d2", "p2", "r2", "d4", "p4"]);
    expect(r.developmentAreas.map((h) => h.itemId)).toEqual(["d3", "p3", "r1", "p1", "r3"]);
    expect(r.strengths[0]).toEqual({
      itemId: "d2",
      competencyId: "direction",
      competency: "Setting direction",
      text: "Behaviour d2.",
      self: 3,
      others: 5,
    });
  });

  it("breaks ties by the model's order and never lists an item twice", () => {
    const r = report(same(3, "peer", 3));
    expect(r.strengths.map((h) => h.itemId)).toEqual(["d1", "d2", "d3", "d4", "p1"]);
    expect(r.developmentAreas.map((h) => h.itemId)).toEqual(["p2", "p3", "p4", "r1", "r2"]);
  });

  it("gives each list at most half the rated items", () => {
    const r = report(peersWithTotals({ d1: 12, d2: 9, d3: 6 }));
    expect(r.strengths.map((h) => h.itemId)).toEqual(["d1"]);
    expect(r.developmentAreas.map((h) => h.itemId)).toEqual(["d3"]);
  });
});

describe("blind spots and hidden strengths", () => {
  const r = report(
    columns("peer", 3, {
      ...{ d1: [4, 4, 4], d2: [4, 4, 3], d3: [4, 4, 4], p1: [5, 4, 4] },
      ...{ p2: [4, 3, 3], r1: [5, 5, 5], r2: [5, 5, 5] },
    }),
    { self: ratings(3, { d1: 5, d2: 5, d3: 4, p1: 3, p2: 3, r1: 4, r2: null }) },
  );

  it("finds self at least 1.0 above others, the widest gap first", () => {
    expect(r.blindSpots.map((h) => [h.itemId, h.self, h.others])).toEqual([
      ["d2", 5, expect.closeTo(11 / 3, 10)],
      ["d1", 5, 4],
    ]);
  });

  it("finds others at least 1.0 above self, the widest gap first", () => {
    expect(r.hiddenStrengths.map((h) => [h.itemId, h.self, h.others])).toEqual([
      ["p1", 3, expect.closeTo(13 / 3, 10)],
      ["r1", 4, 5],
    ]);
  });

  it("has neither without a self-rating", () => {
    const none = report(columns("peer", 3, { d1: [5, 5, 5] }));
    expect([none.selfRated, none.blindSpots, none.hiddenStrengths]).toEqual([false, [], []]);
  });
});

describe("extremes by unit", () => {
  it("gives each unit's highest and lowest item by its own shown cells", () => {
    const r = report([
      ...columns("peer", 3, { d2: [5, 5, 5], r3: [1, 1, 1] }),
      ...columns("direct_report", 3, { p4: [5, 5, 5], d1: [2, 2, 2], r3: [1, null, null] }),
    ]);
    expect(r.extremesByUnit.map((e) => [e.unitId, e.highest?.itemId, e.lowest?.itemId])).toEqual([
      ["peer", "d2", "r3"],
      ["direct_report", "p4", "d1"],
    ]);
    expect(r.extremesByUnit[1]).toMatchObject({ label: "Direct reports", lowest: { others: 2 } });
  });
});

describe("comments", () => {
  it("keeps the given order under each question, with the unit's label and nothing more", () => {
    const comments: StoredComment[] = [
      { id: "a", group: "other", questionId: "stop", text: "Stop the late emails." },
      { id: "b", group: "peer", questionId: "start", text: "Start delegating." },
      { id: "c", group: "peer", questionId: "stop", text: "Stop interrupting." },
      { id: "d", group: "peer", questionId: "retired-question", text: "Off topic." },
      { id: "e", group: "peer", questionId: "continue", text: "   " },
    ];
    const r = report([...same(3, "peer", 3), ...same(1, "other", 3)], { comments });
    const label = "Peers and other colleagues";
    expect(r.comments).toEqual([
      {
        questionId: "start",
        question: "What should this person start doing?",
        comments: [{ unit: label, text: "Start delegating." }],
      },
      {
        questionId: "stop",
        question: "What should this person stop doing?",
        comments: [
          { unit: label, text: "Stop the late emails." },
          { unit: label, text: "Stop interrupting." },
        ],
      },
      { questionId: "continue", question: "What should this person continue doing?", comments: [] },
    ]);
  });
});

describe("totals, scale and rules", () => {
  it("counts shown and withheld responses and states each rule with its numbers", () => {
    const r = report([...same(4, "peer", 3), ...same(1, "other", 3)], {
      threshold: 4,
      managerIdentified: true,
      self: {},
    });
    expect(r).toMatchObject({
      modelName: "Test leadership model",
      threshold: 4,
      managerIdentified: true,
      selfRated: true,
      responses: 5,
      withheldResponses: 0,
      scale: { min: 1, max: 5, labels: ["Never", "Rarely", "Sometimes", "Often", "Almost always"] },
    });
    expect(r.rules.threshold).toMatch(/at least 4 people/);
    expect(r.rules.threshold).toMatch(/manager's answers are shown on their own/);
    expect(r.rules.merging).toMatch(/fewer than 4 responses are combined as "Other colleagues"/);
    expect(r.rules.strengths).toMatch(/5 behaviours with the highest average rating from others/);
    expect(r.rules.blindSpot).toMatch(/at least 1\.0 point higher/);
    expect(r.rules.hiddenStrength).toMatch(/at least 1\.0 point higher/);
    expect(r.rules.split).toMatch(/a quarter .* 1 or 2 .* a quarter are 4 or 5/);
  });

  it("states how many raters were added after answers began, when it is told", () => {
    const answers = same(3, "peer", 3);
    expect(report(answers).lateRaters).toBeUndefined();
    expect(report(answers, { addedLate: { count: 2, approved: 2 } }).lateRaters).toEqual({
      count: 2,
      approved: 2,
      note: "2 raters were added after answers started to come in; both were approved by the other party.",
    });
  });
});
