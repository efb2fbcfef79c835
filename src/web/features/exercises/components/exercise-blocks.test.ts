import { describe, expect, it } from "vitest";
import { sampleTemplate } from "../../../../../test/support/test-templates";
import { blocksOf } from "./exercise-blocks";

describe("blocksOf", () => {
  it("keeps single questions apart and a wheel's ratings together, numbered in order", () => {
    const blocks = blocksOf(sampleTemplate());
    expect(
      blocks.map((b) => (b.kind === "wheel" ? `wheel:${b.questions.length}` : b.question.id)),
    ).toEqual(["story", "notes", "values", "order", "one", "many", "wheel:3"]);
    const wheel = blocks.at(-1);
    expect(wheel?.kind === "wheel" && wheel.questions.map((q) => q.number)).toEqual([7, 8, 9]);
  });
});
