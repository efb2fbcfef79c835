import { describe, expect, it } from "vitest";
import type { SurveyModel } from "../../../../contract/feedback";
import {
  answeredCount,
  firstUnanswered,
  isSurveyAnswer,
  itemIdsOfFields,
  itemsLeft,
  numberedCompetencies,
  ratingAnswers,
  surveyAnswersOf,
} from "./survey-answers";

const model: SurveyModel = {
  name: "Keel leadership",
  instructions: "Think of the last six months.",
  scale: [],
  notObservedLabel: "Not observed",
  competencies: [
    {
      id: "direction",
      name: "Setting direction",
      description: "",
      items: [
        { id: "d1", text: "Explains the goals" },
        { id: "d2", text: "Sets priorities" },
      ],
    },
    {
      id: "others",
      name: "Developing others",
      description: "",
      items: [
        { id: "o1", text: "Gives feedback" },
        { id: "o2", text: "Delegates" },
      ],
    },
  ],
  openQuestions: [],
};

describe("survey answers", () => {
  it("numbers behaviours through the whole survey", () => {
    const numbers = numberedCompetencies(model).flatMap((c) => c.items.map((i) => i.number));
    expect(numbers).toEqual([1, 2, 3, 4]);
  });

  it("counts not observed as an answer, and an item left out as none", () => {
    expect(answeredCount(model, { d1: 4, o1: null })).toBe(2);
    expect(answeredCount(model, {})).toBe(0);
  });

  it("lists the behaviours left by competency, with their numbers", () => {
    expect(itemsLeft(model, { d1: 2, d2: null, o1: 5 })).toEqual([
      {
        id: "others",
        name: "Developing others",
        items: [{ id: "o2", text: "Delegates", number: 4 }],
      },
    ]);
    expect(itemsLeft(model, { d1: 2, d2: 3, o1: 5, o2: null })).toEqual([]);
  });

  it("finds where a returning rater carries on", () => {
    expect(firstUnanswered(model, { d1: 1, d2: 2 })).toBe("o1");
    expect(firstUnanswered(model, { d1: 1, d2: 2, o1: null, o2: 3 })).toBeNull();
  });

  it("reads the behaviours a refused submission names", () => {
    const fields = [
      { path: "ratings.o2", message: "Rate this behaviour" },
      { path: "body/ratings/d1", message: "Rate this behaviour" },
      { path: "comments.start", message: "Too long" },
    ];
    expect(itemIdsOfFields(fields)).toEqual(["o2", "d1"]);
  });

  it("turns the saver's keyed answers into the body of a save", () => {
    expect(
      surveyAnswersOf({ "rating:d1": 4, "rating:o1": null, "comment:start": "Share plans" }),
    ).toEqual({ ratings: { d1: 4, o1: null }, comments: { start: "Share plans" } });
  });

  it("keys saved ratings as the saver does, so the two read back as one", () => {
    const keyed = ratingAnswers({ d1: 4, o1: null });
    expect(keyed).toEqual({ "rating:d1": 4, "rating:o1": null });
    expect(surveyAnswersOf(keyed).ratings).toEqual({ d1: 4, o1: null });
  });

  it("keeps only answers from the tab's storage: ratings, not observed and text", () => {
    expect([3, null, "text", 0, 6, 2.5, {}, undefined].map(isSurveyAnswer)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
