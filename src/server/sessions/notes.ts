import { and, eq, ne, or, sql } from "drizzle-orm";
import type { PersonRef } from "../../contract/common";
import type { SessionNote } from "../../contract/sessions";
import { mayWriteNote, type NoteKind } from "../../domain/sessions/page-rules";
import type { Viewer } from "../access/viewer";
import type { Permission } from "../access/visible-record";
import type { AppContext } from "../context";
import type { Database, Executor } from "../db/database";
import { preparedStatement } from "../db/prepared-statements";
import { sessionNote, user } from "../db/schema";
import { StaleVersion } from "../goals/stale";
import { renderNote } from "./markdown";
import { replacePhrases } from "./note-phrases";
import { requireWritableSession } from "./page-access";

// A session's notes: the coach's feedback and the shared notes, read by coach and client, and
// each one's private note, which only its author ever reads. Every read of a private note is
// keyed by the viewer's own id, so no route can hand one to anybody else.

export interface NoteInput {
  body: string;
  revision: number;
}

const writers = (kind: NoteKind, refusal: string): Permission => ({
  may: (relation) => mayWriteNote(kind, relation),
  refusal,
});
const WRITERS: Record<NoteKind, Permission> = {
  feedback: writers("feedback", "Only the coach writes the feedback and guidance."),
  shared: writers("shared", "Only the coach and the client write the shared notes."),
  private: writers("private", "Only the coach and the client keep private notes here."),
};

const noteColumns = {
  kind: sessionNote.kind,
  body: sessionNote.body,
  revision: sessionNote.revision,
  updatedBy: { id: user.id, name: user.name },
  updatedAt: sessionNote.updatedAt,
};

/** A note as saved, with who saved it last. */
interface StoredNote {
  body: string;
  revision: number;
  updatedBy: PersonRef;
  updatedAt: Date;
}

function prepareNotes(db: Database) {
  return db
    .select(noteColumns)
    .from(sessionNote)
    .innerJoin(user, eq(user.id, sessionNote.authorId))
    .where(
      and(
        eq(sessionNote.sessionId, sql.placeholder("sessionId")),
        or(ne(sessionNote.kind, "private"), eq(sessionNote.authorId, sql.placeholder("viewerId"))),
      ),
    )
    .prepare("keel_session_notes");
}

const notesOf = preparedStatement(prepareNotes);

/**
 * The session's feedback and shared notes, and the viewer's own private note: nobody else's.
 * Read on every visit of the page, so prepared.
 */
export async function readNotes(db: Database, viewer: Viewer, sessionId: string) {
  const rows = await notesOf(db).execute({ sessionId, viewerId: viewer.userId });
  const of = (kind: NoteKind) =>
    presentNote(
      kind,
      rows.find((row) => row.kind === kind),
    );
  return { feedback: of("feedback"), shared: of("shared"), privateNote: of("private") };
}

/**
 * Saves a note written from `revision` (0: there was none yet). Someone else's save since then
 * saves nothing: the 409 carries the note as it is now, so the writer sees both.
 */
export async function writeNote(
  ctx: AppContext,
  viewer: Viewer,
  sessionId: string,
  kind: NoteKind,
  input: NoteInput,
): Promise<SessionNote> {
  return ctx.db.transaction(async (tx) => {
    const { row } = await requireWritableSession(tx, viewer, sessionId, WRITERS[kind]);
    const at = { engagementId: row.session.engagementId, sessionId, kind, viewer };
    const saved =
      input.revision === 0 ? await insertNote(tx, at, input.body) : await updateNote(tx, at, input);
    if (!saved) throw staleNote(await currentNote(tx, viewer, sessionId, kind));
    await replacePhrases(tx, { ...at, source: kind, authorId: viewer.userId }, input.body);
    return presentNote(kind, { ...saved, updatedBy: { id: viewer.userId, name: viewer.name } });
  });
}

interface NoteAt {
  engagementId: string;
  sessionId: string;
  kind: NoteKind;
  viewer: Viewer;
}

const savedColumns = {
  body: sessionNote.body,
  revision: sessionNote.revision,
  updatedAt: sessionNote.updatedAt,
};

/** The first save; a note someone saved first meanwhile is kept (the unique indexes decide). */
async function insertNote(tx: Executor, at: NoteAt, body: string) {
  const [row] = await tx
    .insert(sessionNote)
    .values({
      engagementId: at.engagementId,
      sessionId: at.sessionId,
      kind: at.kind,
      authorId: at.viewer.userId,
      body,
      revision: 1,
    })
    .onConflictDoNothing()
    .returning(savedColumns);
  return row;
}

/** A save on the revision the writer started from, when it is still the current one. */
async function updateNote(tx: Executor, at: NoteAt, input: NoteInput) {
  const [row] = await tx
    .update(sessionNote)
    .set({
      body: input.body,
      authorId: at.viewer.userId,
      revision: input.revision + 1,
      updatedAt: sql`now()`,
    })
    .where(and(noteOf(at.sessionId, at.kind, at.viewer), eq(sessionNote.revision, input.revision)))
    .returning(savedColumns);
  return row;
}

function noteOf(sessionId: string, kind: NoteKind, viewer: Viewer) {
  const ofSession = and(eq(sessionNote.sessionId, sessionId), eq(sessionNote.kind, kind));
  return kind === "private" ? and(ofSession, eq(sessionNote.authorId, viewer.userId)) : ofSession;
}

async function currentNote(tx: Executor, viewer: Viewer, sessionId: string, kind: NoteKind) {
  const [row] = await tx
    .select(noteColumns)
    .from(sessionNote)
    .innerJoin(user, eq(user.id, sessionNote.authorId))
    .where(noteOf(sessionId, kind, viewer));
  return presentNote(kind, row);
}

function staleNote(current: SessionNote) {
  return new StaleVersion(
    "Someone saved this note meanwhile. Here it is as it is now: compare, then save yours again.",
    { current },
  );
}

function presentNote(kind: NoteKind, row: StoredNote | undefined): SessionNote {
  if (!row) return { kind, body: "", html: "", revision: 0, updatedBy: null, updatedAt: null };
  return {
    kind,
    body: row.body,
    html: renderNote(row.body),
    revision: row.revision,
    updatedBy: row.updatedBy,
    updatedAt: row.updatedAt.toISOString(),
  };
}
