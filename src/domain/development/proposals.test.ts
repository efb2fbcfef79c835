import { describe, expect, it } from "vitest";
import type { PersonalityScore, WheelRating } from "./proposals";
import { proposeEntries } from "./proposals";

const interpretation = { about: "About.", high: "What high means.", low: "What low means." };

function scale(
  id: string,
  score: number | null,
  kind: "scale" | "facet" | "domain" = "scale",
  strengthPole?: "high" | "low",
): PersonalityScore {
  return {
    assessmentId: "a1",
    instrument: "IPIP 50",
    scale: { id, name: id, kind, interpretation, ...(strengthPole ? { strengthPole } : {}) },
    score,
    min: 1,
    max: 5,
  };
}

function area(questionId: string, score: number): WheelRating {
  return {
    exerciseId: "w1",
    exercise: "Wheel",
    questionId,
    area: questionId,
    score,
    min: 1,
    max: 10,
  };
}

const none = new Set<string>();

describe("proposeEntries", () => {
  it("proposes the two highest scales as strengths and the two lowest as development areas", () => {
    const proposals = proposeEntries({
      personality: [
        scale("a", 4.6),
        scale("b", 4.2),
        scale("c", 3.9),
        scale("d", 1.8),
        scale("e", 2.4),
      ],
      wheel: [],
      decided: none,
    });
    expect(proposals.map((p) => [p.kind, p.title, p.detail])).toEqual([
      ["strength", "High a", "What high means."],
      ["strength", "High b", "What high means."],
      ["development_area", "Low d", "What low means."],
      ["development_area", "Low e", "What low means."],
    ]);
    expect(proposals[0]?.evidence).toEqual([
      {
        type: "personality",
        assessmentId: "a1",
        instrument: "IPIP 50",
        scaleId: "a",
        scale: "a",
        score: 4.6,
        min: 1,
        max: 5,
      },
    ]);
  });

  it("proposes nothing from scores near the middle or without a score", () => {
    const proposals = proposeEntries({
      personality: [scale("a", 3.4), scale("b", 2.6), scale("c", null)],
      wheel: [],
      decided: none,
    });
    expect(proposals).toEqual([]);
  });

  it("reads a scale whose helpful end is low the other way round", () => {
    const proposals = proposeEntries({
      personality: [scale("N1", 1.5, "facet", "low"), scale("N2", 4.5, "facet", "low")],
      wheel: [],
      decided: none,
    });
    expect(proposals.map((p) => [p.kind, p.title])).toEqual([
      ["strength", "Low N1"],
      ["development_area", "High N2"],
    ]);
  });

  it("proposes facets rather than domains when an instrument has both", () => {
    const proposals = proposeEntries({
      personality: [scale("E", 4.8, "domain"), scale("E1", 4.5, "facet")],
      wheel: [],
      decided: none,
    });
    expect(proposals.map((p) => p.title)).toEqual(["High E1"]);
  });

  it("proposes the wheel's strongest and weakest areas", () => {
    const proposals = proposeEntries({
      personality: [],
      wheel: [
        area("vision", 9),
        area("delegation", 3),
        area("communication", 6),
        area("coaching", 8),
      ],
      decided: none,
    });
    expect(proposals.map((p) => [p.kind, p.title])).toEqual([
      ["strength", "vision"],
      ["strength", "coaching"],
      ["development_area", "delegation"],
    ]);
    expect(proposals[2]?.detail).toMatch(/3 of 10/);
    expect(proposals[2]?.evidence).toEqual([
      {
        type: "exercise",
        exerciseId: "w1",
        exercise: "Wheel",
        questionId: "delegation",
        question: "delegation",
        score: 3,
        min: 1,
        max: 10,
      },
    ]);
  });

  it("leaves out what was already accepted or dismissed", () => {
    const input = { personality: [scale("a", 4.6), scale("d", 1.8)], wheel: [] };
    const all = proposeEntries({ ...input, decided: none });
    const rest = proposeEntries({ ...input, decided: new Set([all[0]?.key as string]) });
    expect(rest.map((p) => p.key)).toEqual([all[1]?.key]);
  });
});
