import { describe, expect, it } from "vitest";
import type { FeedbackAnswers } from "../../domain/feedback/competency-model";
import { openAnswers, sealAnswers } from "./sealing";

const SECRET = "a-secret-long-enough-for-the-test-of-sealing";
const answers: FeedbackAnswers = {
  ratings: { "dir-1": 4, "dir-2": null },
  comments: { start: "Ask Jo first." },
};

describe("sealed answers", () => {
  it("opens what it sealed, for the same rater", () => {
    const sealed = sealAnswers(SECRET, "rater-1", answers);
    expect(openAnswers(SECRET, "rater-1", sealed)).toEqual(answers);
  });

  it("shows nothing of the answers in the sealed text, and seals the same answers differently", () => {
    const sealed = sealAnswers(SECRET, "rater-1", answers);
    // Whole phrases: a short one ("Jo") turns up in random base64 by chance a few runs in a hundred.
    const body = Buffer.from(sealed.split(".")[3] ?? "", "base64url").toString("latin1");
    for (const text of [sealed, body]) {
      expect(text).not.toContain("Ask Jo first.");
      expect(text).not.toContain('"dir-1"');
    }
    expect(sealAnswers(SECRET, "rater-1", answers)).not.toBe(sealed);
  });

  it("refuses a seal moved to another rater, another secret, or altered", () => {
    const sealed = sealAnswers(SECRET, "rater-1", answers);
    expect(() => openAnswers(SECRET, "rater-2", sealed)).toThrow();
    expect(() => openAnswers(`${SECRET}-other`, "rater-1", sealed)).toThrow();
    const [v, iv, tag, body] = sealed.split(".") as [string, string, string, string];
    const flipped = `${body.slice(0, -2)}${body.endsWith("AA") ? "AB" : "AA"}`;
    expect(() => openAnswers(SECRET, "rater-1", [v, iv, tag, flipped].join("."))).toThrow();
    expect(() => openAnswers(SECRET, "rater-1", "plain text")).toThrow();
  });
});
