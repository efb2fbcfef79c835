import type { CompetencyModel } from "../feedback/competency-model";
import type { FieldProblem } from "../field-problem";
import type { BehaviourLink } from "./goal-draft";

/**
 * Links to competencies or behaviours outside the engagement's 360 model: each a problem at its
 * path, since pulses and the repeat 360 could not measure them. No model means no link fits.
 */
export function behaviourLinkProblems(
  links: BehaviourLink[],
  model: Pick<CompetencyModel, "competencies"> | null,
): FieldProblem[] {
  return links.flatMap((link, index): FieldProblem[] => {
    const path = `behaviourLinks.${index}`;
    const competency = model?.competencies.find((c) => c.id === link.competencyId);
    if (!competency) {
      return [
        { path: `${path}.competencyId`, message: "This competency is not in the 360 model." },
      ];
    }
    if (link.itemId !== undefined && !competency.items.some((i) => i.id === link.itemId)) {
      return [
        { path: `${path}.itemId`, message: `This behaviour is not part of "${competency.name}".` },
      ];
    }
    return [];
  });
}
