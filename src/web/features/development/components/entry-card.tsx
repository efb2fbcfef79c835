import { Pencil } from "lucide-react";
import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import type { Me } from "../../../../contract/accounts";
import type { DevelopmentEntry } from "../../../../contract/development";
import { FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { isApiError } from "../../../lib/api-client";
import { focusFirstInvalid } from "../../../lib/form-errors";
import { useValidatedForm } from "../../../lib/use-validated-form";
import { entrySchema } from "../api/entry-schema";
import { useUpdateDevelopmentEntry } from "../api/update-development-entry";
import { EntryFields } from "./entry-fields";
import { provenance } from "./entry-provenance";
import { EvidenceList } from "./evidence-list";
import { focusSoon } from "./focus-soon";
import { KINDS } from "./kinds";

type EntryCardProps = {
  entry: DevelopmentEntry;
  engagementId: string;
  me: Me;
  /** For the live region: "Saved …". */
  onAnnounce: (message: string) => void;
  /** The Remove button: the section's, since the card goes with the entry. */
  removeButton: ReactNode;
};

/** The id of an entry's article, which takes focus after it was edited (and maybe moved). */
export function entryElementId(id: string): string {
  return `entry-${id}`;
}

/**
 * One entry: its title, detail, evidence and who wrote it, with Edit (in place: kind, title and
 * detail) and Remove (after confirming).
 */
export function EntryCard({ entry, engagementId, me, onAnnounce, removeButton }: EntryCardProps) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  if (editing) {
    return (
      <EditEntryForm
        entry={entry}
        engagementId={engagementId}
        onDone={(saved) => {
          setEditing(false);
          if (saved) {
            onAnnounce(
              saved.kind === entry.kind
                ? `Saved “${saved.title}”.`
                : `Saved “${saved.title}” and moved it to ${KINDS[saved.kind].many}.`,
            );
            focusSoon(entryElementId(entry.id));
          } else {
            requestAnimationFrame(() => editButton.current?.focus());
          }
        }}
      />
    );
  }

  return (
    <article
      id={entryElementId(entry.id)}
      tabIndex={-1}
      aria-labelledby={titleId}
      className="space-y-2.5 rounded-md outline-none focus-visible:ring-2 focus-visible:ring-brand-700 focus-visible:ring-offset-4"
    >
      {/* On a phone the buttons show their icons only, so the title keeps the width. */}
      <div className="flex items-start justify-between gap-3">
        <h3 id={titleId} className="min-w-0 flex-1 font-semibold text-slate-900">
          {entry.title}
        </h3>
        <div className="-my-1 -mr-2 flex shrink-0 gap-1">
          <Button
            ref={editButton}
            variant="ghost"
            size="sm"
            title="Edit"
            className="px-2 sm:px-3"
            onClick={() => setEditing(true)}
          >
            <Pencil aria-hidden="true" />
            <span className="sr-only sm:not-sr-only">Edit</span>
            <span className="sr-only">: {entry.title}</span>
          </Button>
          {removeButton}
        </div>
      </div>
      {entry.detail ? (
        <p className="text-sm leading-relaxed whitespace-pre-line text-slate-700">{entry.detail}</p>
      ) : null}
      <EvidenceList evidence={entry.evidence} />
      <p className="text-xs text-slate-600">{provenance(entry, me)}</p>
    </article>
  );
}

function EditEntryForm({
  entry,
  engagementId,
  onDone,
}: {
  entry: DevelopmentEntry;
  engagementId: string;
  onDone: (saved?: DevelopmentEntry) => void;
}) {
  // Saved through the hook: with a new kind the entry, and this form, move to another section.
  const update = useUpdateDevelopmentEntry({ onSaved: (saved) => onDone(saved) });
  const errors = useValidatedForm(entrySchema, update.error);
  const formRef = useRef<HTMLFormElement>(null);

  // Opening the form moves focus to the title, the field most often changed.
  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('input[name="title"]')?.focus();
  }, []);

  const onSubmit = errors.onSubmit((values, form) => {
    const unchanged =
      values.kind === entry.kind && values.title === entry.title && values.detail === entry.detail;
    if (unchanged) {
      onDone();
      return;
    }
    update.mutate(
      { engagementId, id: entry.id, ...values },
      { onError: () => focusFirstInvalid(form) },
    );
  });

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
      aria-label={`Edit “${entry.title}”`}
      className="@container space-y-4 rounded-lg border border-slate-200 bg-slate-50/60 p-4"
    >
      <FormAlert
        message={
          isApiError(update.error, 404)
            ? "This entry was removed in the meantime. We've reloaded the profile."
            : errors.message
        }
      />
      <EntryFields
        errors={errors.fieldErrors}
        defaults={{ kind: entry.kind, title: entry.title, detail: entry.detail }}
        detailRows={entry.detail.length > 160 ? 6 : 3}
      />
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="ghost" onClick={() => onDone()}>
          Cancel
        </Button>
        <Button type="submit" pending={update.isPending}>
          Save changes
        </Button>
      </div>
    </form>
  );
}
