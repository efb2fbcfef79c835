import { randomUUID } from "node:crypto";
import { and, asc, eq, gt, lte, sql } from "drizzle-orm";
import type { z } from "zod";
import type {
  SeriesPreview,
  SeriesSummary,
  seriesInput,
  seriesPreviewQuery,
} from "../../contract/session-series";
import type { EngagementParties } from "../../domain/engagement/access";
import type { Stage } from "../../domain/engagement/stages";
import type { BusyRange } from "../../domain/sessions/availability";
import { expandSeries, type SeriesPattern } from "../../domain/sessions/recurrence";
import { localParts } from "../../domain/sessions/zoned-time";
import type { Viewer } from "../access/viewer";
import { requireVisible } from "../access/visible-record";
import type { AppContext } from "../context";
import type { Executor, Transaction } from "../db/database";
import { isExclusionViolation } from "../db/exclusion-violation";
import { coachingSession, engagement, sessionSeries } from "../db/schema";
import { clientWork } from "../engagements/client-work";
import { partyColumns } from "../engagements/queries";
import { AppError, forbidden, invalidInput } from "../http/errors";
import { requireSessionsOf } from "./access";
import { requireTimeZone, rulesOf } from "./availability";
import { lockEngagement, refusePlace } from "./booking";
import { busyRanges, countUsed, presentSession, selectEngagementSessions } from "./queries";
import { queueSeriesMail } from "./series-mail";
import { shortTime } from "./session-mail-text";

// A series of sessions the coach schedules at once by a recurrence rule. Every occurrence is a
// session of its own (booked against the allowance, moved or cancelled one by one) carrying the
// series' UID and its original start; all are written in one transaction or none is.

const MINUTE = 60_000;
const COACH_ONLY = "Only the coach schedules a series; book single sessions instead.";

interface Occurrence {
  startsAt: Date;
  endsAt: Date;
  busyUntil: Date;
}

/** The dates a rule gives, each marked when the coach is taken then: nothing is saved. */
export async function previewSeries(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
  query: z.output<typeof seriesPreviewQuery>,
): Promise<SeriesPreview> {
  const { coachId, sessionsPlanned } = await requireCoach(ctx, viewer, engagementId);
  const { pattern, occurrences, rrule } = await expandRequest(ctx.db, coachId, query);
  const clashing = await clashesOf(ctx.db, coachId, occurrences);
  const used = await countUsed(ctx.db, engagementId);
  return {
    occurrences: occurrences.map((o) => ({
      startsAt: o.startsAt.toISOString(),
      endsAt: o.endsAt.toISOString(),
      ...localOf(o.startsAt, pattern.timeZone),
      clashes: clashing.has(o),
    })),
    sessionsLeft: Math.max(0, sessionsPlanned - used),
    rrule,
  };
}

export async function createSeries(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
  input: z.output<typeof seriesInput>,
): Promise<SeriesSummary> {
  const { coachId } = await requireCoach(ctx, viewer, engagementId);
  refusePlace(input.mode, input.place ?? "");
  const { pattern, occurrences, rrule, durationMinutes } = await expandRequest(
    ctx.db,
    coachId,
    input,
  );
  const id = randomUUID();
  try {
    await ctx.db.transaction(async (tx) => {
      const planned = await lockEngagement(tx, engagementId, coachId);
      const left = Math.max(0, planned - (await countUsed(tx, engagementId)));
      if (occurrences.length > left)
        throw new AppError("allowance_used", allowanceRefusal(occurrences.length, left, planned));
      const clashing = await clashesOf(tx, coachId, occurrences);
      if (clashing.size > 0) throw clashError([...clashing], pattern.timeZone);
      const [series] = await tx
        .insert(sessionSeries)
        .values({
          id,
          engagementId,
          coachId,
          rrule,
          timeZone: pattern.timeZone,
          firstDate: pattern.firstDate,
          localTime: pattern.localTime,
          durationMinutes,
          mode: input.mode,
          place: input.place ?? "",
          icalUid: `${id}@keel`,
          createdBy: viewer.userId,
        })
        .returning();
      if (!series) throw new Error("the series was not saved");
      await tx.insert(coachingSession).values(
        occurrences.map((o) => ({
          engagementId,
          coachId,
          seriesId: id,
          ...o,
          originalStartsAt: o.startsAt,
          timeZone: pattern.timeZone,
          mode: input.mode,
          place: input.place ?? "",
          icalUid: series.icalUid,
          bookedBy: viewer.userId,
        })),
      );
      await queueSeriesMail(ctx, tx, series, "scheduled", {
        kept: occurrences.map((o) => o.startsAt),
        cancelled: [],
      });
    });
  } catch (error) {
    // Another booking between the read and the write: the constraint refused it.
    if (isExclusionViolation(error, "coaching_session_coach_busy"))
      throw clashError([...(await clashesOf(ctx.db, coachId, occurrences))], pattern.timeZone);
    throw error;
  }
  return seriesSummary(ctx, id);
}

/** Cancels every occurrence not yet begun; the earlier ones stay as they were. */
export async function cancelSeries(
  ctx: AppContext,
  viewer: Viewer,
  seriesId: string,
): Promise<SeriesSummary> {
  const [found] = await ctx.db
    .select({ id: sessionSeries.id, stage: engagement.stage, parties: partyColumns })
    .from(sessionSeries)
    .innerJoin(engagement, eq(engagement.id, sessionSeries.engagementId))
    .where(eq(sessionSeries.id, seriesId));
  const { row, relation } = requireVisible(
    viewer,
    found,
    clientWork<SeriesGuardRow>("This series"),
  );
  if (relation !== "coach") throw forbidden("Only the coach cancels a whole series.");
  if (row.stage === "closed")
    throw new AppError(
      "engagement_closed",
      "This engagement is closed; its sessions cannot change.",
    );
  const now = new Date();
  await ctx.db.transaction(async (tx) => {
    const [held] = await tx
      .select()
      .from(sessionSeries)
      .where(eq(sessionSeries.id, seriesId))
      .for("update");
    if (!held || held.cancelledAt) throw new AppError("series_cancelled");
    await cancelSeriesAhead(ctx, tx, held, viewer.userId, now);
  });
  return seriesSummary(ctx, seriesId);
}

/**
 * In the caller's transaction, with the series' row held: cancels its occurrences not yet begun,
 * keeps the earlier ones in its rule, and records the series' mail (one CANCEL or update each).
 */
export async function cancelSeriesAhead(
  ctx: Pick<AppContext, "config" | "mailer">,
  tx: Transaction,
  held: typeof sessionSeries.$inferSelect,
  cancelledBy: string,
  now: Date,
): Promise<void> {
  const seriesId = held.id;
  const cancelled = await tx
    .update(coachingSession)
    .set({
      status: "cancelled",
      cancelledAt: now,
      cancelledBy,
      sequence: sql`${coachingSession.sequence} + 1`,
      updatedAt: now,
    })
    .where(
      and(
        eq(coachingSession.seriesId, seriesId),
        eq(coachingSession.status, "scheduled"),
        gt(coachingSession.startsAt, now),
      ),
    )
    .returning({ originalStartsAt: coachingSession.originalStartsAt });
  const kept = await tx
    .select({ originalStartsAt: coachingSession.originalStartsAt })
    .from(coachingSession)
    .where(and(eq(coachingSession.seriesId, seriesId), lte(coachingSession.originalStartsAt, now)))
    .orderBy(asc(coachingSession.originalStartsAt));
  // The rule keeps the occurrences already begun: COUNT of them (none: the event is cancelled).
  const rrule =
    kept.length > 0 ? held.rrule.replace(/COUNT=\d+/, `COUNT=${kept.length}`) : held.rrule;
  const [series] = await tx
    .update(sessionSeries)
    .set({ rrule, cancelledAt: now, sequence: sql`${sessionSeries.sequence} + 1` })
    .where(eq(sessionSeries.id, seriesId))
    .returning();
  if (!series) throw new Error("the series vanished");
  const startsOf = (rows: { originalStartsAt: Date | null }[]) =>
    rows.flatMap((row) => (row.originalStartsAt ? [row.originalStartsAt] : []));
  await queueSeriesMail(ctx, tx, series, "cancelled", {
    kept: startsOf(kept),
    cancelled: startsOf(cancelled).sort((a, b) => a.getTime() - b.getTime()),
  });
}

interface SeriesGuardRow {
  id: string;
  stage: Stage;
  parties: EngagementParties;
}

/** The engagement's sessions, for its coach alone: as for sessions to others, 403 to its client. */
async function requireCoach(ctx: AppContext, viewer: Viewer, engagementId: string) {
  const { row, relation } = await requireSessionsOf(ctx, viewer, engagementId, true);
  if (relation !== "coach") throw forbidden(COACH_ONLY);
  return { coachId: row.engagement.coachId, sessionsPlanned: row.engagement.sessionsPlanned };
}

/** The rule expanded in the series' zone, with the coach's session length and buffer. */
async function expandRequest(db: Executor, coachId: string, input: SeriesPattern) {
  const timeZone = requireTimeZone(input.timeZone);
  const expanded = expandSeries({ ...input, timeZone });
  if (!expanded.ok) throw invalidInput([expanded.problem], expanded.problem.message);
  const { starts, rrule } = expanded.value;
  const first = starts[0];
  if (!first || first <= new Date())
    throw invalidInput([{ path: "firstDate", message: "The first session must be in the future" }]);
  const { rules } = await rulesOf(db, coachId);
  const occurrences: Occurrence[] = starts.map((startsAt) => {
    const endsAt = new Date(startsAt.getTime() + rules.sessionMinutes * MINUTE);
    return {
      startsAt,
      endsAt,
      busyUntil: new Date(endsAt.getTime() + rules.bufferMinutes * MINUTE),
    };
  });
  // DTSTART is the first occurrence, so the rule and the sessions agree in every calendar.
  const pattern = { ...input, timeZone, firstDate: localParts(first, timeZone).date };
  return { pattern, occurrences, rrule, durationMinutes: rules.sessionMinutes };
}

/** The occurrences the coach's other sessions (with their buffers) overlap. */
async function clashesOf(db: Executor, coachId: string, occurrences: Occurrence[]) {
  const first = occurrences[0];
  const last = occurrences.at(-1);
  if (!first || !last) return new Set<Occurrence>();
  const busy: BusyRange[] = await busyRanges(db, coachId, first.startsAt, last.busyUntil);
  return new Set(
    occurrences.filter((o) => busy.some((b) => b.start < o.busyUntil && b.end > o.startsAt)),
  );
}

function clashError(clashing: Occurrence[], zone: string) {
  const dates = clashing.map((o) => shortTime(o.startsAt, zone)).join("; ");
  return new AppError(
    "slot_taken",
    clashing.length > 0
      ? `The coach has another session at ${clashing.length === 1 ? "this time" : "these times"}: ${dates}. Choose another time or day; nothing was scheduled.`
      : "The coach was booked at one of these times meanwhile; nothing was scheduled. Try again.",
  );
}

function allowanceRefusal(wanted: number, left: number, planned: number): string {
  const fit =
    left === 0
      ? "none is left. Agree more sessions first."
      : `only ${left} ${left === 1 ? "is" : "are"} left. Schedule at most ${left} (COUNT=${left}), or agree more sessions first.`;
  return `This series has ${wanted} sessions; of the engagement's ${planned}, ${fit}`;
}

const localOf = (at: Date, zone: string) => {
  const local = localParts(at, zone);
  return { localDate: local.date, localTime: local.time };
};

async function seriesSummary(ctx: AppContext, id: string): Promise<SeriesSummary> {
  const [series] = await ctx.db.select().from(sessionSeries).where(eq(sessionSeries.id, id));
  if (!series) throw new Error(`series ${id} vanished`);
  const { rules } = await rulesOf(ctx.db, series.coachId);
  const now = new Date();
  const sessions = (await selectEngagementSessions(ctx.db, series.engagementId))
    .filter((row) => row.session.seriesId === id)
    .map((row) => presentSession(row, rules.maxMoves, now));
  return {
    id: series.id,
    engagementId: series.engagementId,
    rrule: series.rrule,
    timeZone: series.timeZone,
    firstDate: series.firstDate,
    localTime: series.localTime,
    durationMinutes: series.durationMinutes,
    mode: series.mode,
    place: series.place,
    sequence: series.sequence,
    cancelledAt: series.cancelledAt?.toISOString() ?? null,
    sessions,
  };
}
