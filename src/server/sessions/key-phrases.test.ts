import { describe, expect, it } from "vitest";
import { keyPhrases } from "./key-phrases";

describe("the key phrases of a text", () => {
  it("keeps content words by their lemma and noun pairs, without stop words", () => {
    const phrases = keyPhrases(
      "Handing the supplier review to Sam was hard. The supplier reviews went **well**.",
    );
    expect(phrases.get("supplier review")).toBe(2);
    expect(phrases.get("review")).toBe(2);
    expect(phrases.has("the")).toBe(false);
    expect(phrases.has("was")).toBe(false);
    expect([...phrases.keys()].every((p) => p === p.toLowerCase())).toBe(true);
  });

  it("finds nothing in empty text and never pairs across punctuation or symbols", () => {
    expect(keyPhrases("   ").size).toBe(0);
    const phrases = keyPhrases("deadlines, meetings <script>alert(1)</script>");
    expect(phrases.has("deadline meeting")).toBe(false);
  });

  it("leaves out names and lone verbs, but not a noun that opens a sentence", () => {
    const phrases = keyPhrases(
      "Delegation came up again. Daniel handed the budget to Ana, and Ana thanked Daniel.",
    );
    expect(phrases.get("delegation")).toBe(1);
    expect(phrases.get("budget")).toBe(1);
    for (const left of ["daniel", "ana", "hand", "thank", "come"])
      expect(phrases.has(left)).toBe(false);
  });
});
