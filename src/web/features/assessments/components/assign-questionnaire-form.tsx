import { useEffect, useRef } from "react";
import { ErrorState } from "../../../components/error-state";
import { FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { LoadingState } from "../../../components/ui/loading-state";
import type { AssessmentSummary, Instrument } from "../../../lib/api-types";
import { cn } from "../../../lib/cn";
import { focusFirstInvalid } from "../../../lib/form-errors";
import { todayIsoDate } from "../../../lib/format-date";
import { useValidatedForm } from "../../../lib/use-validated-form";
import { assignAssessmentSchema, useAssignAssessment } from "../api/assign-assessment";
import { useInstruments } from "../api/list-instruments";
import { isOpen } from "./assessment-status";

type AssignQuestionnaireFormProps = {
  engagementId: string;
  clientName: string;
  /** The engagement's questionnaires: one still open can't be assigned again. */
  assigned: AssessmentSummary[];
  onDone: (assigned?: AssessmentSummary) => void;
};

/** The coach chooses a questionnaire (name, length and what it measures) and a due date. */
export function AssignQuestionnaireForm({
  engagementId,
  clientName,
  assigned,
  onDone,
}: AssignQuestionnaireFormProps) {
  const instruments = useInstruments();
  const assign = useAssignAssessment();
  const errors = useValidatedForm(assignAssessmentSchema, assign.error);
  const formRef = useRef<HTMLFormElement>(null);

  // Opening the form moves focus to its first choice.
  useEffect(() => {
    if (instruments.data)
      formRef.current?.querySelector<HTMLInputElement>("input:not(:disabled)")?.focus();
  }, [instruments.data]);

  if (instruments.isPending) return <LoadingState label="Loading the questionnaires…" />;
  if (instruments.error)
    return <ErrorState error={instruments.error} onRetry={() => void instruments.refetch()} />;

  const openIds = new Set(assigned.filter(isOpen).map((a) => a.instrument.id));
  const available = instruments.data.filter((instrument) => !openIds.has(instrument.id));
  const onSubmit = errors.onSubmit((values, form) =>
    assign.mutate(
      { engagementId, ...values },
      { onSuccess: (created) => onDone(created), onError: () => focusFirstInvalid(form) },
    ),
  );

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={onSubmit}
      aria-label="Assign a questionnaire"
      className="space-y-5 rounded-lg border border-slate-200 bg-slate-50/60 p-4 sm:p-5"
    >
      <FormAlert message={errors.message} />
      <fieldset className="min-w-0 space-y-2">
        <legend className="mb-2 text-sm font-medium text-slate-800">Questionnaire</legend>
        {instruments.data.map((instrument) => (
          <InstrumentChoice
            key={instrument.id}
            instrument={instrument}
            disabled={openIds.has(instrument.id)}
            defaultChecked={instrument.id === available[0]?.id}
            invalid={Boolean(errors.fieldErrors.instrumentId)}
          />
        ))}
        {errors.fieldErrors.instrumentId ? (
          <p className="text-sm font-medium text-red-700">{errors.fieldErrors.instrumentId}</p>
        ) : null}
      </fieldset>
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
          Assign questionnaire
        </Button>
      </div>
    </form>
  );
}

function InstrumentChoice({
  instrument,
  disabled,
  defaultChecked,
  invalid,
}: {
  instrument: Instrument;
  disabled: boolean;
  defaultChecked: boolean;
  invalid: boolean;
}) {
  const detailsId = `instrument-${instrument.id}-details`;
  return (
    <label
      className={cn(
        "flex gap-3 rounded-lg border border-slate-300 bg-white p-4 transition-colors",
        disabled
          ? "cursor-not-allowed bg-slate-50"
          : "cursor-pointer hover:border-brand-600 has-checked:border-brand-700 has-checked:bg-brand-50 has-checked:ring-1 has-checked:ring-brand-700",
        "has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-700",
      )}
    >
      <input
        type="radio"
        name="instrumentId"
        value={instrument.id}
        disabled={disabled}
        defaultChecked={defaultChecked}
        aria-invalid={invalid || undefined}
        aria-describedby={detailsId}
        className="mt-0.5 size-4 shrink-0 accent-brand-700 focus-visible:outline-none"
      />
      <span className="min-w-0">
        <span className="block font-medium text-slate-900">{instrument.name}</span>
        <span id={detailsId} className="mt-1 block text-sm text-slate-600">
          <span className="font-medium text-slate-700">
            {instrument.itemCount} statements · about {instrument.minutes} minutes
            {disabled ? " · already assigned, not yet submitted" : ""}
          </span>
          <span className="mt-1 block">{instrument.summary}</span>
        </span>
      </span>
    </label>
  );
}
