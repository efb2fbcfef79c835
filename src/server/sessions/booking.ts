import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type {
  bookSessionInput,
  cancelSessionInput,
  moveSessionInput,
  SessionSummary,
  updateSessionInput,
} from "../../contract/sessions";
import type { EngagementRelation } from "../../domain/engagement/access";
import { type BookingRules, slotRefusal } from "../../domain/sessions/availability";
import { isLateCancellation } from "../../domain/sessions/rules";
import { placeProblem } from "../../domain/sessions/session-place";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import { isExclusionViolation } from "../db/exclusion-violation";
import { coachingSession, engagement } from "../db/schema";
import { AppError, invalidInput } from "../http/errors";
import { requireSessionsOf, requireSessionToChange } from "./access";
import { requireTimeZone, rulesOf } from "./availability";
import { countUsed, presentSession, selectSession } from "./queries";
import { queueSessionMail } from "./session-mail";
import { remindersAnew } from "./session-reminders";

// Booking, moving, cancelling and changing a session. A coach is never in two sessions at once:
// the database's exclusion constraint refuses the second write (a 409), whoever wrote first.

const MINUTE = 60_000;

export async function bookSession(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
  input: z.output<typeof bookSessionInput>,
): Promise<SessionSummary> {
  const { row, relation } = await requireSessionsOf(ctx, viewer, engagementId, true);
  const coachId = row.engagement.coachId;
  const { rules } = await rulesOf(ctx.db, coachId);
  const zone = input.timeZone ? requireTimeZone(input.timeZone) : rules.timeZone;
  const startsAt = new Date(input.startsAt);
  refusePlace(input.mode, input.place ?? "");
  refuseStart(relation, rules, startsAt, new Date());
  const endsAt = new Date(startsAt.getTime() + rules.sessionMinutes * MINUTE);
  const id = randomUUID();
  await refusingClash(() =>
    ctx.db.transaction(async (tx) => {
      const planned = await lockEngagement(tx, engagementId, coachId);
      if (relation === "client" && (await countUsed(tx, engagementId)) >= planned)
        throw new AppError(
          "allowance_used",
          `All ${planned} sessions of this engagement are used or booked. Ask your coach about more.`,
        );
      await tx.insert(coachingSession).values({
        id,
        engagementId,
        coachId,
        startsAt,
        endsAt,
        busyUntil: new Date(endsAt.getTime() + rules.bufferMinutes * MINUTE),
        timeZone: zone,
        mode: input.mode,
        place: input.place ?? "",
        icalUid: `${id}@keel`,
        bookedBy: viewer.userId,
      });
      await queueSessionMail(ctx, tx, id, "booked");
    }),
  );
  return sessionSummary(ctx, id, rules);
}

export async function moveSession(
  ctx: AppContext,
  viewer: Viewer,
  sessionId: string,
  input: z.output<typeof moveSessionInput>,
): Promise<SessionSummary> {
  const now = new Date();
  const startsAt = new Date(input.startsAt);
  const rules = await refusingClash(() =>
    ctx.db.transaction(async (tx) => {
      const { row, relation } = await requireSessionToChange(tx, viewer, sessionId, now);
      const { rules } = await rulesOf(tx, row.session.coachId);
      if (row.session.moves >= rules.maxMoves)
        throw new AppError(
          "moves_used",
          `This session has been moved ${row.session.moves} times, the most allowed. Cancel it and book a new one instead.`,
        );
      refuseStart(relation, rules, startsAt, now);
      const length = row.session.endsAt.getTime() - row.session.startsAt.getTime();
      const buffer = row.session.busyUntil.getTime() - row.session.endsAt.getTime();
      const endsAt = new Date(startsAt.getTime() + length);
      await tx
        .update(coachingSession)
        .set({
          startsAt,
          endsAt,
          busyUntil: new Date(endsAt.getTime() + buffer),
          moves: sql`${coachingSession.moves} + 1`,
          sequence: sql`${coachingSession.sequence} + 1`,
          ...remindersAnew(now),
          updatedAt: now,
        })
        .where(eq(coachingSession.id, sessionId));
      await queueSessionMail(ctx, tx, sessionId, "moved", {
        movedFrom: { startsAt: row.session.startsAt, endsAt: row.session.endsAt },
        reason: input.reason,
      });
      return rules;
    }),
  );
  return sessionSummary(ctx, sessionId, rules);
}

export async function cancelSession(
  ctx: AppContext,
  viewer: Viewer,
  sessionId: string,
  input: z.output<typeof cancelSessionInput>,
): Promise<SessionSummary> {
  const now = new Date();
  const rules = await ctx.db.transaction(async (tx) => {
    const { row, relation } = await requireSessionToChange(tx, viewer, sessionId, now);
    const { rules } = await rulesOf(tx, row.session.coachId);
    // A client's late cancellation uses a session; the coach's never costs the client one.
    const counts =
      relation === "client" && isLateCancellation(row.session.startsAt, now, rules.lateCancelHours);
    await tx
      .update(coachingSession)
      .set({
        status: "cancelled",
        cancelledAt: now,
        cancelledBy: viewer.userId,
        cancelReason: input.reason || null,
        countsAsUsed: counts ? 1 : 0,
        sequence: sql`${coachingSession.sequence} + 1`,
        updatedAt: now,
      })
      .where(eq(coachingSession.id, sessionId));
    await queueSessionMail(ctx, tx, sessionId, "cancelled");
    return rules;
  });
  return sessionSummary(ctx, sessionId, rules);
}

/** The mode and place; the time moves only through `moveSession`. */
export async function updateSession(
  ctx: AppContext,
  viewer: Viewer,
  sessionId: string,
  input: z.output<typeof updateSessionInput>,
): Promise<SessionSummary> {
  const now = new Date();
  const rules = await ctx.db.transaction(async (tx) => {
    const { row } = await requireSessionToChange(tx, viewer, sessionId, now);
    const mode = input.mode ?? row.session.mode;
    const place = input.place ?? row.session.place;
    refusePlace(mode, place);
    // Only what differs: saving the same mode and place again sends nobody a mail.
    const changes = {
      ...(mode !== row.session.mode ? { mode } : {}),
      ...(place !== row.session.place ? { place } : {}),
    };
    if (Object.keys(changes).length > 0) {
      await tx
        .update(coachingSession)
        .set({ ...changes, sequence: sql`${coachingSession.sequence} + 1`, updatedAt: now })
        .where(eq(coachingSession.id, sessionId));
      await queueSessionMail(ctx, tx, sessionId, "updated");
    }
    return (await rulesOf(tx, row.session.coachId)).rules;
  });
  return sessionSummary(ctx, sessionId, rules);
}

/** An address in person, a number by phone, a video link of its own or none: else a 400. */
export function refusePlace(mode: Parameters<typeof placeProblem>[0], place: string): void {
  const problem = placeProblem(mode, place);
  if (problem) throw invalidInput([problem], problem.message);
}

/** The client books only a free slot; the coach any time ahead. Either way, 400 on `startsAt`. */
function refuseStart(relation: EngagementRelation, rules: BookingRules, startsAt: Date, now: Date) {
  const refusal =
    relation === "client"
      ? slotRefusal(rules, startsAt, now, [])
      : startsAt <= now
        ? "Choose a time in the future."
        : null;
  if (refusal) throw invalidInput([{ path: "startsAt", message: refusal }], refusal);
}

/** Holds the engagement's row so two bookings of one client count the allowance one by one. */
/**
 * Holds the engagement's row while a booking counts its allowance, and returns its sessions
 * planned. The booking read the coach before: if the admin moved the engagement to another coach
 * meanwhile, the session would land in the old coach's calendar, so it is refused.
 */
export async function lockEngagement(
  tx: Executor,
  engagementId: string,
  coachId: string,
): Promise<number> {
  const [row] = await tx
    .select({ planned: engagement.sessionsPlanned, coachId: engagement.coachId })
    .from(engagement)
    .where(eq(engagement.id, engagementId))
    // Not a key update: rows of other features may still refer to the engagement meanwhile.
    .for("no key update");
  if (row && row.coachId !== coachId) throw new AppError("coach_changed");
  return row?.planned ?? 0;
}

/** The coach's other session at that time, refused by the exclusion constraint: a 409. */
async function refusingClash<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isExclusionViolation(error, "coaching_session_coach_busy"))
      throw new AppError(
        "slot_taken",
        "The coach has another session at that time (or too close to it). Choose another time.",
      );
    throw error;
  }
}

async function sessionSummary(ctx: AppContext, id: string, rules: BookingRules) {
  const row = await selectSession(ctx.db, id);
  if (!row) throw new Error(`session ${id} vanished`);
  return presentSession(row, rules.maxMoves, new Date());
}
