import { describe, expect, it } from "vitest";
import { sampleTemplate } from "../../../test/support/test-templates";
import { wheelRatings, wheelsOf } from "./wheel";

describe("wheels", () => {
  it("gives each spoke in question order with its rating, or null", () => {
    const [wheel] = wheelsOf(sampleTemplate(), { r1: 7, r3: 4 });
    expect(wheel).toMatchObject({ min: 1, max: 10, group: { id: "wheel" } });
    expect(wheel?.spokes).toEqual([
      { questionId: "r1", area: "Vision", score: 7 },
      { questionId: "r2", area: "Focus", score: null },
      { questionId: "r3", area: "Energy", score: 4 },
    ]);
  });

  it("has none for a template without groups", () => {
    expect(wheelsOf({ ...sampleTemplate(), groups: [] }, {})).toEqual([]);
  });

  it("turns rated spokes into evidence for the development profile", () => {
    expect(wheelRatings({ id: "e1", title: "Wheel" }, sampleTemplate(), { r2: 9 })).toEqual([
      {
        exerciseId: "e1",
        exercise: "Wheel",
        questionId: "r2",
        area: "Focus",
        score: 9,
        min: 1,
        max: 10,
      },
    ]);
  });
});
