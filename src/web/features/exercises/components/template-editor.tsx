import type { FormEvent } from "react";
import { Link } from "react-router";
import type { TemplateView } from "../../../../contract/exercises";
import type { ExerciseContent } from "../../../../domain/exercise/template";
import { tidyTemplate } from "../../../../domain/exercise/template";
import { templateProblems } from "../../../../domain/exercise/template-problems";
import { FormAlert } from "../../../components/ui/alert";
import { Button, buttonClasses } from "../../../components/ui/button";
import { useFieldProblems } from "../../../lib/use-field-problems";
import { useSaveTemplate } from "../api/save-template";
import { TemplateAboutCard } from "./template-about-card";
import { TemplateQuestions } from "./template-questions";
import { useTemplateDraft } from "./use-template-draft";
import { WheelSettings } from "./wheel-settings";

type TemplateEditorProps = {
  /** The template to start from: the coach's own, a copy of Keel's, or an empty one. */
  initial: ExerciseContent;
  /** The coach's template being changed, or null for a new one. */
  templateId: string | null;
  onSaved: (template: TemplateView) => void;
};

/**
 * The coach writes their own exercise: a title, why and how, and questions of the four types,
 * which they add, reorder and remove. Three or more ratings on one scale can be shown as a wheel.
 * The template is checked by the same rules as on the server before it is sent; any problem is
 * shown at its field.
 */
export function TemplateEditor({ initial, templateId, onSaved }: TemplateEditorProps) {
  const problems = useFieldProblems("exercise");
  const { errors } = problems;
  const edit = useTemplateDraft(initial, problems);
  const save = useSaveTemplate();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const content = tidyTemplate(edit.draft);
    const found = templateProblems(content);
    if (found.length > 0) return problems.showProblems(found);
    problems.clearAll();
    save.mutate({ id: templateId, content }, { onSuccess: onSaved, onError: problems.showRefusal });
  }

  return (
    <form ref={problems.formRef} noValidate onSubmit={onSubmit} className="space-y-6">
      <FormAlert message={problems.problem} />
      <p role="status" className="sr-only">
        {edit.announcement}
      </p>
      <TemplateAboutCard draft={edit.draft} errors={errors} onChange={edit.setField} />
      <TemplateQuestions
        questions={edit.draft.questions}
        errors={errors}
        onChange={edit.changeQuestion}
        onMove={edit.moveQuestion}
        onRemove={edit.removeQuestion}
        onAdd={edit.addQuestion}
      />
      <WheelSettings draft={edit.draft} errors={errors} onChange={edit.setWheel} />
      <div className="flex flex-wrap justify-end gap-2">
        <Link to="/exercise-templates" className={buttonClasses("ghost")}>
          Cancel
        </Link>
        <Button type="submit" pending={save.isPending}>
          {templateId ? "Save changes" : "Save exercise"}
        </Button>
      </div>
    </form>
  );
}
