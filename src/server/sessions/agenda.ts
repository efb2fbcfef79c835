import { asc, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { agendaItem } from "../../contract/sessions";
import { mayRemoveAgendaItem } from "../../domain/sessions/page-rules";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import type { Database } from "../db/database";
import { preparedStatement } from "../db/prepared-statements";
import { sessionAgendaItem, user } from "../db/schema";
import { forbidden, notFound } from "../http/errors";
import { requireWritableSession } from "./page-access";

// A session's agenda: what either side wants to talk about; an item goes when its author or
// the coach takes it off.

type AgendaItem = z.output<typeof agendaItem>;

function prepareAgenda(db: Database) {
  return db
    .select({
      id: sessionAgendaItem.id,
      text: sessionAgendaItem.text,
      addedBy: { id: user.id, name: user.name },
      createdAt: sessionAgendaItem.createdAt,
    })
    .from(sessionAgendaItem)
    .innerJoin(user, eq(user.id, sessionAgendaItem.addedBy))
    .where(eq(sessionAgendaItem.sessionId, sql.placeholder("sessionId")))
    .orderBy(asc(sessionAgendaItem.createdAt), asc(sessionAgendaItem.id))
    .prepare("keel_session_agenda");
}

const agendaOf = preparedStatement(prepareAgenda);

/** The session's agenda, oldest first; read on every visit of the page, so prepared. */
export async function readAgenda(db: Database, sessionId: string): Promise<AgendaItem[]> {
  const rows = await agendaOf(db).execute({ sessionId });
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}

export async function addAgendaItem(
  ctx: AppContext,
  viewer: Viewer,
  sessionId: string,
  text: string,
): Promise<AgendaItem> {
  return ctx.db.transaction(async (tx) => {
    const { row } = await requireWritableSession(tx, viewer, sessionId);
    const [added] = await tx
      .insert(sessionAgendaItem)
      .values({
        engagementId: row.session.engagementId,
        sessionId,
        text,
        addedBy: viewer.userId,
      })
      .returning();
    if (!added) throw new Error("the agenda item was not added");
    return {
      id: added.id,
      text: added.text,
      addedBy: { id: viewer.userId, name: viewer.name },
      createdAt: added.createdAt.toISOString(),
    };
  });
}

export async function removeAgendaItem(ctx: AppContext, viewer: Viewer, itemId: string) {
  await ctx.db.transaction(async (tx) => {
    const [item] = await tx
      .select({ sessionId: sessionAgendaItem.sessionId, addedBy: sessionAgendaItem.addedBy })
      .from(sessionAgendaItem)
      .where(eq(sessionAgendaItem.id, itemId));
    if (!item) throw notFound("This agenda item");
    const session = item.sessionId;
    const { relation } = await requireWritableSession(
      tx,
      viewer,
      session,
      undefined,
      "agenda item",
    );
    if (!mayRemoveAgendaItem(relation, viewer.userId, item.addedBy))
      throw forbidden("Only its author or the coach takes an item off the agenda.");
    await tx.delete(sessionAgendaItem).where(eq(sessionAgendaItem.id, itemId));
  });
}
