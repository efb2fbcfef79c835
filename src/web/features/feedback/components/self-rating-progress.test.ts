import { describe, expect, it } from "vitest";
import type { SurveyModel } from "../../../../contract/feedback";
import {
  isRating,
  itemCount,
  ratedCount,
  ratingOptions,
  resumeCompetency,
  unratedCompetencies,
} from "./self-rating-progress";

const model: Pick<SurveyModel, "competencies" | "scale" | "notObservedLabel"> = {
  scale: [
    { value: 1, label: "Never" },
    { value: 5, label: "Almost always" },
  ],
  notObservedLabel: "Not observed",
  competencies: [
    {
      id: "dir",
      name: "Setting direction",
      description: "",
      items: [
        { id: "dir-1", text: "a" },
        { id: "dir-2", text: "b" },
      ],
    },
    {
      id: "com",
      name: "Communicating",
      description: "",
      items: [
        { id: "com-1", text: "c" },
        { id: "com-2", text: "d" },
        { id: "com-3", text: "e" },
      ],
    },
  ],
};

describe("ratings", () => {
  it("counts 'not observed' (null) as rated, and a behaviour left out as not", () => {
    const ratings = { "dir-1": 4 as const, "dir-2": null, "com-2": 1 as const };
    expect(itemCount(model)).toBe(5);
    expect(ratedCount(model, ratings)).toBe(3);
    expect(unratedCompetencies(model, ratings)).toEqual([
      { index: 1, name: "Communicating", count: 2, firstItemId: "com-1" },
    ]);
  });

  it("resumes at the first competency with a behaviour not rated, or at the last when all are", () => {
    expect(resumeCompetency(model, {})).toBe(0);
    expect(resumeCompetency(model, { "dir-1": 1, "dir-2": 2 })).toBe(1);
    const all = { "dir-1": 1, "dir-2": 2, "com-1": null, "com-2": 3, "com-3": 5 } as const;
    expect(resumeCompetency(model, all)).toBe(1);
    expect(unratedCompetencies(model, all)).toEqual([]);
  });

  it("offers the scale, then 'not observed' as null", () => {
    expect(ratingOptions(model)).toEqual([
      { key: "1", rating: 1, label: "Never" },
      { key: "5", rating: 5, label: "Almost always" },
      { key: "not-observed", rating: null, label: "Not observed" },
    ]);
  });

  it("takes back from storage only 1 to 5 or null", () => {
    expect([1, 5, null].every(isRating)).toBe(true);
    expect([0, 6, 2.5, "3", undefined, {}].some(isRating)).toBe(false);
  });
});
