import { describe, expect, it } from "vitest";
import type { Evidence, StoredEvidence } from "../../../../domain/development/entries";
import { compactName, evidenceHref, evidenceKey, evidenceLabel } from "./evidence-label";

const facet: Evidence = {
  type: "personality",
  assessmentId: "6f1c2a4e-0000-4000-8000-000000000001",
  instrument: "IPIP-NEO (120 items, 30 facets)",
  scaleId: "E3",
  scale: "Assertiveness",
  score: 4.5,
  min: 1,
  max: 5,
};
const wheel: Evidence = {
  type: "exercise",
  exerciseId: "6f1c2a4e-0000-4000-8000-000000000002",
  exercise: "Leadership wheel",
  questionId: "delegation",
  question: "Delegation and empowerment",
  score: 2,
  min: 1,
  max: 10,
};

const competency: Evidence = {
  type: "feedback",
  campaignId: "6f1c2a4e-0000-4000-8000-000000000003",
  competencyId: "setting-direction",
  label: "Setting direction",
  self: 3.5,
  others: 4.25,
  min: 1,
  max: 5,
};
const behaviour: Evidence = {
  ...competency,
  itemId: "explains-goals",
  label: "Explains how the team's work fits the wider goals.",
  self: null,
};

/** As an entry accepted before the evidence recorded its range keeps it. */
function withoutRange({ min: _, max: __, ...rest }: Evidence): StoredEvidence {
  return rest;
}

describe("evidence chips", () => {
  it("name the questionnaire briefly, the scale and its score of the scale's top", () => {
    expect(evidenceLabel(facet)).toBe("IPIP-NEO · Assertiveness 4.5 of 5");
    expect(evidenceLabel({ ...facet, instrument: "Big-Five markers (50 items)", score: 2 })).toBe(
      "Big-Five markers · Assertiveness 2.0 of 5",
    );
    expect(evidenceLabel({ ...facet, score: 5.5, min: 1, max: 7 })).toBe(
      "IPIP-NEO · Assertiveness 5.5 of 7",
    );
  });

  it("name the exercise, the area and the rating of the wheel's top", () => {
    expect(evidenceLabel(wheel)).toBe("Leadership wheel · Delegation and empowerment 2 of 10");
    expect(evidenceLabel({ ...wheel, score: 6.5 })).toBe(
      "Leadership wheel · Delegation and empowerment 6.5 of 10",
    );
  });

  it("read as before for evidence kept without its range", () => {
    expect(evidenceLabel(withoutRange(facet))).toBe("IPIP-NEO · Assertiveness 4.5 of 5");
    expect(evidenceLabel(withoutRange(wheel))).toBe(
      "Leadership wheel · Delegation and empowerment, rated 2",
    );
  });

  it("lead to the scale's reading on the results page, or to the rated area of the exercise", () => {
    expect(evidenceHref(facet)).toBe(
      "/assessments/6f1c2a4e-0000-4000-8000-000000000001/results#scale-E3",
    );
    expect(evidenceHref(wheel)).toBe(
      "/exercises/6f1c2a4e-0000-4000-8000-000000000002#question-delegation",
    );
    expect(evidenceHref(withoutRange(wheel))).toBe(
      "/exercises/6f1c2a4e-0000-4000-8000-000000000002#question-delegation",
    );
  });

  it("keep a name that is nothing but a parenthesis", () => {
    expect(compactName("(draft)")).toBe("(draft)");
    expect(compactName("IPIP-NEO-120")).toBe("IPIP-NEO-120");
  });

  it("name 360 feedback, the competency or behaviour, and others' and self figures", () => {
    expect(evidenceLabel(competency)).toBe(
      "360 feedback · Setting direction: others 4.3 of 5, self 3.5",
    );
    expect(evidenceLabel(behaviour)).toBe(
      "360 feedback · Explains how the team's work fits the wider goals: others 4.3 of 5",
    );
  });

  it("lead to the competency's section of the 360 report", () => {
    expect(evidenceHref(behaviour)).toBe(
      "/feedback-campaigns/6f1c2a4e-0000-4000-8000-000000000003/report#competency-setting-direction",
    );
    expect(evidenceKey(competency)).not.toBe(evidenceKey(behaviour));
  });
});
