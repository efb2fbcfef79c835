import { describe, expect, it } from "vitest";
import { isStorableText } from "../storable-text";
import type { CompetencyModel } from "./competency-model";
import { COMMENT_MAX_LENGTH, usableSentAnswers } from "./sent-answers";

const model: Pick<CompetencyModel, "competencies" | "openQuestions"> = {
  competencies: [
    {
      id: "direction",
      name: "Setting direction",
      description: "Where the team is going.",
      items: [
        { id: "d1", text: "Sets clear priorities." },
        { id: "d2", text: "Explains why." },
      ],
    },
  ],
  openQuestions: [{ id: "start", text: "What should this person start doing?" }],
};

const sent = { ratings: { d1: 4, d2: null }, comments: { start: "Ask the team first." } };

describe("sent answers closing may store", () => {
  it("keeps complete answers to the model's own behaviours and questions", () => {
    expect(usableSentAnswers(model, sent)).toEqual(sent);
    expect(usableSentAnswers(model, { ...sent, comments: {} })).toEqual({ ...sent, comments: {} });
  });

  it("refuses what is not the shape of answers", () => {
    for (const value of [null, "text", [], { ratings: {} }, { ratings: [], comments: {} }])
      expect(usableSentAnswers(model, value)).toBeNull();
    expect(usableSentAnswers(model, { ...sent, comments: { start: 42 } })).toBeNull();
    expect(usableSentAnswers(model, { ...sent, ratings: { d1: "4", d2: null } })).toBeNull();
  });

  it("refuses ratings off the scale or of unknown behaviours, unknown questions, gaps", () => {
    expect(usableSentAnswers(model, { ...sent, ratings: { d1: 7, d2: 1 } })).toBeNull();
    expect(usableSentAnswers(model, { ...sent, ratings: { d1: 2.5, d2: 1 } })).toBeNull();
    expect(usableSentAnswers(model, { ...sent, ratings: { ...sent.ratings, x: 3 } })).toBeNull();
    expect(usableSentAnswers(model, { ...sent, ratings: { d1: 3 } })).toBeNull();
    expect(usableSentAnswers(model, { ...sent, comments: { stop: "No." } })).toBeNull();
  });

  it("refuses a comment over the limit or with text the database cannot store", () => {
    const long = "a".repeat(COMMENT_MAX_LENGTH + 1);
    expect(usableSentAnswers(model, { ...sent, comments: { start: long } })).toBeNull();
    expect(usableSentAnswers(model, { ...sent, comments: { start: "a\u0000b" } })).toBeNull();
    expect(usableSentAnswers(model, { ...sent, comments: { start: "a\uD800b" } })).toBeNull();
  });
});

describe("text the database can store", () => {
  it("accepts any well-formed text but NUL, and refuses unpaired surrogates", () => {
    expect(isStorableText("plain, accented é, emoji 😀, CJK 漢字, tab\t, newline\n")).toBe(true);
    expect(isStorableText("\u0001\u001f")).toBe(true);
    expect(isStorableText("\u0000")).toBe(false);
    expect(isStorableText("\uD83D")).toBe(false);
    expect(isStorableText("\uDE00x")).toBe(false);
    expect(isStorableText("x\uDE00\uD83D")).toBe(false);
  });
});
