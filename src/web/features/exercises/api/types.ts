/**
 * Shapes of the JSON the exercise routes send. Kept with the feature while lib/api-types.ts is
 * being changed by the questionnaires work; they can move there once both have landed.
 */
import type { AnswerValue } from "../../../../domain/exercise/answers";
import type { ExerciseStatus } from "../../../../domain/exercise/exercise-status";
import type {
  ChoiceQuestion,
  ExerciseContent,
  Question,
  QuestionGroup,
  QuestionOption,
  QuestionType,
  RankingQuestion,
  RatingQuestion,
  TextQuestion,
} from "../../../../domain/exercise/template";

export type {
  AnswerValue,
  ChoiceQuestion,
  ExerciseContent,
  ExerciseStatus,
  Question,
  QuestionGroup,
  QuestionOption,
  QuestionType,
  RankingQuestion,
  RatingQuestion,
  TextQuestion,
};

export type TemplateKind = "built-in" | "own";

/** An exercise a coach can assign, as GET /api/exercise-templates lists it. */
export type TemplateSummary = {
  id: string;
  kind: TemplateKind;
  /** The file's version, for one Keel ships. */
  version: number | null;
  title: string;
  purpose: string;
  minutes: number | null;
  questionCount: number;
  hasWheel: boolean;
  /** When the coach last changed it; null for Keel's own. */
  updatedAt: string | null;
};

/** GET /api/exercise-templates/:id: the template with its questions. */
export type TemplateView = TemplateSummary & {
  instructions: string;
  questions: Question[];
  groups: QuestionGroup[];
};

/** An exercise assigned in an engagement: what it is, where it stands. */
export type ExerciseSummary = {
  id: string;
  engagementId: string;
  template: {
    id: string;
    kind: TemplateKind;
    version: number | null;
    title: string;
    purpose: string;
    minutes: number | null;
  };
  status: ExerciseStatus;
  answered: number;
  questionCount: number;
  requiredCount: number;
  hasWheel: boolean;
  dueDate: string | null;
  assignedAt: string;
  startedAt: string | null;
  submittedAt: string | null;
  withdrawnAt: string | null;
};

export type ExerciseAnswers = Record<string, AnswerValue>;

/**
 * GET /api/exercises/:id: the questions as they were when assigned, and the answers: the client
 * always sees theirs; the coach gets null until the client submits.
 */
export type ExerciseView = ExerciseSummary & {
  instructions: string;
  questions: Question[];
  groups: QuestionGroup[];
  answers: ExerciseAnswers | null;
};

/** PUT /api/exercises/:id/answers: where the draft stands after the save. */
export type SavedExerciseAnswers = {
  status: ExerciseStatus;
  answered: number;
  questionCount: number;
  answers: ExerciseAnswers;
};
