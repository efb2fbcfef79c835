import { PenLine } from "lucide-react";
import { Link } from "react-router";
import type { ExerciseSummary, TemplateSummary } from "../../../../contract/exercises";
import { AssignChoice, AssignForm, ChoiceError } from "../../../components/assign-form";
import { assignExerciseSchema, useAssignExercise } from "../api/assign-exercise";
import { useExerciseTemplates } from "../api/list-templates";
import { isOpen, sizeText } from "./exercise-status";

type AssignExerciseFormProps = {
  engagementId: string;
  clientName: string;
  /** The engagement's exercises: one still open can't be assigned again. */
  assigned: ExerciseSummary[];
  onDone: (assigned?: ExerciseSummary) => void;
};

/** The coach picks one of Keel's exercises or one of their own, and a due date. */
export function AssignExerciseForm({
  engagementId,
  clientName,
  assigned,
  onDone,
}: AssignExerciseFormProps) {
  const templates = useExerciseTemplates();
  const assign = useAssignExercise();
  const openIds = new Set(assigned.filter(isOpen).map((e) => e.template.id));

  return (
    <AssignForm
      choices={templates}
      schema={assignExerciseSchema}
      assign={assign}
      engagementId={engagementId}
      onDone={onDone}
      loading="Loading the exercises…"
      label="Assign an exercise"
      submitLabel="Assign exercise"
      clientName={clientName}
      canSubmit={(all) => all.some((t) => !openIds.has(t.id))}
    >
      {(all, fieldErrors) => {
        const first = all.find((t) => !openIds.has(t.id));
        const own = all.filter((t) => t.kind === "own");
        const choice = (template: TemplateSummary) => (
          <AssignChoice
            key={template.id}
            name="templateId"
            value={template.id}
            title={template.title}
            facts={sizeText(template)}
            summary={template.purpose}
            disabled={openIds.has(template.id)}
            defaultChecked={template.id === first?.id}
            invalid={Boolean(fieldErrors.templateId)}
          />
        );
        return (
          <>
            <fieldset className="min-w-0 space-y-2">
              <legend className="mb-2 text-sm font-medium text-slate-800">Keel's exercises</legend>
              {all.filter((t) => t.kind === "built-in").map(choice)}
            </fieldset>
            <fieldset className="min-w-0 space-y-2">
              <legend className="mb-2 text-sm font-medium text-slate-800">Your own</legend>
              {own.length > 0 ? (
                own.map(choice)
              ) : (
                <p className="text-sm text-slate-600">You haven't written any exercises yet.</p>
              )}
              <Link
                to="/exercise-templates/new"
                className="inline-flex items-center gap-1.5 text-sm font-medium text-brand-700 underline-offset-4 hover:underline"
              >
                <PenLine className="size-4" aria-hidden="true" />
                Write your own exercise
              </Link>
            </fieldset>
            <ChoiceError message={fieldErrors.templateId} />
          </>
        );
      }}
    </AssignForm>
  );
}
