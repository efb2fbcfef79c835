import { describe, expect, it } from "vitest";
import {
  cleanPhrase,
  occursIn,
  shownParts,
  withoutPhrase,
  withPhrase,
} from "./comment-review-phrases";

describe("comment review phrases", () => {
  it("trims a selection but keeps its inner line breaks, as the comment has them", () => {
    expect(cleanPhrase("  the Leeds\noffice ")).toBe("the Leeds\noffice");
  });

  it("adds a phrase once, whatever its case", () => {
    expect(withPhrase(["Leeds"], "budget review")).toEqual(["Leeds", "budget review"]);
    expect(withPhrase(["Leeds"], " leeds ")).toEqual(["Leeds"]);
    expect(withPhrase(["Leeds"], "   ")).toEqual(["Leeds"]);
  });

  it("removes a phrase to undo its redaction", () => {
    expect(withoutPhrase(["Leeds", "Tom"], "Leeds")).toEqual(["Tom"]);
  });

  it("accepts only phrases that occur in the comment as written", () => {
    const original = "When Tom and I ran the Leeds\noffice move";
    expect(occursIn(original, "leeds\noffice")).toBe(true);
    expect(occursIn(original, " TOM ")).toBe(true);
    expect(occursIn(original, "Manchester")).toBe(false);
    expect(occursIn(original, " ")).toBe(false);
  });

  it("marks each removed phrase in the shown text", () => {
    expect(shownParts("When [removed] and I ran [removed]")).toEqual([
      { text: "When ", removed: false },
      { text: "[removed]", removed: true },
      { text: " and I ran ", removed: false },
      { text: "[removed]", removed: true },
    ]);
  });
});
