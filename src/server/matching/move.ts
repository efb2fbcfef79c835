import { and, count, eq, gt } from "drizzle-orm";
import type { MatchResult } from "../../contract/matching";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import { coachingSession, engagement, engagementCoachChange, membership } from "../db/schema";
import { AppError, invalidInput, notFound } from "../http/errors";
import { lockCoachWithRoom } from "./coaches";

// The admin moves an engagement to another coach. Everything of the engagement (its stages,
// goals, sessions held, shared notes, questionnaires) goes along, because it belongs to the
// engagement; the old coach loses the engagement with it, and their private session notes stay
// theirs alone (session notes of kind private are read by their author only). Sessions booked
// ahead hold the old coach's calendar, so they are cancelled or held first.

export async function moveToCoach(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
  input: { coachId: string; reason?: string | undefined },
): Promise<MatchResult> {
  return ctx.db.transaction(async (tx) => {
    const found = await lockEngagement(tx, viewer.practiceId, engagementId);
    if (found.stage === "closed") throw new AppError("engagement_closed");
    if (found.coachId === input.coachId)
      throw invalidInput([{ path: "coachId", message: "This coach has the engagement already" }]);
    await refuseBookedSessions(tx, engagementId);
    const coach = await lockCoachWithRoom(tx, viewer.practiceId, input.coachId);
    await tx.update(engagement).set({ coachId: coach.id }).where(eq(engagement.id, engagementId));
    await tx.insert(engagementCoachChange).values({
      engagementId,
      fromCoachId: found.coachId,
      toCoachId: coach.id,
      changedBy: viewer.userId,
      reason: input.reason || null,
    });
    await tx
      .update(membership)
      .set({ coachId: coach.id })
      .where(
        and(eq(membership.userId, found.clientId), eq(membership.practiceId, viewer.practiceId)),
      );
    return { engagementId, coach };
  });
}

async function lockEngagement(tx: Executor, practiceId: string, id: string) {
  const [row] = await tx
    .select({ coachId: engagement.coachId, clientId: engagement.clientId, stage: engagement.stage })
    .from(engagement)
    .where(and(eq(engagement.id, id), eq(engagement.practiceId, practiceId)))
    .for("update");
  if (!row) throw notFound("This engagement");
  return row;
}

async function refuseBookedSessions(tx: Executor, engagementId: string) {
  const [booked] = await tx
    .select({ n: count() })
    .from(coachingSession)
    .where(
      and(
        eq(coachingSession.engagementId, engagementId),
        eq(coachingSession.status, "scheduled"),
        gt(coachingSession.startsAt, new Date()),
      ),
    );
  const n = booked?.n ?? 0;
  if (n > 0)
    throw new AppError(
      "engagement_has_booked_sessions",
      `${n} session${n === 1 ? " is" : "s are"} booked ahead with the present coach. Cancel ${n === 1 ? "it" : "them"} before moving the client.`,
    );
}
