import { eq } from "drizzle-orm";
import { mayAssignClientWork } from "../../domain/engagement/client-work";
import type { Stage } from "../../domain/engagement/stages";
import type { Viewer } from "../access/viewer";
import { requireVisible } from "../access/visible-record";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import { coachingSession, engagement } from "../db/schema";
import { clientWork, findEngagementForClientWork } from "../engagements/client-work";
import { partyColumns } from "../engagements/queries";
import { findVisibleEngagement } from "../engagements/service";
import { AppError } from "../http/errors";

// Sessions are the client's and their coach's: both book, move and cancel them; for anyone else
// (the sponsor, the practice admin, other coaches) they do not exist (404).

const REFUSAL = "Only the client and their coach see the sessions.";

/** The engagement, for its client and coach; a booking also needs it still open. */
export async function requireSessionsOf(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
  write = false,
) {
  const found = await findEngagementForClientWork(ctx.db, viewer, engagementId, REFUSAL);
  if (write) refuseClosed(found.row.engagement.stage);
  return found;
}

/** The engagement, for its coach alone (its client gets 403), still open. */
export async function requireCoachOf(ctx: AppContext, viewer: Viewer, engagementId: string) {
  const found = await findVisibleEngagement(ctx.db, viewer, engagementId, {
    may: mayAssignClientWork,
    refusal: "Only the engagement's coach may do this.",
  });
  if (found.row.engagement.stage === "closed") throw closed();
  return found;
}

async function selectSessionGuard(tx: Executor, sessionId: string) {
  const [row] = await tx
    .select({
      session: {
        id: coachingSession.id,
        coachId: coachingSession.coachId,
        status: coachingSession.status,
        startsAt: coachingSession.startsAt,
        endsAt: coachingSession.endsAt,
        busyUntil: coachingSession.busyUntil,
        moves: coachingSession.moves,
        mode: coachingSession.mode,
        place: coachingSession.place,
      },
      stage: engagement.stage,
      parties: partyColumns,
    })
    .from(coachingSession)
    .innerJoin(engagement, eq(engagement.id, coachingSession.engagementId))
    .where(eq(coachingSession.id, sessionId))
    .for("update", { of: coachingSession });
  return row;
}
type SessionGuardRow = NonNullable<Awaited<ReturnType<typeof selectSessionGuard>>>;

const sessions = clientWork<SessionGuardRow>("This session");

/**
 * A session for a change inside `tx`, its row held until the transaction ends: visible to the
 * viewer, scheduled, not yet begun, in an open engagement; otherwise a 409 that says which.
 */
export async function requireSessionToChange(
  tx: Executor,
  viewer: Viewer,
  sessionId: string,
  now: Date,
) {
  const found = requireVisible(viewer, await selectSessionGuard(tx, sessionId), sessions);
  refuseClosed(found.row.stage);
  if (found.row.session.status === "cancelled")
    throw new AppError("session_cancelled", "This session is cancelled; book a new one instead.");
  if (found.row.session.startsAt <= now)
    throw new AppError(
      "session_past",
      "This session has started or is over; it can no longer change.",
    );
  return found;
}

function refuseClosed(stage: Stage) {
  if (stage === "closed") throw closed();
}

const closed = () =>
  new AppError("engagement_closed", "This engagement is closed; its sessions cannot change.");
