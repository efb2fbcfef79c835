import { type FormEvent, useRef, useState } from "react";
import type { ModelView } from "../../../../contract/competency-models";
import { modelProblems } from "../../../../domain/feedback/model-rules";
import { FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { Card, CardContent } from "../../../components/ui/card";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog";
import { useFieldProblems } from "../../../lib/use-field-problems";
import { useSaveModel } from "../api/save-model";
import { CompetenciesSection } from "./competencies-section";
import { ModelAboutCard } from "./model-about-card";
import { tidyModel } from "./model-draft";
import { OpenQuestionsEditor } from "./open-questions-editor";
import { useModelDraft } from "./use-model-draft";

type ModelEditorProps = {
  model: ModelView;
  onSaved: (model: ModelView) => void;
  onCancel: () => void;
};

/**
 * The coach edits their own model: its name and texts, competencies and their behaviours, and
 * the open questions, each added, reordered and removed. It is checked by the same rules as on
 * the server before it is sent, and any problem is shown at its field.
 */
export function ModelEditor({ model, onSaved, onCancel }: ModelEditorProps) {
  const problems = useFieldProblems("model");
  const { errors } = problems;
  const edit = useModelDraft(model, problems);
  const [discarding, setDiscarding] = useState(false);
  const save = useSaveModel();
  const cancelRef = useRef<HTMLButtonElement>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!edit.changed) return onCancel();
    const content = tidyModel(edit.draft);
    const found = modelProblems(content);
    if (found.length > 0) return problems.showProblems(found);
    problems.clearAll();
    save.mutate(
      { id: model.id, version: model.version, content },
      { onSuccess: onSaved, onError: problems.showRefusal },
    );
  }

  return (
    <form ref={problems.formRef} noValidate onSubmit={onSubmit} className="space-y-6">
      <FormAlert message={problems.problem} />
      <p role="status" className="sr-only">
        {edit.announcement}
      </p>
      <ModelAboutCard draft={edit.draft} errors={errors} onChange={edit.setText} />
      <CompetenciesSection
        competencies={edit.draft.competencies}
        errors={errors}
        competency={edit.competency}
        behaviour={edit.behaviour}
      />
      <Card>
        <CardContent className="pt-5 sm:pt-6">
          <OpenQuestionsEditor
            questions={edit.draft.openQuestions}
            errors={errors}
            onChange={edit.openQuestion.change}
            onAdd={edit.openQuestion.add}
            onRemove={edit.openQuestion.remove}
            onMove={edit.openQuestion.move}
          />
        </CardContent>
      </Card>

      <div className="flex flex-wrap items-center justify-end gap-2">
        <p className="mr-auto text-sm text-slate-600">
          Saving a change makes version {model.version + 1}. Campaigns already created keep the
          version they began with.
        </p>
        <Button
          ref={cancelRef}
          variant="ghost"
          onClick={() => (edit.changed ? setDiscarding(true) : onCancel())}
        >
          Cancel
        </Button>
        <Button type="submit" pending={save.isPending}>
          Save changes
        </Button>
      </div>
      <ConfirmDialog
        open={discarding}
        onOpenChange={setDiscarding}
        title="Discard your changes?"
        description={<p>The model stays as it was last saved (version {model.version}).</p>}
        confirmLabel="Discard changes"
        onConfirm={onCancel}
        focusAfterClose={() => cancelRef.current}
      />
    </form>
  );
}
