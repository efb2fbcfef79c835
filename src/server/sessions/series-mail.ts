import { eq } from "drizzle-orm";
import { knownTimeZone, localParts } from "../../domain/sessions/zoned-time";
import type { AppContext } from "../context";
import type { Transaction } from "../db/database";
import { coachingSession, type sessionSeries } from "../db/schema";
import { render } from "../mail/templates";
import { sessionsWithParties } from "./calendar-sessions";
import { invitationIcs } from "./ics";
import { shortTime, spokenTimes } from "./session-mail-text";

// One mail to the coach and one to the client for a whole series: every date in the reader's own
// zone, and ONE invitation for the series (an event with its RRULE), as calendars expect; a
// change to one occurrence later goes out through session-mail.ts on the series' UID.

export type SeriesChange = "scheduled" | "cancelled";

type SeriesRow = typeof sessionSeries.$inferSelect;

/**
 * Records the series' mails in the transaction that made or cancelled it. `starts` are the
 * occurrences the series' event now has (none once every one is cancelled), `cancelled` the
 * starts of those a cancellation took away.
 */
export async function queueSeriesMail(
  ctx: Pick<AppContext, "config" | "mailer">,
  tx: Transaction,
  series: SeriesRow,
  change: SeriesChange,
  dates: { kept: Date[]; cancelled: Date[] },
): Promise<void> {
  const [first] = await sessionsWithParties(
    tx,
    ctx.config.publicUrl,
    eq(coachingSession.seriesId, series.id),
    1,
  );
  if (!first) throw new Error("a series without occurrences");
  const startsAt = dates.kept[0] ?? dates.cancelled[0] ?? first.startsAt;
  const minutes = series.durationMinutes * 60_000;
  const calendar = invitationIcs({
    icalUid: series.icalUid,
    sequence: series.sequence,
    status: dates.kept.length === 0 ? "cancelled" : "scheduled",
    startsAt,
    endsAt: new Date(startsAt.getTime() + minutes),
    timeZone: series.timeZone,
    mode: series.mode,
    place: first.place,
    engagementTitle: first.engagementTitle,
    coach: first.coach,
    client: first.client,
    pageUrl: `${ctx.config.publicUrl}/engagements/${series.engagementId}`,
    rrule: series.rrule,
  });
  for (const [recipient, other] of [
    [first.coach, first.client],
    [first.client, first.coach],
  ] as const) {
    const zone = knownTimeZone(recipient.timeZone ?? "") ?? series.timeZone;
    const listed = change === "scheduled" ? dates.kept : dates.cancelled;
    const lines = listed.map(
      (at) => `- ${spokenTimes(at, new Date(at.getTime() + minutes), zone, false)}`,
    );
    const subject =
      change === "scheduled"
        ? `${listed.length} coaching sessions scheduled from ${shortTime(listed[0] ?? startsAt, zone)}`
        : `${listed.length} coaching sessions cancelled from ${shortTime(listed[0] ?? startsAt, zone)}`;
    const opening =
      change === "scheduled"
        ? `Hello ${recipient.name}, a series of ${listed.length} coaching sessions with ${other.name} is scheduled, each at ${series.localTime} ${series.timeZone} time (times below are ${zone} time):`
        : `Hello ${recipient.name}, the remaining ${listed.length} coaching sessions of the series with ${other.name} are cancelled (times below are ${zone} time):`;
    const closing =
      change === "scheduled"
        ? "The attached invitation puts the whole series in your calendar."
        : dates.kept.length === 0
          ? "The attached cancellation takes the series out of your calendar."
          : `The attached update keeps the ${dates.kept.length} earlier sessions in your calendar and removes the rest.`;
    const mail = render(subject, [opening, lines.join("\n"), closing], {
      label: "Open the engagement in Keel",
      url: `${ctx.config.publicUrl}/engagements/${series.engagementId}`,
    });
    await ctx.mailer.send(
      { to: recipient.email, ...mail, practiceId: first.practiceId, calendar },
      tx,
    );
  }
}

/** "2027-03-16": a start's local date in the series' zone. */
export const localDateOf = (at: Date, zone: string) => localParts(at, zone).date;
