import type { UseMutationResult, UseQueryResult } from "@tanstack/react-query";
import { type ReactNode, useEffect, useRef } from "react";
import type * as z from "zod/mini";
import { useMailHeld } from "../lib/api/get-practice";
import { cn } from "../lib/cn";
import { type FieldErrors, focusFirstInvalid } from "../lib/form-errors";
import { todayIsoDate } from "../lib/format-date";
import { useValidatedForm } from "../lib/use-validated-form";
import { ErrorState } from "./error-state";
import { FormAlert } from "./ui/alert";
import { Button } from "./ui/button";
import { FormField } from "./ui/form-field";
import { Input } from "./ui/input";
import { LoadingState } from "./ui/loading-state";

type AssignFormProps<T, Fields extends object, Created> = {
  /** What the coach chooses from: questionnaires, exercises. */
  choices: UseQueryResult<T[]>;
  /** The form's fields (the choice and a due date), checked before they are sent. */
  schema: z.ZodMiniType<Fields>;
  /** Assigns it: sends the checked fields with the engagement's id. */
  assign: UseMutationResult<Created, Error, { engagementId: string } & Fields>;
  engagementId: string;
  /** Called with what was assigned, or with nothing on Cancel. */
  onDone: (assigned?: Created) => void;
  /** What is loading, e.g. "Loading the exercises…". */
  loading: string;
  /** The form's accessible name, e.g. "Assign an exercise". */
  label: string;
  submitLabel: string;
  /** The client's first name, for the due date's hint. */
  clientName: string;
  /** Whether any choice can be assigned at all. */
  canSubmit: (choices: T[]) => boolean;
  /** The choices (fieldsets of AssignChoice), once they are loaded, with the fields' errors. */
  children: (choices: T[], fieldErrors: FieldErrors) => ReactNode;
};

/**
 * The coach's form to assign something in an engagement: the choices, a due date and the buttons.
 * Opening it moves focus to the first choice that can be taken; an error moves it to the first
 * invalid field.
 */
export function AssignForm<T, Fields extends object, Created>({
  choices,
  schema,
  assign,
  engagementId,
  onDone,
  loading,
  label,
  submitLabel,
  clientName,
  canSubmit,
  children,
}: AssignFormProps<T, Fields, Created>) {
  const errors = useValidatedForm(schema, assign.error);
  const formRef = useRef<HTMLFormElement>(null);

  // Opening the form moves focus to its first choice.
  useEffect(() => {
    if (choices.data)
      formRef.current?.querySelector<HTMLInputElement>("input:not(:disabled)")?.focus();
  }, [choices.data]);

  if (choices.isPending) return <LoadingState label={loading} />;
  if (choices.error)
    return <ErrorState error={choices.error} onRetry={() => void choices.refetch()} />;

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
      aria-label={label}
      className="space-y-5 rounded-lg border border-slate-200 bg-slate-50/60 p-4 sm:p-5"
    >
      <FormAlert message={errors.message} />
      {children(choices.data, errors.fieldErrors)}
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
      <ClientIsTold clientName={clientName} />
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="ghost" onClick={() => onDone()}>
          Cancel
        </Button>
        <Button type="submit" pending={assign.isPending} disabled={!canSubmit(choices.data)}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}

/**
 * What the client learns of it. Without a mail server Keel holds the mail and nobody reads it, so
 * the coach is told to say it themselves (the outbox holds the practice's invitations only).
 */
function ClientIsTold({ clientName }: { clientName: string }) {
  const held = useMailHeld();
  return (
    <p className="text-sm text-slate-600">
      {held
        ? `${clientName} will see it on their home page in Keel. No mail server is set up, so Keel sends ${clientName} no mail about it: tell them yourself.`
        : `${clientName} will see it on their home page in Keel and get a mail with a link to it in a few minutes, unless they have turned that mail off.`}
    </p>
  );
}

/**
 * One choice of an assign form, as a card with a radio: its title, a line of facts (size, and
 * whether it is already assigned) and a summary.
 */
export function AssignChoice({
  name,
  value,
  title,
  facts,
  summary,
  disabled,
  defaultChecked,
  invalid,
}: {
  /** The form field, e.g. "templateId". */
  name: string;
  value: string;
  title: string;
  facts: ReactNode;
  summary: string;
  /** Already assigned and not yet submitted: it can't be chosen again, and is greyed. */
  disabled: boolean;
  defaultChecked: boolean;
  invalid: boolean;
}) {
  const detailsId = `${name}-${value}-details`;
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
        name={name}
        value={value}
        disabled={disabled}
        defaultChecked={defaultChecked}
        aria-invalid={invalid || undefined}
        aria-describedby={detailsId}
        className="mt-0.5 size-4 shrink-0 accent-brand-700 focus-visible:outline-none"
      />
      <span className="min-w-0">
        <span className="block font-medium text-slate-900">{title}</span>
        <span id={detailsId} className="mt-1 block text-sm text-slate-600">
          <span className="font-medium text-slate-700">
            {facts}
            {disabled ? " · already assigned, not yet submitted" : ""}
          </span>
          <span className="mt-1 block">{summary}</span>
        </span>
      </span>
    </label>
  );
}

/** The error of an assign form's choice, e.g. "Choose an exercise". */
export function ChoiceError({ message }: { message: string | undefined }) {
  return message ? <p className="text-sm font-medium text-red-700">{message}</p> : null;
}
