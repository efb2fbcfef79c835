import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { calendarFeed } from "../../contract/sessions";
import { signedIn, viewerOf } from "../access/signed-in";
import type { AppContext } from "../context";
import { errorResponse } from "../http/errors";
import { byIp, rateLimited } from "../http/rate-limit";
import { signedInRefusals } from "../http/route-schemas";
import {
  calendarFeedIcs,
  calendarFeedOf,
  makeCalendarFeed,
  revokeCalendarFeed,
} from "./calendar-feed";

const tags = ["sessions"];

/**
 * Calendar programs fetch a feed every hour or so, several people may sit behind one office
 * address, and guessing a token at this pace is pointless.
 */
export const CALENDAR_FEED_RATE_LIMIT = { max: 600, windowSeconds: 600 } as const;

/** Any text up to 100 characters: a wrong or cut-short link is a 404, not a 400. */
const feedParams = z.object({
  token: z.string().max(100).describe("The token of the person's private feed URL"),
});

/** The signed-in person's own calendar feed, and the feed itself behind its private URL. */
export function registerCalendarRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get("/api/me/calendar-feed", {
    schema: {
      tags,
      summary: "Whether the signed-in person has a calendar feed (its URL is shown only when made)",
      response: { 200: calendarFeed, ...signedInRefusals },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => calendarFeedOf(ctx, viewerOf(request)),
  });

  api.post("/api/me/calendar-feed", {
    schema: {
      tags,
      summary: "Make a private calendar feed URL, replacing any earlier one; the URL is shown once",
      response: { 200: calendarFeed, ...signedInRefusals },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => makeCalendarFeed(ctx, viewerOf(request)),
  });

  api.delete("/api/me/calendar-feed", {
    schema: {
      tags,
      summary: "Revoke the signed-in person's calendar feed: its URL answers 404 from now on",
      response: { 200: calendarFeed, ...signedInRefusals },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => revokeCalendarFeed(ctx, viewerOf(request)),
  });

  api.get("/calendar/:token.ics", {
    schema: {
      tags,
      summary:
        "A person's sessions as an iCalendar feed (text/calendar), for a calendar program to subscribe to",
      params: feedParams,
      response: {
        200: z.unknown().describe("The sessions as text/calendar"),
        404: errorResponse,
        429: errorResponse,
      },
    },
    preHandler: rateLimited(ctx.db, { key: byIp("calendar-feed"), ...CALENDAR_FEED_RATE_LIMIT }),
    handler: async (request, reply) => {
      const ics = await calendarFeedIcs(ctx, request.params.token);
      return reply
        .type("text/calendar; charset=utf-8")
        .header("cache-control", "private, no-store")
        .send(Buffer.from(ics, "utf8"));
    },
  });
}
