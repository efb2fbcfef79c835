import { useState } from "react";
import type { SessionNote } from "../../../../contract/sessions";
import { formMessageOf } from "../../../lib/form-errors";
import { staleNoteOf, useSaveNote } from "../api/save-note";

/**
 * The state of one note being written: the draft, the revision it started from, and the newer
 * note someone saved meanwhile when a save was refused (409) – until the writer chooses.
 */
export function useNoteEditor(sessionId: string, note: SessionNote) {
  const save = useSaveNote(sessionId, note.kind);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(note.body);
  const [revision, setRevision] = useState(note.revision);
  const [stale, setStale] = useState<SessionNote | null>(null);
  const [saved, setSaved] = useState(false);

  function start() {
    setDraft(note.body);
    setRevision(note.revision);
    setStale(null);
    setSaved(false);
    save.reset();
    setEditing(true);
  }

  function send(body: string, fromRevision: number) {
    save.mutate(
      { body, revision: fromRevision },
      {
        onSuccess: () => {
          setEditing(false);
          setStale(null);
          setSaved(true);
        },
        onError: (error) => {
          const current = staleNoteOf(error);
          if (current) setStale(current);
        },
      },
    );
  }

  return {
    editing,
    draft,
    setDraft,
    stale,
    saved,
    pending: save.isPending,
    problem: staleNoteOf(save.error) ? null : formMessageOf(save.error),
    start,
    stop: () => setEditing(false),
    save: () => send(draft, revision),
    /** Saves the writer's own text over the newer note, knowingly. */
    keepMine: () => stale && send(draft, stale.revision),
    /** Drops the writer's text for the newer note, and keeps editing from it. */
    takeTheirs: () => {
      if (!stale) return;
      setDraft(stale.body);
      setRevision(stale.revision);
      setStale(null);
      save.reset();
    },
  };
}

export type NoteEditorState = ReturnType<typeof useNoteEditor>;
