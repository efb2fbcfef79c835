import { and, asc, eq, max } from "drizzle-orm";
import type { SustainCheckInView } from "../../contract/sustain";
import type { Day } from "../../domain/goals/dates";
import { localParts } from "../../domain/sessions/zoned-time";
import type { SelfCheckIn } from "../../domain/sustain/slips";
import type { Executor } from "../db/database";
import { engagementStageChange, sustainCheckIn } from "../db/schema";

/**
 * The day the coaching ended, in the client's zone: the day the engagement last moved to
 * sustaining, else (in sustaining without a recorded move) its planned end. An engagement closed
 * without reaching sustaining has no end to count self check-ins from.
 */
export async function selectEndedOn(
  db: Executor,
  found: { id: string; stage: string; plannedEndDate: string | null },
  timeZone: string,
): Promise<Day | null> {
  const [row] = await db
    .select({ at: max(engagementStageChange.changedAt) })
    .from(engagementStageChange)
    .where(
      and(
        eq(engagementStageChange.engagementId, found.id),
        eq(engagementStageChange.toStage, "sustaining"),
      ),
    );
  if (row?.at) return localParts(new Date(row.at), timeZone).date;
  return found.stage === "sustaining" ? found.plannedEndDate : null;
}

export type CheckInRow = typeof sustainCheckIn.$inferSelect;

export async function selectSustainCheckIns(db: Executor, engagementId: string) {
  return db
    .select()
    .from(sustainCheckIn)
    .where(eq(sustainCheckIn.engagementId, engagementId))
    .orderBy(asc(sustainCheckIn.due));
}

export function statusOf(row: CheckInRow, now: Date): SustainCheckInView["status"] {
  if (row.answeredAt) return "answered";
  if (row.outcome === "skipped") return "skipped";
  return row.expiresAt && row.expiresAt <= now ? "missed" : "waiting";
}

/**
 * The check-ins a slip is judged on, oldest first: answered ones and those whose link expired
 * unanswered. One still waiting is not judged yet; one skipped never reached the client.
 */
export function settledCheckIns(rows: readonly CheckInRow[], now: Date): SelfCheckIn[] {
  return rows.flatMap((row): SelfCheckIn[] => {
    const status = statusOf(row, now);
    if (status === "answered")
      return [{ due: row.due, answered: true, ratings: row.ratings ?? {} }];
    if (status === "missed") return [{ due: row.due, answered: false }];
    return [];
  });
}

export function toCheckInView(row: CheckInRow, now: Date): SustainCheckInView {
  return {
    due: row.due,
    status: statusOf(row, now),
    answeredAt: row.answeredAt?.toISOString() ?? null,
    ratings: Object.entries(row.ratings ?? {}).map(([itemId, rating]) => ({ itemId, rating })),
    howItWent: row.howItWent,
    note: row.note,
  };
}
