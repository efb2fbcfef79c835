/**
 * Shapes of the JSON a rater's private link sends and receives (src/server/feedback/schemas.ts:
 * surveyView, saveFeedbackAnswersBody, savedSurveyAnswers).
 */
import type { Rating } from "../../../../domain/feedback/competency-model";
import type { RaterGroup } from "../../../../domain/feedback/rater-groups";

export type { RaterGroup, Rating };

export type SurveyState = "open" | "submitted" | "closed";

export type SurveyItem = { id: string; text: string };

export type SurveyCompetency = {
  id: string;
  name: string;
  description: string;
  items: SurveyItem[];
};

export type SurveyQuestion = { id: string; text: string };

export type SurveyModel = {
  name: string;
  instructions: string;
  scale: { value: number; label: string }[];
  notObservedLabel: string;
  competencies: SurveyCompetency[];
  openQuestions: SurveyQuestion[];
};

/** Ratings by item id (null is "not observed"; an item left out is not answered yet). */
export type SurveyRatings = Record<string, Rating>;
/** Comments by open-question id ("" clears one). */
export type SurveyComments = Record<string, string>;

export type SurveyAnswers = { ratings: SurveyRatings; comments: SurveyComments };

/** GET /api/feedback/survey/:token: the survey while open, a thank-you or a closed page after. */
export type SurveyView = {
  state: SurveyState;
  clientName: string;
  practiceName: string;
  raterName: string;
  group: RaterGroup;
  /** YYYY-MM-DD */
  deadline: string;
  threshold: number;
  managerIdentified: boolean;
  /** Present only while open. */
  model: SurveyModel | null;
  answers: SurveyAnswers | null;
};

/** PUT /api/feedback/survey/:token/answers: how many behaviours have a rating now. */
export type SavedSurveyAnswers = { answered: number; total: number };
