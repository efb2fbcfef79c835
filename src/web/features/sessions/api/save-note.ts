import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { noteInput, SessionNote, staleNote } from "../../../../contract/sessions";
import { apiRequest, isApiError } from "../../../lib/api-client";
import { sessionKeys, sessionPath } from "./session-keys";

export type NoteKind = SessionNote["kind"];
export type NoteInput = z.input<typeof noteInput>;

export function saveNote(sessionId: string, kind: NoteKind, body: NoteInput): Promise<SessionNote> {
  return apiRequest(`${sessionPath(sessionId)}/notes/${kind}`, { method: "PUT", body });
}

/** The note as someone else saved it meanwhile, when a save was refused as stale (409). */
export function staleNoteOf(error: unknown): SessionNote | null {
  if (!isApiError(error, 409)) return null;
  const current = (error.body as Partial<z.output<typeof staleNote>> | undefined)?.current;
  return current && typeof current.body === "string" ? current : null;
}

/** Saves a note from the revision the writer started from; the page is read again after. */
export function useSaveNote(sessionId: string, kind: NoteKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NoteInput) => saveNote(sessionId, kind, body),
    onSuccess: () =>
      void queryClient.invalidateQueries({ queryKey: sessionKeys.session(sessionId) }),
  });
}
