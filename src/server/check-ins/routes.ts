import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  checkIn,
  checkInForm,
  checkInInput,
  checkInList,
  checkInReply,
  checkInReplyInput,
  checkInSchedule,
  checkInScheduleInput,
} from "../../contract/check-ins";
import { signedIn, viewerOf } from "../access/signed-in";
import type { AppContext } from "../context";
import { errorResponse } from "../http/errors";
import { byIp, rateLimited } from "../http/rate-limit";
import { denied, idParams } from "../http/route-schemas";
import { addReply } from "./replies";
import {
  checkInFormFor,
  checkInFormForClient,
  checkInFromApp,
  checkInThroughLink,
  getSchedule,
  listCheckIns,
  putSchedule,
} from "./service";

const tags = ["check-ins"];
const engagementParams = idParams("an engagement");
/** Any text up to 100 characters: a link cut short by a mail program is "not valid" (404). */
const linkParams = z.object({
  token: z.string().max(100).describe("The token of the mailed check-in link"),
});
const linkRefused = { 404: errorResponse, 410: errorResponse, 429: errorResponse };
const LINK_RATE_LIMIT = { max: 120, windowSeconds: 600 } as const;

export function registerCheckInRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get("/api/engagements/:id/check-in-schedule", {
    schema: {
      tags,
      summary: "When the client is asked for their weekly check-in (client and coach)",
      params: engagementParams,
      response: { 200: checkInSchedule, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => getSchedule(ctx, viewerOf(request), request.params.id),
  });

  api.put("/api/engagements/:id/check-in-schedule", {
    schema: {
      tags,
      summary: "Choose the weekday, local hour and zone of the weekly check-in mail (the client)",
      params: engagementParams,
      body: checkInScheduleInput,
      response: { 200: checkInSchedule, 400: errorResponse, 409: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) =>
      putSchedule(ctx, viewerOf(request), request.params.id, request.body),
  });

  api.get("/api/engagements/:id/check-ins", {
    schema: {
      tags,
      summary: "The engagement's check-ins, newest week first (client and coach)",
      params: engagementParams,
      response: { 200: checkInList, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => listCheckIns(ctx, viewerOf(request), request.params.id),
  });

  api.get("/api/engagements/:id/check-in-form", {
    schema: {
      tags,
      summary:
        "The current week's check-in form for the signed-in client; a week answered already is a 409",
      params: engagementParams,
      response: { 200: checkInForm, 409: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => checkInFormForClient(ctx, viewerOf(request), request.params.id),
  });

  api.post("/api/engagements/:id/check-ins", {
    schema: {
      tags,
      summary:
        "Check in for the current week from the app (the client); measures become measurements",
      params: engagementParams,
      body: checkInInput,
      response: { 201: checkIn, 400: errorResponse, 409: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request, reply) => {
      const saved = await checkInFromApp(ctx, viewerOf(request), request.params.id, request.body);
      return reply.status(201).send(saved);
    },
  });

  api.post("/api/check-ins/:id/replies", {
    schema: {
      tags,
      summary: "Reply in a check-in's thread (the coach, or the client answering)",
      params: idParams("a check-in"),
      body: checkInReplyInput,
      response: { 201: checkInReply, 400: errorResponse, 409: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request, reply) => {
      const added = await addReply(ctx, viewerOf(request), request.params.id, request.body);
      return reply.status(201).send(added);
    },
  });

  const guarded = {
    onRequest: neverStored,
    preHandler: rateLimited(ctx.db, { key: byIp("check-in-link"), ...LINK_RATE_LIMIT }),
  };

  api.get("/api/check-in/:token", {
    ...guarded,
    schema: {
      tags,
      summary: "The check-in a mailed link opens: the open goals and the last check-in",
      params: linkParams,
      response: { 200: checkInForm, ...linkRefused },
    },
    handler: async (request) => checkInFormFor(ctx, request.params.token),
  });

  api.post("/api/check-in/:token", {
    ...guarded,
    schema: {
      tags,
      summary: "Send the week's check-in through its mailed link; the link then accepts no more",
      params: linkParams,
      body: checkInInput,
      response: { 201: checkIn, 400: errorResponse, ...linkRefused },
    },
    handler: async (request, reply) => {
      const saved = await checkInThroughLink(ctx, request.params.token, request.body);
      return reply.status(201).send(saved);
    },
  });
}

/** A check-in link and its answers must not stay in a browser's or a proxy's cache. */
async function neverStored(_request: FastifyRequest, reply: FastifyReply) {
  reply.header("cache-control", "no-store");
}
