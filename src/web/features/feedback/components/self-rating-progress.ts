import type { Ratings, SurveyModel } from "../../../../contract/feedback";
import type { Rating } from "../../../../domain/feedback/competency-model";

/** Whether a value (from storage, say) is a rating: 1 to 5, or null for "not observed". */
export function isRating(value: unknown): value is Rating {
  return value === null || (typeof value === "number" && [1, 2, 3, 4, 5].includes(value));
}

export type RatingOption = { key: string; rating: Rating; label: string };

/** The answers to each behaviour: the frequency scale, then "not observed". */
export function ratingOptions(
  model: Pick<SurveyModel, "scale" | "notObservedLabel">,
): RatingOption[] {
  return [
    ...model.scale.map((option) => ({
      key: String(option.value),
      rating: option.value as Rating,
      label: option.label,
    })),
    { key: "not-observed", rating: null, label: model.notObservedLabel },
  ];
}

/** A behaviour counts as rated with a rating or "not observed"; left out, it is not. */
export function isRated(ratings: Ratings, itemId: string): boolean {
  return Object.hasOwn(ratings, itemId);
}

export function itemCount(model: Pick<SurveyModel, "competencies">): number {
  return model.competencies.reduce((sum, competency) => sum + competency.items.length, 0);
}

export function ratedCount(model: Pick<SurveyModel, "competencies">, ratings: Ratings): number {
  return model.competencies.reduce(
    (sum, competency) => sum + competency.items.filter((item) => isRated(ratings, item.id)).length,
    0,
  );
}

export type UnratedCompetency = {
  index: number;
  name: string;
  count: number;
  firstItemId: string;
};

/** The competencies that still have behaviours without a rating, with how many each. */
export function unratedCompetencies(
  model: Pick<SurveyModel, "competencies">,
  ratings: Ratings,
): UnratedCompetency[] {
  return model.competencies.flatMap((competency, index) => {
    const unrated = competency.items.filter((item) => !isRated(ratings, item.id));
    const first = unrated[0];
    return first
      ? [{ index, name: competency.name, count: unrated.length, firstItemId: first.id }]
      : [];
  });
}

/** Where to resume: the first competency with a behaviour not rated, or the last one. */
export function resumeCompetency(
  model: Pick<SurveyModel, "competencies">,
  ratings: Ratings,
): number {
  const first = unratedCompetencies(model, ratings)[0];
  return first ? first.index : Math.max(0, model.competencies.length - 1);
}
