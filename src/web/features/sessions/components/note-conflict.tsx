import type { SessionNote } from "../../../../contract/sessions";
import { Alert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { formatDateTime } from "../../../lib/format-date";
import { NoteHtml } from "./note-html";

type NoteConflictProps = {
  mine: string;
  theirs: SessionNote;
  pending: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
};

/** Someone saved the note while this person wrote: both versions, and the choice of which to keep. */
export function NoteConflict({
  mine,
  theirs,
  pending,
  onKeepMine,
  onTakeTheirs,
}: NoteConflictProps) {
  const who = theirs.updatedBy?.name ?? "Someone";
  return (
    <div className="space-y-4">
      <Alert tone="warning" title={`${who} saved this note while you were writing`}>
        Your text is not saved yet. Compare the two and choose which to keep; you can edit the one
        you keep.
      </Alert>
      <div className="grid gap-3 sm:grid-cols-2">
        <section aria-label="Your version" className="rounded-md border border-slate-200 p-3">
          <h4 className="mb-2 text-sm font-semibold text-slate-900">Yours (not saved)</h4>
          <p className="text-sm whitespace-pre-wrap break-words text-slate-800">
            {mine || <span className="italic text-slate-600">Empty</span>}
          </p>
        </section>
        <section aria-label={`${who}'s version`} className="rounded-md border border-slate-200 p-3">
          <h4 className="mb-2 text-sm font-semibold text-slate-900">
            {who}'s{theirs.updatedAt ? `, saved ${formatDateTime(theirs.updatedAt)}` : ""}
          </h4>
          <NoteHtml note={theirs} empty="Empty" />
        </section>
      </div>
      <div className="flex flex-wrap gap-3">
        <Button onClick={onKeepMine} pending={pending}>
          Keep mine
        </Button>
        <Button variant="secondary" onClick={onTakeTheirs}>
          Take {who}'s and edit it
        </Button>
      </div>
    </div>
  );
}
