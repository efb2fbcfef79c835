import { createHash, randomBytes } from "node:crypto";
import { and, eq, gte, or } from "drizzle-orm";
import type { CalendarFeed } from "../../contract/sessions";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import { calendarFeed, coachingSession, engagement } from "../db/schema";
import { notFound } from "../http/errors";
import {
  calendarSessionOf,
  type SessionWithParties,
  sessionsWithParties,
} from "./calendar-sessions";
import { type CalendarSession, feedIcs } from "./ics";

// A person's private calendar feed: a URL with a random token, of which only the hash is kept,
// so the URL is shown once, when made. Making a new one replaces the old; revoking deletes it.

const FEED_DAYS_BACK = 90;
const DAY = 86_400_000;
/** What a token looks like: 32 random bytes in base64url. Anything else is not looked up. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");
const urlOf = (ctx: Pick<AppContext, "config">, token: string) =>
  `${ctx.config.publicUrl}/calendar/${token}.ics`;

export async function calendarFeedOf(ctx: AppContext, viewer: Viewer): Promise<CalendarFeed> {
  const [row] = await ctx.db
    .select({ createdAt: calendarFeed.createdAt })
    .from(calendarFeed)
    .where(eq(calendarFeed.userId, viewer.userId));
  return { url: null, active: Boolean(row), createdAt: row?.createdAt.toISOString() ?? null };
}

/** A new feed URL, shown this once; the previous one, if any, stops working. */
export async function makeCalendarFeed(ctx: AppContext, viewer: Viewer): Promise<CalendarFeed> {
  const token = randomBytes(32).toString("base64url");
  const createdAt = new Date();
  await ctx.db
    .insert(calendarFeed)
    .values({ userId: viewer.userId, tokenHash: hashOf(token), createdAt })
    .onConflictDoUpdate({
      target: calendarFeed.userId,
      set: { tokenHash: hashOf(token), createdAt },
    });
  return { url: urlOf(ctx, token), active: true, createdAt: createdAt.toISOString() };
}

export async function revokeCalendarFeed(ctx: AppContext, viewer: Viewer): Promise<CalendarFeed> {
  await ctx.db.delete(calendarFeed).where(eq(calendarFeed.userId, viewer.userId));
  return { url: null, active: false, createdAt: null };
}

/**
 * The feed's .ics: the sessions the person coaches or is coached in, from 90 days back on,
 * cancelled ones marked so. An unknown or revoked token is a 404 like any wrong link.
 */
export async function calendarFeedIcs(ctx: AppContext, token: string): Promise<string> {
  const owner = TOKEN_SHAPE.test(token) ? await feedOwner(ctx, token) : null;
  if (!owner) throw notFound("This calendar feed");
  const since = new Date(Date.now() - FEED_DAYS_BACK * DAY);
  const sessions = await sessionsWithParties(
    ctx.db,
    ctx.config.publicUrl,
    and(
      or(eq(coachingSession.coachId, owner), eq(engagement.clientId, owner)),
      gte(coachingSession.startsAt, since),
    ),
  );
  return feedIcs(sessions.map(feedEntryOf));
}

/**
 * A session as the feed lists it: each occurrence of a series stands alone under its own UID, as
 * a published feed has no series' event for a RECURRENCE-ID to refer to.
 */
function feedEntryOf(session: SessionWithParties): CalendarSession {
  const entry = calendarSessionOf(session);
  return session.seriesId ? { ...entry, icalUid: `${session.id}@keel`, recurrenceId: null } : entry;
}

async function feedOwner(ctx: AppContext, token: string): Promise<string | null> {
  const [row] = await ctx.db
    .select({ userId: calendarFeed.userId })
    .from(calendarFeed)
    .where(eq(calendarFeed.tokenHash, hashOf(token)));
  return row?.userId ?? null;
}
