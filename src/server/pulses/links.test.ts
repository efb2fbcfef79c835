import { describe, expect, it } from "vitest";
import { FEEDFORWARD_MAX_LENGTH } from "../../domain/pulses/answers";
import { raterToken } from "../feedback/rater-tokens";
import { openAnswers, openValue, sealAnswers, sealValue } from "../feedback/sealing";
import { PULSE_ANSWERS, pulseToken } from "./links";

const SECRET = "a-secret-long-enough-for-the-tests-of-sealing";
const ids = (n: number) => Array.from({ length: n }, (_, i) => `behaviour-${i}`.padEnd(40, "x"));

describe("a stakeholder's sealed pulse answer", () => {
  it("has one length, from no answer to the longest the pulse allows", () => {
    const longest = {
      ratings: Object.fromEntries(ids(5).map((id) => [id, null])),
      feedforward: "€".repeat(FEEDFORWARD_MAX_LENGTH),
    };
    const lengths = [{ ratings: {}, feedforward: "" }, longest].map(
      (answers) => sealValue(PULSE_ANSWERS, SECRET, "invitee-1", answers).length,
    );
    expect(lengths[0]).toBe(lengths[1]);
    expect(
      openValue(
        PULSE_ANSWERS,
        SECRET,
        "invitee-1",
        sealValue(PULSE_ANSWERS, SECRET, "invitee-1", longest),
      ),
    ).toEqual(longest);
  });

  it("opens for its own row only, and not as a 360 rater's answers", () => {
    const sealed = sealValue(PULSE_ANSWERS, SECRET, "invitee-1", { ratings: {}, feedforward: "x" });
    expect(() => openValue(PULSE_ANSWERS, SECRET, "invitee-2", sealed)).toThrow();
    expect(() => openAnswers(SECRET, "invitee-1", sealed)).toThrow();
    const rater = sealAnswers(SECRET, "invitee-1", { ratings: {}, comments: {} });
    expect(() => openValue(PULSE_ANSWERS, SECRET, "invitee-1", rater)).toThrow();
  });

  it("gives a link token unlike a 360 rater's of the same id", () => {
    expect(pulseToken(SECRET, "same-id")).not.toBe(raterToken(SECRET, "same-id"));
    expect(pulseToken(SECRET, "same-id")).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
