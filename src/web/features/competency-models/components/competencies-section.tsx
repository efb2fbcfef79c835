import { Plus } from "lucide-react";
import type { Competency } from "../../../../domain/feedback/competency-model";
import { COMPETENCIES } from "../../../../domain/feedback/model-rules";
import { Button } from "../../../components/ui/button";
import type { FieldErrors } from "../../../lib/form-errors";
import { CompetencyEditor } from "./competency-editor";
import { FieldProblem } from "./field-problem";
import type { ModelDraft } from "./use-model-draft";

type CompetenciesSectionProps = {
  competencies: Competency[];
  errors: FieldErrors;
  competency: ModelDraft["competency"];
  behaviour: ModelDraft["behaviour"];
};

/** The model's competencies, each in its editor, and the button that adds one. */
export function CompetenciesSection({
  competencies,
  errors,
  competency,
  behaviour,
}: CompetenciesSectionProps) {
  return (
    <section aria-labelledby="competencies-heading" className="space-y-4">
      <div>
        <h2 id="competencies-heading" className="text-lg font-semibold text-slate-900">
          Competencies
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          Each behaviour is rated from Never to Almost always, or Not observed.
        </p>
      </div>
      <FieldProblem message={errors.competencies} />
      <ol className="space-y-4">
        {competencies.map((it, c) => (
          <CompetencyEditor
            key={it.id}
            competency={it}
            index={c}
            count={competencies.length}
            errors={errors}
            onChange={(next, clear) => competency.change(c, next, clear)}
            onMove={(by) => competency.move(c, by)}
            onRemove={() => competency.remove(c)}
            onAddBehaviour={() => behaviour.add(c)}
            onRemoveBehaviour={(i) => behaviour.remove(c, i)}
            onMoveBehaviour={(i, by) => behaviour.move(c, i, by)}
          />
        ))}
      </ol>
      <Button
        id="add-competency"
        variant="secondary"
        onClick={competency.add}
        disabled={competencies.length >= COMPETENCIES.max}
      >
        <Plus aria-hidden="true" />
        Add competency
      </Button>
    </section>
  );
}
