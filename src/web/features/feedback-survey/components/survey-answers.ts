import type {
  Ratings,
  SurveyAnswers,
  SurveyItem,
  SurveyModel,
} from "../../../../contract/feedback";
import type { Rating } from "../../../../domain/feedback/competency-model";
import type { FieldProblem } from "../../../../domain/field-problem";

/** The element of a behaviour's radio group, for links that move focus to it. */
export const behaviourDomId = (itemId: string) => `behaviour-${itemId}`;

export type NumberedItem = SurveyItem & { number: number };

/** Each competency's behaviours, numbered through the whole survey from 1. */
export function numberedCompetencies(model: SurveyModel) {
  let number = 0;
  return model.competencies.map((competency) => ({
    ...competency,
    items: competency.items.map((item): NumberedItem => ({ ...item, number: ++number })),
  }));
}

export function itemCount(model: SurveyModel): number {
  return model.competencies.reduce((sum, competency) => sum + competency.items.length, 0);
}

/** A behaviour is answered once it has a rating or "not observed" (null). */
export function isAnswered(ratings: Ratings, itemId: string): boolean {
  return ratings[itemId] !== undefined;
}

export function answeredCount(model: SurveyModel, ratings: Ratings): number {
  return model.competencies
    .flatMap((competency) => competency.items)
    .filter((item) => isAnswered(ratings, item.id)).length;
}

export type CompetencyLeft = { id: string; name: string; items: NumberedItem[] };

/** The behaviours without an answer, by competency; competencies with none left are omitted. */
export function itemsLeft(model: SurveyModel, ratings: Ratings): CompetencyLeft[] {
  return numberedCompetencies(model)
    .map(({ id, name, items }) => ({
      id,
      name,
      items: items.filter((item) => !isAnswered(ratings, item.id)),
    }))
    .filter((competency) => competency.items.length > 0);
}

/** The first behaviour without an answer, where a returning rater carries on. */
export function firstUnanswered(model: SurveyModel, ratings: Ratings): string | null {
  for (const competency of model.competencies) {
    const item = competency.items.find((i) => !isAnswered(ratings, i.id));
    if (item) return item.id;
  }
  return null;
}

/** The behaviours a refused submission names ("ratings.<itemId>"). */
export function itemIdsOfFields(fields: readonly FieldProblem[]): string[] {
  return fields
    .map((field) => /^(?:body[./])?ratings[./](.+)$/.exec(field.path)?.[1])
    .filter((id): id is string => id !== undefined);
}

/**
 * Ratings and comments travel through one answer saver, keyed "rating:<itemId>" and
 * "comment:<questionId>", so a rating and a comment given together go in one save.
 */
export type SurveyAnswerKey = `rating:${string}` | `comment:${string}`;
export type SurveyAnswerValue = Rating | string;

export const ratingKey = (itemId: string): SurveyAnswerKey => `rating:${itemId}`;
export const commentKey = (questionId: string): SurveyAnswerKey => `comment:${questionId}`;

/** Ratings by behaviour as the saver keys them. */
export function ratingAnswers(ratings: Ratings): Record<string, SurveyAnswerValue> {
  return Object.fromEntries(Object.entries(ratings).map(([id, value]) => [ratingKey(id), value]));
}

/** The saver's answers as the body of a save. */
export function surveyAnswersOf(answers: Record<string, SurveyAnswerValue>): SurveyAnswers {
  const body: SurveyAnswers = { ratings: {}, comments: {} };
  for (const [key, value] of Object.entries(answers)) {
    if (key.startsWith("rating:") && typeof value !== "string")
      body.ratings[key.slice("rating:".length)] = value;
    if (key.startsWith("comment:") && typeof value === "string")
      body.comments[key.slice("comment:".length)] = value;
  }
  return body;
}

/**
 * Where answers not yet saved wait in the tab's sessionStorage; the tab forgets them when it
 * closes, which matters on a shared computer.
 */
export const unsavedStorageKey = (token: string) => `keel.unsaved-feedback.${token}`;

/** A value kept in the tab is an answer if it is a rating, "not observed" or a comment's text. */
export function isSurveyAnswer(value: unknown): value is SurveyAnswerValue {
  return (
    value === null ||
    typeof value === "string" ||
    (typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 5)
  );
}
