import { describe, expect, it } from "vitest";
import {
  answeredCount,
  commentProblems,
  mergeFeedbackAnswers,
  ratingProblems,
  submissionProblems,
} from "./answers";
import type { CompetencyModel, Rating } from "./competency-model";

const model: Pick<CompetencyModel, "competencies" | "openQuestions"> = {
  competencies: [
    {
      id: "direction",
      name: "Setting direction",
      description: "Where the team is going.",
      items: [
        { id: "d1", text: "Explains how the team's work fits the wider goals." },
        { id: "d2", text: "Sets clear priorities." },
      ],
    },
    {
      id: "people",
      name: "Developing others",
      description: "Helping people grow.",
      items: [
        { id: "p1", text: "Gives useful feedback." },
        { id: "constructor", text: "An id that is also a property of every object." },
      ],
    },
  ],
  openQuestions: [
    { id: "start", text: "What should this person start doing?" },
    { id: "stop", text: "What should this person stop doing?" },
  ],
};

describe("ratingProblems", () => {
  it("accepts ratings of the model's behaviours, null being not observed", () => {
    expect(ratingProblems(model, { d1: 1, d2: 5, p1: null })).toEqual([]);
  });

  it("names each behaviour the model does not have", () => {
    const ratings = Object.fromEntries([
      ["d1", 3],
      ["x9", 2],
      ["toString", 4],
    ]) as Record<string, Rating>;
    expect(ratingProblems(model, ratings)).toEqual([
      { path: "ratings.x9", message: "This survey has no such behaviour" },
      { path: "ratings.toString", message: "This survey has no such behaviour" },
    ]);
  });

  it.each([0, 6, 2.5, "3"])("refuses the rating %j, off the scale", (value) => {
    expect(ratingProblems(model, { d1: value as Rating })).toEqual([
      { path: "ratings.d1", message: 'Rate from 1 to 5, or choose "Not observed"' },
    ]);
  });
});

describe("commentProblems", () => {
  it("accepts the model's open questions and names any other", () => {
    expect(commentProblems(model, { start: "More delegation.", stop: "" })).toEqual([]);
    expect(commentProblems(model, { start: "ok", later: "?" })).toEqual([
      { path: "comments.later", message: "This survey has no such question" },
    ]);
  });
});

describe("mergeFeedbackAnswers", () => {
  it("starts from nothing", () => {
    expect(
      mergeFeedbackAnswers(null, { ratings: { d1: 4 }, comments: { start: "Listen" } }),
    ).toEqual({ ratings: { d1: 4 }, comments: { start: "Listen" } });
  });

  it("sets ratings, turns one to not observed and keeps the rest", () => {
    const current = { ratings: { d1: 4, d2: 2 } as const, comments: { start: "Listen" } };
    expect(mergeFeedbackAnswers(current, { ratings: { d2: null, p1: 5 }, comments: {} })).toEqual({
      ratings: { d1: 4, d2: null, p1: 5 },
      comments: { start: "Listen" },
    });
  });

  it("replaces a comment, and removes one saved blank", () => {
    const current = { ratings: {}, comments: { start: "Listen", stop: "Rushing" } };
    expect(
      mergeFeedbackAnswers(current, {
        ratings: {},
        comments: { start: "Listen more", stop: "  " },
      }),
    ).toEqual({ ratings: {}, comments: { start: "Listen more" } });
  });

  it("leaves the saved answers untouched", () => {
    const current = { ratings: { d1: 4 as const }, comments: { start: "Listen" } };
    mergeFeedbackAnswers(current, { ratings: { d1: 1 }, comments: { start: "" } });
    expect(current).toEqual({ ratings: { d1: 4 }, comments: { start: "Listen" } });
  });
});

describe("answeredCount and submissionProblems", () => {
  it("counts a rating or not observed as answered, out of every behaviour", () => {
    expect(answeredCount(model, null)).toEqual({ answered: 0, total: 4 });
    expect(answeredCount(model, { ratings: { d1: 3, d2: null } })).toEqual({
      answered: 2,
      total: 4,
    });
  });

  it("asks for each behaviour left out, in the model's order", () => {
    expect(submissionProblems(model, { ratings: { d2: null, p1: 1 } })).toEqual([
      { path: "ratings.d1", message: 'Rate this behaviour or choose "Not observed"' },
      { path: "ratings.constructor", message: 'Rate this behaviour or choose "Not observed"' },
    ]);
  });

  it("accepts a survey where every behaviour is rated or not observed", () => {
    const complete = { ratings: { d1: 1, d2: null, p1: 5, constructor: null } as const };
    expect(submissionProblems(model, complete)).toEqual([]);
    expect(answeredCount(model, complete)).toEqual({ answered: 4, total: 4 });
  });
});
