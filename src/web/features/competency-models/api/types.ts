/** Shapes of the JSON the competency model routes send (src/server/competency-models/schemas.ts). */
import type {
  BehaviourItem,
  Competency,
  CompetencyModel,
  OpenQuestion,
} from "../../../../domain/feedback/competency-model";

export type { BehaviourItem, Competency, OpenQuestion };

/** What a coach writes: the model without its id and version, which the server keeps. */
export type ModelContent = Omit<CompetencyModel, "id" | "version">;

export type ModelSource = "built-in" | "own";

/** A model as GET /api/competency-models lists it. */
export type ModelSummary = {
  id: string;
  source: ModelSource;
  /** The file's version for Keel's, the number of saved edits plus one for the coach's own. */
  version: number;
  name: string;
  summary: string;
  competencyCount: number;
  itemCount: number;
  /** The model it was copied from, for the coach's own. */
  basedOn: string | null;
  /** When the coach last saved it; null for Keel's. */
  updatedAt: string | null;
};

/** GET /api/competency-models/:id: the whole model. */
export type ModelView = ModelSummary & ModelContent;
