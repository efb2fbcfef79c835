import { eq } from "drizzle-orm";
import type { EngagementRelation } from "../../domain/engagement/access";
import type { Viewer } from "../access/viewer";
import { type Permission, requireVisible } from "../access/visible-record";
import type { Executor } from "../db/database";
import { coachingSession, engagement } from "../db/schema";
import { clientWork } from "../engagements/client-work";
import { partyColumns } from "../engagements/queries";
import { AppError } from "../http/errors";

// A session and everything written for it belong to the engagement's coach and client: for
// anyone else (its sponsor, the practice admin, other coaches) the session does not exist (404).

async function selectSessionGuard(db: Executor, sessionId: string, lock: boolean) {
  const query = db
    .select({
      session: {
        id: coachingSession.id,
        engagementId: coachingSession.engagementId,
        status: coachingSession.status,
        startsAt: coachingSession.startsAt,
        endsAt: coachingSession.endsAt,
      },
      stage: engagement.stage,
      parties: partyColumns,
    })
    .from(coachingSession)
    .innerJoin(engagement, eq(engagement.id, coachingSession.engagementId))
    .where(eq(coachingSession.id, sessionId));
  // A write holds the session's row until it commits, so a cancellation cannot slip in between.
  const [row] = await (lock ? query.for("share", { of: coachingSession }) : query);
  return row;
}
export type SessionGuardRow = NonNullable<Awaited<ReturnType<typeof selectSessionGuard>>>;

const sessions = clientWork<SessionGuardRow>("This session");
const agendaItems = clientWork<SessionGuardRow>("This agenda item");
const commitments = clientWork<SessionGuardRow>("This commitment");

/** The session, for its coach and client; `toDo` refuses the one of them who may not (403). */
export async function requireSessionOnPage(
  db: Executor,
  viewer: Viewer,
  sessionId: string,
  toDo?: Permission,
): Promise<{ row: SessionGuardRow; relation: EngagementRelation }> {
  return requireVisible(viewer, await selectSessionGuard(db, sessionId, false), sessions, toDo);
}

/**
 * The session, for a write inside `tx`: visible to the viewer, allowed by `toDo`, and still
 * taking place in an open engagement (otherwise a 409 that says so). Reached through one of its
 * agenda items or commitments, a 404 names the item, as a missing item's does.
 */
export async function requireWritableSession(
  tx: Executor,
  viewer: Viewer,
  sessionId: string,
  toDo?: Permission,
  through: "session" | "agenda item" | "commitment" = "session",
): Promise<{ row: SessionGuardRow; relation: EngagementRelation }> {
  const kind = { session: sessions, "agenda item": agendaItems, commitment: commitments }[through];
  const found = requireVisible(viewer, await selectSessionGuard(tx, sessionId, true), kind, toDo);
  if (found.row.session.status === "cancelled")
    throw new AppError("session_cancelled", "This session is cancelled; nothing on it can change.");
  if (found.row.stage === "closed")
    throw new AppError(
      "engagement_closed",
      "This engagement is closed; its sessions cannot change.",
    );
  return found;
}
