/**
 * A leadership competency model as data: the behaviours a 360-degree feedback survey asks raters
 * about, grouped by competency, and its open questions. Keel ships its own model as versioned
 * files (content/competency-models); coaches copy it and edit their own. A campaign copies the
 * model it uses, so a later edit never changes what raters were asked or how a report reads.
 */
export interface CompetencyModel {
  /** Stable across versions, e.g. "keel-leadership". */
  id: string;
  /** 1, 2, ...: a built-in model's file version, or the count of a coach's saved edits. */
  version: number;
  name: string;
  /** What the model covers, in a sentence or two. */
  summary: string;
  /** Shown to raters and to the client above the survey. */
  instructions: string;
  competencies: Competency[];
  openQuestions: OpenQuestion[];
}

export interface Competency {
  /** Stable within the model; results are keyed by it. */
  id: string;
  name: string;
  /** What the competency is about, in plain words. */
  description: string;
  /** Observable behaviours, 4 to 6, each rated on the frequency scale. */
  items: BehaviourItem[];
}

export interface BehaviourItem {
  /** Stable within the model, unique across all its competencies. */
  id: string;
  /** An observable behaviour, e.g. "Explains how the team's work fits the wider goals." */
  text: string;
}

export interface OpenQuestion {
  id: string;
  /** E.g. "What should this person start doing?" */
  text: string;
}

/** Every model is rated on this 5-point frequency scale; "not observed" is stored as null. */
export const FREQUENCY_SCALE = [
  { value: 1, label: "Never" },
  { value: 2, label: "Rarely" },
  { value: 3, label: "Sometimes" },
  { value: 4, label: "Often" },
  { value: 5, label: "Almost always" },
] as const;
export const NOT_OBSERVED_LABEL = "Not observed";
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;

/** A rating: 1..5, or null for "not observed". An item left out has not been answered yet. */
export type Rating = 1 | 2 | 3 | 4 | 5 | null;

/** One person's answers to a model: ratings by item id, comments by open-question id. */
export interface FeedbackAnswers {
  ratings: Readonly<Record<string, Rating>>;
  comments: Readonly<Record<string, string>>;
}
