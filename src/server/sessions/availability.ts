import { eq } from "drizzle-orm";
import type { Availability, AvailabilityInput } from "../../contract/sessions";
import { type BookingRules, defaultRules, hoursProblems } from "../../domain/sessions/availability";
import { knownTimeZone } from "../../domain/sessions/zoned-time";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import { coachAvailability, user } from "../db/schema";
import { invalidInput } from "../http/errors";

// A coach's bookable hours and rules. Until the coach saves their own, weekdays nine to five in
// the coach's zone (or London's) are what clients book.

const RULE_COLUMNS = {
  timeZone: coachAvailability.timeZone,
  weekly: coachAvailability.weekly,
  sessionMinutes: coachAvailability.sessionMinutes,
  bufferMinutes: coachAvailability.bufferMinutes,
  minNoticeHours: coachAvailability.minNoticeHours,
  horizonDays: coachAvailability.horizonDays,
  lateCancelHours: coachAvailability.lateCancelHours,
  maxMoves: coachAvailability.maxMoves,
};

/** The coach's rules, saved or the defaults, and whether they were saved. */
export async function rulesOf(
  db: Executor,
  coachId: string,
): Promise<{ rules: BookingRules; saved: boolean }> {
  const [row] = await db
    .select({ saved: RULE_COLUMNS, zone: user.timeZone })
    .from(user)
    .leftJoin(coachAvailability, eq(coachAvailability.coachId, user.id))
    .where(eq(user.id, coachId));
  if (row?.saved?.timeZone) return { rules: row.saved as BookingRules, saved: true };
  return { rules: defaultRules(row?.zone ? knownTimeZone(row.zone) : null), saved: false };
}

export async function getAvailability(ctx: AppContext, viewer: Viewer): Promise<Availability> {
  const { rules, saved } = await rulesOf(ctx.db, viewer.userId);
  return { ...rules, saved };
}

export async function saveAvailability(
  ctx: AppContext,
  viewer: Viewer,
  input: AvailabilityInput,
): Promise<Availability> {
  const problems = hoursProblems(input);
  if (problems.length > 0) throw invalidInput(problems);
  const rules = { ...input, timeZone: knownTimeZone(input.timeZone) ?? input.timeZone };
  await ctx.db
    .insert(coachAvailability)
    .values({ coachId: viewer.userId, ...rules })
    .onConflictDoUpdate({
      target: coachAvailability.coachId,
      set: { ...rules, updatedAt: new Date() },
    });
  return { ...rules, saved: true };
}

/** The zone a person's times are written in, in mails and where the browser does not say. */
export async function setTimeZone(ctx: AppContext, viewer: Viewer, zone: string) {
  const known = requireTimeZone(zone);
  await ctx.db.update(user).set({ timeZone: known }).where(eq(user.id, viewer.userId));
  return { timeZone: known };
}

/** The zone's canonical name; an unknown one is a 400 naming the field. */
export function requireTimeZone(zone: string, path = "timeZone"): string {
  const known = knownTimeZone(zone);
  if (!known)
    throw invalidInput([
      { path, message: "This is not a time zone we know; choose one such as Europe/London" },
    ]);
  return known;
}
