import { describe, expect, it } from "vitest";
import { applyRedactions, REDACTED, redactionProblems } from "./redaction";

describe("applyRedactions", () => {
  it("blacks out every occurrence of a phrase, whatever its case", () => {
    expect(applyRedactions("Sam told me; SAM agreed; sam left.", ["sam"])).toBe(
      `${REDACTED} told me; ${REDACTED} agreed; ${REDACTED} left.`,
    );
  });

  it("removes the longer of two overlapping phrases whole", () => {
    expect(
      applyRedactions("After the Berlin offsite he was late.", ["Berlin", "the Berlin offsite"]),
    ).toBe(`After ${REDACTED} he was late.`);
  });

  it("takes phrases with regular-expression characters literally", () => {
    expect(applyRedactions("Costs rose (a lot) in Q3 + Q4.", ["(a lot)", "Q3 + Q4."])).toBe(
      `Costs rose ${REDACTED} in ${REDACTED}`,
    );
    expect(applyRedactions("a.b acb", ["a.b"])).toBe(`${REDACTED} acb`);
  });

  it("ignores blank phrases and the spaces around a phrase", () => {
    expect(applyRedactions("Ask Jo first.", ["", "  ", " Jo "])).toBe(`Ask ${REDACTED} first.`);
  });

  it("leaves a comment without redactions as it is", () => {
    expect(applyRedactions("Keep it up.", [])).toBe("Keep it up.");
  });
});

describe("applyRedactions, whole words in one pass", () => {
  it("does not redact inside the marker left by an earlier redaction", () => {
    expect(applyRedactions("Berlin move said it.", ["Ed", "Berlin move"])).toBe(
      `${REDACTED} said it.`,
    );
  });

  it("redacts a name as a word, not inside other words", () => {
    expect(applyRedactions("Ed rushed it.", ["Ed"])).toBe(`${REDACTED} rushed it.`);
  });
});

describe("redactionProblems", () => {
  it("accepts phrases that occur, in any case", () => {
    expect(redactionProblems("Ask Jo first.", ["jo", "ASK"])).toEqual([]);
  });

  it("names each phrase that does not occur in the comment", () => {
    expect(redactionProblems("Ask Jo first.", ["Jo", "Sam", "[x]"])).toEqual([
      { path: "redactions.1", message: '"Sam" does not occur in this comment' },
      { path: "redactions.2", message: '"[x]" does not occur in this comment' },
    ]);
  });
});
