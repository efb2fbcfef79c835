import { PenLine } from "lucide-react";
import { useEffect, useRef } from "react";
import { Link } from "react-router";
import { ErrorState } from "../../../components/error-state";
import { FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { LoadingState } from "../../../components/ui/loading-state";
import { cn } from "../../../lib/cn";
import { focusFirstInvalid } from "../../../lib/form-errors";
import { todayIsoDate } from "../../../lib/format-date";
import { useValidatedForm } from "../../../lib/use-validated-form";
import { assignExerciseSchema, useAssignExercise } from "../api/assign-exercise";
import { useExerciseTemplates } from "../api/list-templates";
import type { ExerciseSummary, TemplateSummary } from "../api/types";
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
  const errors = useValidatedForm(assignExerciseSchema, assign.error);
  const formRef = useRef<HTMLFormElement>(null);

  // Opening the form moves focus to its first choice.
  useEffect(() => {
    if (templates.data)
      formRef.current?.querySelector<HTMLInputElement>("input:not(:disabled)")?.focus();
  }, [templates.data]);

  if (templates.isPending) return <LoadingState label="Loading the exercises…" />;
  if (templates.error)
    return <ErrorState error={templates.error} onRetry={() => void templates.refetch()} />;

  const openIds = new Set(assigned.filter(isOpen).map((e) => e.template.id));
  const available = templates.data.filter((t) => !openIds.has(t.id));
  const builtIn = templates.data.filter((t) => t.kind === "built-in");
  const own = templates.data.filter((t) => t.kind === "own");
  const onSubmit = errors.onSubmit((values, form) =>
    assign.mutate(
      { engagementId, ...values },
      { onSuccess: (created) => onDone(created), onError: () => focusFirstInvalid(form) },
    ),
  );
  const choice = (template: TemplateSummary) => (
    <TemplateChoice
      key={template.id}
      template={template}
      disabled={openIds.has(template.id)}
      defaultChecked={template.id === available[0]?.id}
      invalid={Boolean(errors.fieldErrors.templateId)}
    />
  );

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={onSubmit}
      aria-label="Assign an exercise"
      className="space-y-5 rounded-lg border border-slate-200 bg-slate-50/60 p-4 sm:p-5"
    >
      <FormAlert message={errors.message} />
      <fieldset className="min-w-0 space-y-2">
        <legend className="mb-2 text-sm font-medium text-slate-800">Keel's exercises</legend>
        {builtIn.map(choice)}
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
      {errors.fieldErrors.templateId ? (
        <p className="text-sm font-medium text-red-700">{errors.fieldErrors.templateId}</p>
      ) : null}
      <div className="max-w-xs">
        <FormField
          label="Due date"
          name="dueDate"
          error={errors.fieldErrors.dueDate}
          hint={`A date to aim for; ${clientName} sees it.`}
          optional
        >
          {(field) => <Input {...field} type="date" min={todayIsoDate()} />}
        </FormField>
      </div>
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="ghost" onClick={() => onDone()}>
          Cancel
        </Button>
        <Button type="submit" pending={assign.isPending} disabled={available.length === 0}>
          Assign exercise
        </Button>
      </div>
    </form>
  );
}

function TemplateChoice({
  template,
  disabled,
  defaultChecked,
  invalid,
}: {
  template: TemplateSummary;
  disabled: boolean;
  defaultChecked: boolean;
  invalid: boolean;
}) {
  const detailsId = `template-${template.id}-details`;
  return (
    <label
      className={cn(
        "flex gap-3 rounded-lg border border-slate-300 bg-white p-4 transition-colors",
        disabled
          ? "cursor-not-allowed opacity-70"
          : "cursor-pointer hover:border-brand-600 has-checked:border-brand-700 has-checked:bg-brand-50 has-checked:ring-1 has-checked:ring-brand-700",
        "has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-700",
      )}
    >
      <input
        type="radio"
        name="templateId"
        value={template.id}
        disabled={disabled}
        defaultChecked={defaultChecked}
        aria-invalid={invalid || undefined}
        aria-describedby={detailsId}
        className="mt-0.5 size-4 shrink-0 accent-brand-700 focus-visible:outline-none"
      />
      <span className="min-w-0">
        <span className="block font-medium text-slate-900">{template.title}</span>
        <span id={detailsId} className="mt-1 block text-sm text-slate-600">
          <span className="font-medium text-slate-700">
            {sizeText(template)}
            {disabled ? " · already assigned, not yet submitted" : ""}
          </span>
          <span className="mt-1 block">{template.purpose}</span>
        </span>
      </span>
    </label>
  );
}
