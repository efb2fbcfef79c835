import type { EntryKind } from "../../../../domain/development/entries";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { Select } from "../../../components/ui/select";
import { Textarea } from "../../../components/ui/textarea";
import type { FieldErrors } from "../../../lib/form-errors";
import { KIND_ORDER, KINDS } from "./kinds";

type EntryFieldsProps = {
  errors: FieldErrors;
  defaults?: { kind?: EntryKind; title?: string; detail?: string };
  /** Accepting a proposal keeps its kind: only the words can change. */
  withKind?: boolean;
  /** Taller where the detail starts out long: a proposal's, or an entry's being edited. */
  detailRows?: number;
};

/**
 * The fields of an entry as the add, edit and accept forms show them. The enclosing form must be
 * a `@container`: kind and title sit side by side only where there is room.
 */
export function EntryFields({
  errors,
  defaults = {},
  withKind = true,
  detailRows = 3,
}: EntryFieldsProps) {
  return (
    <div className="grid gap-5 @xl:grid-cols-[minmax(0,13rem)_minmax(0,1fr)]">
      {withKind ? (
        <FormField label="Kind" name="kind" error={errors.kind} required>
          {(field) => (
            <Select {...field} defaultValue={defaults.kind ?? "strength"}>
              {KIND_ORDER.map((kind) => (
                <option key={kind} value={kind}>
                  {KINDS[kind].one}
                </option>
              ))}
            </Select>
          )}
        </FormField>
      ) : null}
      <FormField
        className={withKind ? undefined : "@xl:col-span-2"}
        label="Title"
        name="title"
        error={errors.title}
        hint="A few words, e.g. “Speaks up for the team”."
        required
      >
        {(field) => <Input {...field} defaultValue={defaults.title} maxLength={160} />}
      </FormField>
      <FormField
        label="Detail"
        name="detail"
        error={errors.detail}
        hint="What it looks like at work, and why it matters."
        optional
        className="@xl:col-span-2"
      >
        {(field) => <Textarea {...field} rows={detailRows} defaultValue={defaults.detail} />}
      </FormField>
    </div>
  );
}
