import { useState } from "react";
import type { ProgrammeBody } from "../../../../contract/programmes";
import {
  SPONSOR_REPORT_FREQUENCIES,
  SPONSOR_REPORT_LABELS,
  type SponsorReportFrequency,
} from "../../../../domain/programmes/sponsor-report";
import { PROGRAMME_LIMITS as L } from "../../../../domain/programmes/template";
import { FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { Select } from "../../../components/ui/select";
import { useFieldProblems } from "../../../lib/use-field-problems";
import { checkDraft, type ProgrammeDraft } from "./programme-draft";
import type { TemplateChoices } from "./template-choices";
import { TemplateFields } from "./template-fields";

type ProgrammeFormProps = {
  initial: ProgrammeDraft;
  choices: TemplateChoices | null;
  submitLabel: string;
  pending: boolean;
  /** Sends the body; `refused` shows the server's problems at their fields. */
  onSave: (body: ProgrammeBody, refused: (error: unknown) => void) => void;
  onCancel: () => void;
  labelledBy: string;
};

/** A programme's name, organisation and template, checked by the server's rules before sending. */
export function ProgrammeForm({
  initial,
  choices,
  submitLabel,
  pending,
  onSave,
  onCancel,
  labelledBy,
}: ProgrammeFormProps) {
  const [draft, setDraft] = useState(initial);
  const problems = useFieldProblems("programme");
  const { errors } = problems;

  function change(part: Partial<ProgrammeDraft>) {
    setDraft((current) => ({ ...current, ...part }));
    problems.clearErrors(...Object.keys(part));
  }

  return (
    <form
      ref={problems.formRef}
      aria-labelledby={labelledBy}
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const checked = checkDraft(draft);
        if (!checked.ok) return problems.showProblems(checked.problems);
        problems.clearAll();
        onSave(checked.body, problems.showRefusal);
      }}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="Programme name" name="name" error={errors.name} required>
          {(control) => (
            <Input
              {...control}
              value={draft.name}
              maxLength={L.name}
              onChange={(event) => change({ name: event.target.value })}
            />
          )}
        </FormField>
        <FormField
          label="Organisation"
          name="organisationName"
          error={errors.organisationName}
          required
        >
          {(control) => (
            <Input
              {...control}
              value={draft.organisationName}
              maxLength={L.organisationName}
              onChange={(event) => change({ organisationName: event.target.value })}
            />
          )}
        </FormField>
      </div>
      <TemplateFields draft={draft} choices={choices} errors={errors} onChange={change} />
      <FormField
        label="Report to sponsors by mail"
        name="sponsorReport"
        error={errors.sponsorReport}
        hint="Each sponsor gets the programme's figures for groups only, from 08:00 in their own time zone, and can turn the mail off."
      >
        {(control) => (
          <Select
            {...control}
            value={draft.sponsorReport}
            onChange={(event) =>
              change({ sponsorReport: event.target.value as SponsorReportFrequency })
            }
          >
            {SPONSOR_REPORT_FREQUENCIES.map((frequency) => (
              <option key={frequency} value={frequency}>
                {SPONSOR_REPORT_LABELS[frequency]}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormAlert message={problems.problem} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending}>
          {submitLabel}
        </Button>
        <Button variant="ghost" onClick={onCancel} disabled={pending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
