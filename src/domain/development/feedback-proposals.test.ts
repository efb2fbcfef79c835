import { describe, expect, it } from "vitest";
import type { CompetencyModel, Rating } from "../feedback/competency-model";
import { buildReport } from "../feedback/report";
import { proposalsFromFeedback, type ReleasedFeedback } from "./feedback-proposals";
import { proposeEntries } from "./proposals";

/** Six competencies of two behaviours; three peers give each behaviour the same rating. */
const othersByItem: Record<string, Rating> = {
  ...{ a1: 5, a2: 5, b1: 5, b2: 4, c1: 4, c2: 4 },
  ...{ d1: 4, d2: 3, e1: 3, e2: 3, f1: 4, f2: 4 },
};

function modelWith(text: (id: string) => string): CompetencyModel {
  return {
    id: "test-model",
    version: 1,
    name: "Test model",
    summary: "",
    instructions: "",
    competencies: ["a", "b", "c", "d", "e", "f"].map((c) => ({
      id: `comp-${c}`,
      name: `Competency ${c.toUpperCase()}`,
      description: "",
      items: [1, 2].map((n) => ({ id: `${c}${n}`, text: text(`${c}${n}`) })),
    })),
    openQuestions: [],
  };
}

function released(
  campaignId: string,
  self: Record<string, Rating> | null,
  text = (id: string) => `Behaviour ${id}.`,
): ReleasedFeedback {
  const report = buildReport({
    model: modelWith(text),
    threshold: 3,
    managerIdentified: false,
    self,
    responses: [1, 2, 3].map(() => ({ group: "peer" as const, ratings: othersByItem })),
    comments: [],
  });
  return { campaignId, report };
}

// Others' competency means: A 5, B 4.5, C 4, D 3.5, E 3, F 4; their average is 4.
// Self: gaps (self - others) of d2 +2, e1 +2, c1 +1, e2 +1, a1 -2, b2 -2.
const self: Record<string, Rating> = { a1: 3, b2: 2, c1: 5, d2: 5, e1: 5, e2: 4 };
const campaignId = "0b9f6c1e-0000-4000-8000-000000000001";

describe("proposalsFromFeedback", () => {
  const proposals = proposalsFromFeedback([released(campaignId, self)]);
  const of = (kind: string) => proposals.filter((p) => p.kind === kind);

  it("proposes the competencies others rate highest and lowest against their average", () => {
    expect(of("strength").map((p) => p.title)).toEqual(["Competency A", "Competency B"]);
    expect(of("development_area").map((p) => p.title)).toEqual(["Competency E", "Competency D"]);
    expect(of("development_area")[0]).toEqual({
      key: `feedback:${campaignId}:comp-e:development_area`,
      kind: "development_area",
      title: "Competency E",
      detail:
        "Others rated Competency E 3.0 of 5 on average in the 360 report, 1.0 below the " +
        "average of all competencies. Self-rated 4.5.",
      evidence: [
        {
          type: "feedback",
          campaignId,
          competencyId: "comp-e",
          label: "Competency E",
          self: 4.5,
          others: 3,
          min: 1,
          max: 5,
        },
      ],
    });
  });

  it("proposes the two widest blind spots and hidden strengths, one behaviour each", () => {
    expect(of("blind_spot").map((p) => p.title)).toEqual(["Behaviour d2.", "Behaviour e1."]);
    expect(of("hidden_strength").map((p) => p.title)).toEqual(["Behaviour a1.", "Behaviour b2."]);
    expect(of("blind_spot")[0]).toEqual({
      key: `feedback:${campaignId}:comp-d:d2:blind_spot`,
      kind: "blind_spot",
      title: "Behaviour d2.",
      detail:
        "Competency D: self-rated 5.0 of 5, others 3.0 on average, 2.0 lower. Others may see " +
        "less of this than the self-rating suggests.",
      evidence: [
        {
          type: "feedback",
          campaignId,
          competencyId: "comp-d",
          itemId: "d2",
          label: "Behaviour d2.",
          self: 5,
          others: 3,
          min: 1,
          max: 5,
        },
      ],
    });
    expect(of("hidden_strength")[1]?.detail).toBe(
      "Competency B: self-rated 2.0 of 5, others 4.0 on average, 2.0 higher. Others may see " +
        "more of this than the self-rating suggests.",
    );
  });

  it("reads the newest released report only", () => {
    const older = released("0b9f6c1e-0000-4000-8000-000000000002", self);
    const keys = proposalsFromFeedback([released(campaignId, self), older]).map((p) => p.key);
    expect(keys.length).toBe(8);
    expect(keys.every((key) => key.startsWith(`feedback:${campaignId}:`))).toBe(true);
  });

  it("proposes no gaps without a self-rating, and nothing without a report", () => {
    const kinds = proposalsFromFeedback([released(campaignId, null)]).map((p) => p.kind);
    expect(kinds).toEqual(["strength", "strength", "development_area", "development_area"]);
    expect(proposalsFromFeedback([])).toEqual([]);
  });

  it("shortens a long behaviour to a title the profile accepts", () => {
    const long = released(campaignId, self, (id) => `${id} ${"and so on ".repeat(30)}`);
    const titles = proposalsFromFeedback([long]).map((p) => p.title);
    expect(Math.max(...titles.map((t) => t.length))).toBeLessThanOrEqual(160);
    expect(titles).toContain(`${`d2 ${"and so on ".repeat(30)}`.slice(0, 159).trimEnd()}…`);
  });
});

describe("proposeEntries with 360 feedback", () => {
  it("adds the report's proposals and leaves out those already decided", () => {
    const feedback = [released(campaignId, self)];
    const all = proposeEntries({ personality: [], wheel: [], feedback, decided: new Set() });
    expect(all.map((p) => p.kind)).toEqual([
      ...["strength", "strength", "development_area", "development_area"],
      ...["blind_spot", "blind_spot", "hidden_strength", "hidden_strength"],
    ]);
    const decided = new Set([`feedback:${campaignId}:comp-d:d2:blind_spot`]);
    const rest = proposeEntries({ personality: [], wheel: [], feedback, decided });
    expect(rest.map((p) => p.title)).not.toContain("Behaviour d2.");
    expect(rest).toHaveLength(7);
  });
});
