// The rules of moving and cancelling a session, and of counting the engagement's allowance.

const HOUR = 3_600_000;

/** A cancellation this close to the start (or after it) counts as a session used. */
export function isLateCancellation(
  startsAt: Date,
  cancelledAt: Date,
  lateCancelHours: number,
): boolean {
  return startsAt.getTime() - cancelledAt.getTime() < lateCancelHours * HOUR;
}

export function movesLeft(moves: number, maxMoves: number): number {
  return Math.max(0, maxMoves - moves);
}

export interface Allowance {
  planned: number;
  used: number;
  left: number;
}

/** Used: every scheduled session, held or ahead, and the late cancellations that count. */
export function allowanceOf(
  planned: number,
  counts: { scheduled: number; countedCancellations: number },
): Allowance {
  const used = counts.scheduled + counts.countedCancellations;
  return { planned, used, left: Math.max(0, planned - used) };
}

/** How the pages group a session. */
export function whenOf(
  session: { status: "scheduled" | "cancelled"; endsAt: Date },
  now: Date,
): "upcoming" | "past" | "cancelled" {
  if (session.status === "cancelled") return "cancelled";
  return session.endsAt.getTime() <= now.getTime() ? "past" : "upcoming";
}
