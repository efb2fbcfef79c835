import { and, eq } from "drizzle-orm";
import type { MovePreview, MoveResult } from "../../contract/matching";
import type { Viewer } from "../access/viewer";
import { agreementAfterCoachMove } from "../agreements/coach-move";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import { engagement, engagementCoachChange, membership, user } from "../db/schema";
import { AppError, invalidInput, notFound } from "../http/errors";
import { cancelSessionsAhead, sessionsAhead } from "../sessions/cancel-ahead";
import { lockCoachWithRoom } from "./coaches";
import { mailClientOfMove } from "./move-mail";

// The admin moves an engagement to another coach. Everything of the engagement (its stages,
// goals, sessions held, shared notes, questionnaires) goes along, because it belongs to the
// engagement; the old coach loses the engagement with it, and their private session notes stay
// theirs alone (session notes of kind private are read by their author only). Sessions booked
// ahead hold the old coach's calendar: the move cancels them, with the usual mails, and the
// client books the next ones with the new coach. The new coach has agreed to nothing, so the
// three-way agreement waits for their acceptance. All of it in one transaction, or none.

export async function moveToCoach(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
  input: { coachId: string; reason?: string | undefined },
): Promise<MoveResult> {
  return ctx.db.transaction(async (tx) => {
    const found = await lockEngagement(tx, viewer.practiceId, engagementId);
    if (found.stage === "closed") throw new AppError("engagement_closed");
    if (found.coachId === input.coachId)
      throw invalidInput([{ path: "coachId", message: "This coach has the engagement already" }]);
    const coach = await lockCoachWithRoom(tx, viewer.practiceId, input.coachId);
    const sessionsCancelled = await cancelSessionsAhead(ctx, tx, engagementId, {
      cancelledBy: viewer.userId,
      reason: `The engagement moves to another coach, ${coach.name}; the client books their next sessions with them.`,
      now: new Date(),
    });
    // The video link was the old coach's room: the new coach sets their own.
    await tx
      .update(engagement)
      .set({ coachId: coach.id, meetingLink: null })
      .where(eq(engagement.id, engagementId));
    await tx.insert(engagementCoachChange).values({
      engagementId,
      fromCoachId: found.coachId,
      toCoachId: coach.id,
      changedBy: viewer.userId,
      reason: input.reason || null,
    });
    // The client's coach of record follows only when it was this engagement's coach: a client
    // with coaching of their own beside the programme keeps their own coach.
    await tx
      .update(membership)
      .set({ coachId: coach.id })
      .where(
        and(
          eq(membership.userId, found.clientId),
          eq(membership.practiceId, viewer.practiceId),
          eq(membership.coachId, found.coachId),
        ),
      );
    const moved = { ...found, id: engagementId, practiceId: viewer.practiceId };
    await agreementAfterCoachMove(ctx, tx, moved, coach.id);
    await mailClientOfMove(ctx, tx, {
      engagement: moved,
      from: await nameOf(tx, found.coachId),
      to: coach.name,
      sessionsCancelled,
    });
    return { engagementId, coach, sessionsCancelled };
  });
}

/** What a move would cancel, for the admin's dialog. */
export async function previewMove(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
): Promise<MovePreview> {
  const [found] = await ctx.db
    .select({ id: engagement.id })
    .from(engagement)
    .where(and(eq(engagement.id, engagementId), eq(engagement.practiceId, viewer.practiceId)));
  if (!found) throw notFound("This engagement");
  const ahead = await sessionsAhead(ctx.db, engagementId, new Date());
  return { sessionsAhead: ahead.count, nextSessionAt: ahead.nextAt?.toISOString() ?? null };
}

async function lockEngagement(tx: Executor, practiceId: string, id: string) {
  const [row] = await tx
    .select({
      coachId: engagement.coachId,
      clientId: engagement.clientId,
      sponsorId: engagement.sponsorId,
      stage: engagement.stage,
      title: engagement.title,
    })
    .from(engagement)
    .where(and(eq(engagement.id, id), eq(engagement.practiceId, practiceId)))
    .for("update");
  if (!row) throw notFound("This engagement");
  return row;
}

async function nameOf(tx: Executor, userId: string): Promise<string> {
  const [row] = await tx.select({ name: user.name }).from(user).where(eq(user.id, userId));
  return row?.name ?? "your coach";
}
