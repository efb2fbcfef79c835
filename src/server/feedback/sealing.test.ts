import { createCipheriv, hkdfSync, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { FeedbackAnswers } from "../../domain/feedback/competency-model";
import { AnswersTooLong, openAnswers, SEALED_BYTES, sealAnswers } from "./sealing";

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
    // The first letter's six bits all belong to the sealed bytes; the last letter's may be padding.
    const flipped = `${body.startsWith("A") ? "B" : "A"}${body.slice(1)}`;
    expect(() => openAnswers(SECRET, "rater-1", [v, iv, tag, flipped].join("."))).toThrow();
    expect(() => openAnswers(SECRET, "rater-1", "plain text")).toThrow();
  });

  it("gives every seal the same length, whatever the answers", () => {
    const lengths = ["", "Yes.", "x".repeat(5000), "漢".repeat(5000)].map(
      (text) => sealAnswers(SECRET, "rater-1", { ...answers, comments: { start: text } }).length,
    );
    expect(new Set(lengths).size).toBe(1);
    expect(SEALED_BYTES).toBeGreaterThanOrEqual(88_000);
    const fullest: FeedbackAnswers = {
      ratings: Object.fromEntries(
        Array.from({ length: 120 }, (_, i) => [`${i}`.padEnd(100, "i"), null]),
      ),
      comments: Object.fromEntries(
        Array.from({ length: 5 }, (_, i) => [`${i}`.padEnd(100, "q"), "漢".repeat(5000)]),
      ),
    };
    const sealed = sealAnswers(SECRET, "rater-1", fullest);
    expect(sealed.length).toBe(lengths[0]);
    expect(openAnswers(SECRET, "rater-1", sealed)).toEqual(fullest);
  });

  it("refuses answers longer than a seal holds", () => {
    const escaped = {
      ...answers,
      comments: Object.fromEntries(
        Array.from({ length: 5 }, (_, i) => [`q${i}`, "\u0001".repeat(5000)]),
      ),
    };
    expect(() => sealAnswers(SECRET, "rater-1", escaped)).toThrow(AnswersTooLong);
  });

  it("still opens a seal made before seals were padded", () => {
    const iv = randomBytes(12);
    const key = Buffer.from(hkdfSync("sha256", SECRET, "keel", "feedback-rater-answers", 32));
    const cipher = createCipheriv("aes-256-gcm", key, iv);
    cipher.setAAD(Buffer.from("rater-1"));
    const body = Buffer.concat([cipher.update(JSON.stringify(answers), "utf8"), cipher.final()]);
    const old = ["v1", iv, cipher.getAuthTag(), body]
      .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
      .join(".");
    expect(openAnswers(SECRET, "rater-1", old)).toEqual(answers);
    expect(() => openAnswers(SECRET, "rater-2", old)).toThrow();
  });
});
