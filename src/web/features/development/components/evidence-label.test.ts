import { describe, expect, it } from "vitest";
import type { Evidence } from "../api/types";
import { compactName, evidenceHref, evidenceLabel } from "./evidence-label";

const facet: Evidence = {
  type: "personality",
  assessmentId: "6f1c2a4e-0000-4000-8000-000000000001",
  instrument: "IPIP-NEO (120 items, 30 facets)",
  scaleId: "E3",
  scale: "Assertiveness",
  score: 4.5,
};
const wheel: Evidence = {
  type: "exercise",
  exerciseId: "6f1c2a4e-0000-4000-8000-000000000002",
  exercise: "Leadership wheel",
  questionId: "delegation",
  question: "Delegation",
  score: 3,
};

describe("evidence chips", () => {
  it("name the questionnaire briefly, the scale and its score of 5", () => {
    expect(evidenceLabel(facet)).toBe("IPIP-NEO · Assertiveness 4.5 of 5");
    expect(evidenceLabel({ ...facet, instrument: "Big-Five markers (50 items)", score: 2 })).toBe(
      "Big-Five markers · Assertiveness 2.0 of 5",
    );
  });

  it("name the exercise, the area and the rating", () => {
    expect(evidenceLabel(wheel)).toBe("Leadership wheel · Delegation, rated 3");
    expect(evidenceLabel({ ...wheel, score: 6.5 })).toBe(
      "Leadership wheel · Delegation, rated 6.5",
    );
  });

  it("lead to the scale's reading on the results page, or to the exercise", () => {
    expect(evidenceHref(facet)).toBe(
      "/assessments/6f1c2a4e-0000-4000-8000-000000000001/results#scale-E3",
    );
    expect(evidenceHref(wheel)).toBe("/exercises/6f1c2a4e-0000-4000-8000-000000000002");
  });

  it("keep a name that is nothing but a parenthesis", () => {
    expect(compactName("(draft)")).toBe("(draft)");
    expect(compactName("IPIP-NEO-120")).toBe("IPIP-NEO-120");
  });
});
