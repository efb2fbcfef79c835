import { describe, expect, it } from "vitest";
import { unstorableIn } from "../../domain/storable-text";
import { findUnstorableText } from "./unstorable-text";

describe("text that cannot be stored", () => {
  it("is a NUL or half of a surrogate pair; a whole pair, HTML and other controls are fine", () => {
    expect(unstorableIn("a\u0000b")).toMatch(/control character/);
    expect(unstorableIn("a\ud800b")).toMatch(/broken character/);
    expect(unstorableIn("\udc00")).toMatch(/broken character/);
    for (const fine of ["😀", "<script>alert(1)</script>", "tab\there", "\uFFFD", ""])
      expect(unstorableIn(fine)).toBeNull();
  });

  it("is found at any depth, in values and keys, by its path", () => {
    const body = { name: "Ada", comments: [{ text: "x\u0000" }], answers: { "q\ud83d": "ok" } };
    expect(findUnstorableText(body).map((p) => p.path)).toEqual([
      "comments.0.text",
      "answers.q\uFFFD",
    ]);
    expect(findUnstorableText({ a: [1, null, true, "fine"] })).toEqual([]);
  });
});
