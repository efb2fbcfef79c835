import { useEffect, useRef } from "react";
import type { DevelopmentEntry } from "../../../../contract/development";
import { FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { focusFirstInvalid } from "../../../lib/form-errors";
import { useValidatedForm } from "../../../lib/use-validated-form";
import { useAddDevelopmentEntry } from "../api/add-development-entry";
import { entrySchema } from "../api/entry-schema";
import { EntryFields } from "./entry-fields";

type AddEntryFormProps = {
  engagementId: string;
  onDone: (added?: DevelopmentEntry) => void;
};

/** An entry the client or coach writes themselves: kind, title and detail. */
export function AddEntryForm({ engagementId, onDone }: AddEntryFormProps) {
  const add = useAddDevelopmentEntry();
  const errors = useValidatedForm(entrySchema, add.error);
  const formRef = useRef<HTMLFormElement>(null);

  // Opening the form moves focus to its first field.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>("select, input")?.focus();
  }, []);

  const onSubmit = errors.onSubmit((values, form) =>
    add.mutate(
      { engagementId, ...values },
      { onSuccess: (entry) => onDone(entry), onError: () => focusFirstInvalid(form) },
    ),
  );

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={onSubmit}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          onDone();
        }
      }}
      aria-labelledby="add-entry-heading"
      className="@container space-y-5"
    >
      <FormAlert message={errors.message} />
      <EntryFields errors={errors.fieldErrors} />
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="ghost" onClick={() => onDone()}>
          Cancel
        </Button>
        <Button type="submit" pending={add.isPending}>
          Add entry
        </Button>
      </div>
    </form>
  );
}
