import { and, eq } from "drizzle-orm";
import { knownTimeZone, localParts } from "../../domain/sessions/zoned-time";
import type { AppContext } from "../context";
import type { Transaction } from "../db/database";
import { coachingSession, engagement, type sessionSeries } from "../db/schema";
import { render } from "../mail/templates";
import { sessionsWithParties } from "./calendar-sessions";
import { invitationIcs } from "./ics";
import { shortTime, spokenTimes } from "./session-mail-text";

// One mail to the coach and one to the client for a whole series: every date in the reader's own
// zone, and ONE invitation for the series (an event with its RRULE), as calendars expect; a
// change to one occurrence later goes out through session-mail.ts on the series' UID.

export type SeriesChange = "scheduled" | "cancelled" | "updated";

type SeriesRow = typeof sessionSeries.$inferSelect;

/**
 * Records the series' mails in the transaction that made, cancelled or changed it. `kept` are the
 * occurrences the series' event now has (none once every one is cancelled), `cancelled` the
 * starts of those a cancellation took away, `updated` the upcoming ones a change reaches.
 */
export async function queueSeriesMail(
  ctx: Pick<AppContext, "config" | "mailer">,
  tx: Transaction,
  series: SeriesRow,
  change: SeriesChange,
  dates: { kept: Date[]; cancelled: Date[]; updated?: Date[] },
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
  const place = series.place || (series.mode === "video" ? await meetingLinkOf(tx, series) : "");
  const calendar = invitationIcs({
    icalUid: series.icalUid,
    sequence: series.sequence,
    status: dates.kept.length === 0 ? "cancelled" : "scheduled",
    startsAt,
    endsAt: new Date(startsAt.getTime() + minutes),
    timeZone: series.timeZone,
    mode: series.mode,
    place,
    engagementTitle: first.engagementTitle,
    coach: first.coach,
    client: first.client,
    pageUrl: `${ctx.config.publicUrl}/engagements/${series.engagementId}`,
    rrule: series.rrule,
    excluded: dates.kept.length > 0 ? await cancelledOneByOne(tx, series.id) : [],
  });
  for (const [recipient, other] of [
    [first.coach, first.client],
    [first.client, first.coach],
  ] as const) {
    const zone = knownTimeZone(recipient.timeZone ?? "") ?? series.timeZone;
    const { subject, paragraphs } = seriesMailText(change, {
      recipientName: recipient.name,
      otherName: other.name,
      zone,
      series,
      place,
      dates,
    });
    const mail = render(subject, paragraphs, {
      label: "Open the engagement in Keel",
      url: `${ctx.config.publicUrl}/engagements/${series.engagementId}`,
    });
    await ctx.mailer.send(
      { to: recipient.email, ...mail, practiceId: first.practiceId, calendar },
      tx,
    );
  }
}

interface SeriesMailFacts {
  recipientName: string;
  otherName: string;
  /** The zone the recipient reads times in. */
  zone: string;
  series: SeriesRow;
  place: string;
  dates: { kept: Date[]; cancelled: Date[]; updated?: Date[] };
}

/** What one person's mail about the series says, every time in their own zone. */
function seriesMailText(change: SeriesChange, facts: SeriesMailFacts) {
  const { recipientName, otherName, zone, series, dates } = facts;
  const minutes = series.durationMinutes * 60_000;
  const listed = {
    scheduled: dates.kept,
    cancelled: dates.cancelled,
    updated: dates.updated ?? [],
  }[change];
  const lines = listed.map(
    (at) => `- ${spokenTimes(at, new Date(at.getTime() + minutes), zone, false)}`,
  );
  const from = listed[0] ? ` from ${shortTime(listed[0], zone)}` : "";
  const hello = `Hello ${recipientName},`;
  const times = `(times below are ${zone} time)`;
  switch (change) {
    case "scheduled":
      return {
        subject: `${listed.length} coaching sessions scheduled${from}`,
        paragraphs: [
          `${hello} a series of ${listed.length} coaching sessions with ${otherName} is scheduled, each at ${series.localTime} ${series.timeZone} time ${times}:`,
          lines.join("\n"),
          "The attached invitation puts the whole series in your calendar.",
        ],
      };
    case "cancelled":
      return {
        subject: `${listed.length} coaching sessions cancelled${from}`,
        paragraphs: [
          `${hello} the remaining ${listed.length} coaching sessions of the series with ${otherName} are cancelled ${times}:`,
          lines.join("\n"),
          dates.kept.length === 0
            ? "The attached cancellation takes the series out of your calendar."
            : `The attached update keeps the ${dates.kept.length} earlier sessions in your calendar and removes the rest.`,
        ],
      };
    case "updated":
      return {
        subject: `${listed.length} coaching sessions changed${from}`,
        paragraphs: [
          `${hello} the details of the series of coaching sessions with ${otherName} have changed. The ${listed.length} upcoming sessions ${times}:`,
          lines.join("\n"),
          ...(facts.place ? [`Where: ${facts.place}`] : []),
          "The attached update changes the series in your calendar.",
        ],
      };
  }
}

/** The engagement's video link, which a video series without a place of its own uses. */
async function meetingLinkOf(tx: Transaction, series: SeriesRow): Promise<string> {
  const [row] = await tx
    .select({ meetingLink: engagement.meetingLink })
    .from(engagement)
    .where(eq(engagement.id, series.engagementId));
  return row?.meetingLink ?? "";
}

/** The starts the rule gave of the series' occurrences cancelled one by one. */
async function cancelledOneByOne(tx: Transaction, seriesId: string): Promise<Date[]> {
  const rows = await tx
    .select({ originalStartsAt: coachingSession.originalStartsAt })
    .from(coachingSession)
    .where(and(eq(coachingSession.seriesId, seriesId), eq(coachingSession.status, "cancelled")));
  return rows.flatMap((row) => (row.originalStartsAt ? [row.originalStartsAt] : []));
}

/** "2027-03-16": a start's local date in the series' zone. */
export const localDateOf = (at: Date, zone: string) => localParts(at, zone).date;
