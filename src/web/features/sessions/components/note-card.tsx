import { Eye, Lock } from "lucide-react";
import { useId, useState } from "react";
import type { SessionNote } from "../../../../contract/sessions";
import { FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { Textarea } from "../../../components/ui/textarea";
import { formatDateTime } from "../../../lib/format-date";
import { NoteConflict } from "./note-conflict";
import { NoteHtml } from "./note-html";
import { type NoteEditorState, useNoteEditor } from "./use-note-editor";

type NoteCardProps = {
  sessionId: string;
  note: SessionNote;
  title: string;
  /** Who can read it and who writes it, said plainly. */
  visibility: string;
  privateToViewer?: boolean;
  mayWrite: boolean;
  empty: string;
};

/** One note of the session: read as the server rendered it, or written in Markdown. */
export function NoteCard({
  sessionId,
  note,
  title,
  visibility,
  privateToViewer = false,
  mayWrite,
  empty,
}: NoteCardProps) {
  const editor = useNoteEditor(sessionId, note);
  const headingId = useId();
  const Icon = privateToViewer ? Lock : Eye;
  return (
    <Card>
      <section aria-labelledby={headingId}>
        <CardHeader>
          <div>
            <CardTitle id={headingId}>{title}</CardTitle>
            <CardDescription className="flex items-start gap-1.5">
              <Icon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
              {visibility}
            </CardDescription>
          </div>
          {mayWrite && !editor.editing ? (
            <Button variant="secondary" size="sm" onClick={editor.start}>
              {note.body ? "Edit" : "Write"}
              <span className="sr-only"> {title.toLowerCase()}</span>
            </Button>
          ) : null}
        </CardHeader>
        <CardContent className="space-y-3">
          {editor.editing ? (
            <NoteEditor editor={editor} note={note} title={title} />
          ) : (
            <>
              <p role="status" className="text-sm font-medium text-emerald-700 empty:hidden">
                {editor.saved ? "Saved." : null}
              </p>
              <NoteHtml note={note} empty={empty} />
              {note.updatedAt ? (
                <p className="text-xs text-slate-600">
                  Last saved {formatDateTime(note.updatedAt)}
                  {note.updatedBy ? ` by ${note.updatedBy.name}` : ""}
                </p>
              ) : null}
            </>
          )}
        </CardContent>
      </section>
    </Card>
  );
}

function NoteEditor({
  editor,
  note,
  title,
}: {
  editor: NoteEditorState;
  note: SessionNote;
  title: string;
}) {
  const [preview, setPreview] = useState(false);
  const id = useId();
  if (editor.stale)
    return (
      <NoteConflict
        mine={editor.draft}
        theirs={editor.stale}
        pending={editor.pending}
        onKeepMine={editor.keepMine}
        onTakeTheirs={editor.takeTheirs}
      />
    );
  const unchanged = editor.draft === note.body;
  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        editor.save();
      }}
    >
      <FormAlert message={editor.problem} />
      <fieldset className="flex gap-1">
        <legend className="sr-only">Show</legend>
        <Button
          size="sm"
          variant={preview ? "ghost" : "secondary"}
          aria-pressed={!preview}
          onClick={() => setPreview(false)}
        >
          Write
        </Button>
        <Button
          size="sm"
          variant={preview ? "secondary" : "ghost"}
          aria-pressed={preview}
          onClick={() => setPreview(true)}
        >
          Preview
        </Button>
      </fieldset>
      {preview ? (
        <div className="rounded-md border border-slate-200 p-3">
          {unchanged ? (
            <NoteHtml note={note} empty="Nothing written yet." />
          ) : (
            <p className="text-sm text-slate-700">
              The preview shows the note as saved; save your changes to see them formatted.
            </p>
          )}
        </div>
      ) : (
        <div className="space-y-1.5">
          <label htmlFor={id} className="sr-only">
            {title}
          </label>
          <Textarea
            id={id}
            rows={8}
            maxLength={20_000}
            value={editor.draft}
            onChange={(event) => editor.setDraft(event.target.value)}
            aria-describedby={`${id}-hint`}
          />
          <p id={`${id}-hint`} className="text-sm text-slate-600">
            Markdown: **bold**, *italic*, - lists, [links](https://…).
          </p>
        </div>
      )}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={editor.pending}>
          Save
        </Button>
        <Button variant="secondary" onClick={editor.stop}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
