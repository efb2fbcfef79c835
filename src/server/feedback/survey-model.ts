import type { z } from "zod";
import type { surveyModel } from "../../contract/feedback";
import {
  type CompetencyModel,
  FREQUENCY_SCALE,
  NOT_OBSERVED_LABEL,
} from "../../domain/feedback/competency-model";

/** The model as a rater or the client sees it to answer: no ids of versions, no summary. */
export function surveyModelOf(model: CompetencyModel): z.infer<typeof surveyModel> {
  return {
    name: model.name,
    instructions: model.instructions,
    scale: FREQUENCY_SCALE.map((option) => ({ ...option })),
    notObservedLabel: NOT_OBSERVED_LABEL,
    competencies: model.competencies.map((c) => ({
      id: c.id,
      name: c.name,
      description: c.description,
      items: c.items.map((item) => ({ id: item.id, text: item.text })),
    })),
    openQuestions: model.openQuestions.map((q) => ({ id: q.id, text: q.text })),
  };
}
