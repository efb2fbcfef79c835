import type { z } from "zod";
import type { preparationInput, reflectionInput, SessionPage } from "../../contract/sessions";
import { defaultRules } from "../../domain/sessions/availability";
import { pageAbilities, preparationOpen, reflectionOpen } from "../../domain/sessions/page-rules";
import type { Viewer } from "../access/viewer";
import { type Permission, requireVisible } from "../access/visible-record";
import type { AppContext } from "../context";
import { sessionPreparation, sessionReflection } from "../db/schema";
import { clientWork } from "../engagements/client-work";
import { AppError } from "../http/errors";
import { readAgenda } from "./agenda";
import { replacePhrases } from "./note-phrases";
import { readNotes } from "./notes";
import { requireWritableSession } from "./page-access";
import { type SessionPageRow, selectSessionForPage, summaryOf } from "./page-present";
import { readSessionWork } from "./session-work";

// The session's page: the session, its agenda, the client's preparation and reflection, the
// notes the viewer may read, and what the viewer may write; and the client's own two writes.

const sessionsOnPage = clientWork<SessionPageRow>("This session");

export async function getSessionPage(
  ctx: AppContext,
  viewer: Viewer,
  sessionId: string,
): Promise<SessionPage> {
  const found = await selectSessionForPage(ctx.db, sessionId);
  const { row, relation } = requireVisible(viewer, found, sessionsOnPage);
  const open = row.stage !== "closed";
  const at = { sessionId, engagementId: row.session.engagementId, status: row.session.status };
  const [agenda, notes, work] = await Promise.all([
    readAgenda(ctx.db, sessionId),
    readNotes(ctx.db, viewer, sessionId),
    readSessionWork(ctx.db, relation, at, open),
  ]);
  const now = new Date();
  const summary = summaryOf(row, now);
  const writes = pageAbilities(relation, row.session, open, now);
  // As the scheduling routes allow: a scheduled session not yet begun, in an open engagement.
  const ahead = open && row.session.status === "scheduled" && row.session.startsAt > now;
  return {
    session: summary,
    agenda,
    preparation: presentPreparation(row.preparation ?? undefined),
    ...notes,
    reflection: presentReflection(row.reflection ?? undefined),
    ...work,
    lateCancelHours: row.lateCancelHours ?? defaultRules(null).lateCancelHours,
    may: { ...writes, move: ahead && summary.movesLeft > 0, cancel: ahead, change: ahead },
  };
}

const clientOnly = (refusal: string): Permission => ({
  may: (relation) => relation === "client",
  refusal,
});
const PREPARES = clientOnly("Only the client prepares for the session.");
const REFLECTS = clientOnly("Only the client reflects on the session.");

export async function savePreparation(
  ctx: AppContext,
  viewer: Viewer,
  sessionId: string,
  input: z.output<typeof preparationInput>,
) {
  return ctx.db.transaction(async (tx) => {
    const { row } = await requireWritableSession(tx, viewer, sessionId, PREPARES);
    if (!preparationOpen(row.session, new Date()))
      throw new AppError("session_past", "This session is over; its preparation cannot change.");
    const values = { sessionId, engagementId: row.session.engagementId, ...input };
    const [saved] = await tx
      .insert(sessionPreparation)
      .values(values)
      .onConflictDoUpdate({
        target: sessionPreparation.sessionId,
        set: { ...input, updatedAt: new Date() },
      })
      .returning();
    if (!saved) throw new Error("the preparation was not saved");
    return presentPreparation(saved);
  });
}

export async function saveReflection(
  ctx: AppContext,
  viewer: Viewer,
  sessionId: string,
  input: z.output<typeof reflectionInput>,
) {
  return ctx.db.transaction(async (tx) => {
    const { row } = await requireWritableSession(tx, viewer, sessionId, REFLECTS);
    if (!reflectionOpen(row.session, new Date()))
      throw new AppError(
        "session_not_started",
        "This session has not started yet; reflect on it once it has.",
      );
    const values = { sessionId, engagementId: row.session.engagementId, ...input };
    const [saved] = await tx
      .insert(sessionReflection)
      .values(values)
      .onConflictDoUpdate({
        target: sessionReflection.sessionId,
        set: { ...input, updatedAt: new Date() },
      })
      .returning();
    if (!saved) throw new Error("the reflection was not saved");
    const source = { ...values, source: "reflection" as const, authorId: viewer.userId };
    await replacePhrases(tx, source, `${saved.learned}\n\n${saved.differently}`);
    return presentReflection(saved);
  });
}

function presentPreparation(row: typeof sessionPreparation.$inferSelect | undefined) {
  return {
    wins: row?.wins ?? "",
    focus: row?.focus ?? "",
    question: row?.question ?? "",
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

function presentReflection(row: typeof sessionReflection.$inferSelect | undefined) {
  return {
    learned: row?.learned ?? "",
    differently: row?.differently ?? "",
    rating: row?.rating ?? null,
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}
