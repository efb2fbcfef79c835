import { useEffect, useRef } from "react";
import type { RaterBody, RaterView } from "../../../../contract/feedback";
import {
  type GroupLimits,
  RATER_GROUP_LABELS,
  RATER_GROUPS,
  type RaterGroup,
} from "../../../../domain/feedback/rater-groups";
import { FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { Select } from "../../../components/ui/select";
import { focusFirstInvalid } from "../../../lib/form-errors";
import { useValidatedForm } from "../../../lib/use-validated-form";
import { raterSchema, useAddRater } from "../api/add-rater";
import { useUpdateRater } from "../api/update-rater";
import { limitText } from "./rater-groups";

type RaterFormProps = {
  campaignId: string;
  groupLimits: GroupLimits;
  /** The rater to correct; without one, the form adds raters one after another. */
  rater?: RaterView;
  /** The group to start with when adding. */
  group?: RaterGroup;
  /** Whose colleagues they are: "you", or the client's first name. */
  whose: string;
  /** Answers are coming in: a rater added now waits for this person's approval. */
  approver?: string;
  onSaved: (saved: RaterBody) => void;
  onClose: () => void;
};

/**
 * A rater's name, address and group. Adding keeps the form open, empty again with the same group,
 * so a whole list goes in quickly; focus returns to the name. Correcting closes it.
 */
export function RaterForm({
  campaignId,
  groupLimits,
  rater,
  group = "peer",
  whose,
  approver,
  onSaved,
  onClose,
}: RaterFormProps) {
  const add = useAddRater();
  const update = useUpdateRater();
  const save = rater ? update : add;
  const errors = useValidatedForm(raterSchema, save.error);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>("input")?.focus();
  }, []);

  // mutateAsync, not mutate's callbacks: a rater moved to another group is shown in another
  // section, so this form is gone by the time the answer arrives.
  const onSubmit = errors.onSubmit((values, form) => {
    const saving = rater
      ? update.mutateAsync({ campaignId, raterId: rater.id, ...values })
      : add.mutateAsync({ campaignId, ...values });
    saving.then(
      () => {
        onSaved(values);
        if (rater) return;
        add.reset();
        for (const name of ["name", "email"]) {
          const input = form.elements.namedItem(name);
          if (input instanceof HTMLInputElement) input.value = "";
        }
        form.querySelector<HTMLInputElement>("input")?.focus();
      },
      () => focusFirstInvalid(form),
    );
  });

  const title = rater ? `Correct ${rater.name}'s details` : "Add a rater";
  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={onSubmit}
      aria-label={title}
      className="space-y-4 rounded-lg border border-slate-200 bg-slate-50/60 p-4"
    >
      <FormAlert message={errors.message} />
      {approver && !rater ? (
        <p className="text-sm text-slate-700">
          Answers are coming in: a rater you add now gets their link only once {approver} approves.
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="Name" name="name" error={errors.fieldErrors.name}>
          {(field) => (
            <Input {...field} autoComplete="off" maxLength={200} defaultValue={rater?.name} />
          )}
        </FormField>
        <FormField label="Email" name="email" error={errors.fieldErrors.email}>
          {(field) => (
            <Input
              {...field}
              type="email"
              autoComplete="off"
              maxLength={320}
              defaultValue={rater?.email}
            />
          )}
        </FormField>
      </div>
      <div className="max-w-xs">
        <FormField
          label="Group"
          name="group"
          error={errors.fieldErrors.group}
          hint={`Who they are to ${whose} at work.`}
        >
          {(field) => (
            <Select {...field} defaultValue={rater?.group ?? group}>
              {RATER_GROUPS.filter((g) => groupLimits[g].max > 0 || g === rater?.group).map((g) => (
                <option key={g} value={g}>
                  {RATER_GROUP_LABELS[g]} ({limitText(groupLimits[g])})
                </option>
              ))}
            </Select>
          )}
        </FormField>
      </div>
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="ghost" onClick={onClose}>
          {rater ? "Cancel" : "Done"}
        </Button>
        <Button type="submit" pending={save.isPending}>
          {rater ? "Save" : "Add rater"}
        </Button>
      </div>
    </form>
  );
}
