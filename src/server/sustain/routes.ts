import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  sustainCheckInForm,
  sustainCheckInInput,
  sustainCheckInSent,
  sustainChoicesInput,
  sustainPlan,
  sustainPlanInput,
} from "../../contract/sustain";
import { signedIn, viewerOf } from "../access/signed-in";
import type { AppContext } from "../context";
import { errorResponse } from "../http/errors";
import { byIp, rateLimited } from "../http/rate-limit";
import { denied, idParams } from "../http/route-schemas";
import { sustainCheckInFormFor, sustainCheckInThroughLink } from "./check-in-link";
import { getSustainPlan, putSustainChoices, putSustainPlan } from "./service";

const tags = ["sustain"];
const engagementParams = idParams("an engagement");
/** Any text up to 100 characters: a link cut short by a mail program is "not valid" (404). */
const linkParams = z.object({
  token: z.string().max(100).describe("The token of the mailed self check-in link"),
});
const linkRefused = { 404: errorResponse, 410: errorResponse, 429: errorResponse };
const LINK_RATE_LIMIT = { max: 120, windowSeconds: 600 } as const;

export function registerSustainRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get("/api/engagements/:id/sustain-plan", {
    schema: {
      tags,
      summary: "The sustain plan, its self check-ins and slips (client and coach)",
      params: engagementParams,
      response: { 200: sustainPlan, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => getSustainPlan(ctx, viewerOf(request), request.params.id),
  });

  api.put("/api/engagements/:id/sustain-plan", {
    schema: {
      tags,
      summary:
        "Write the plan's habits, mindsets and skills (client or coach, in review or sustaining)",
      params: engagementParams,
      body: sustainPlanInput,
      response: { 200: sustainPlan, 400: errorResponse, 409: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) =>
      putSustainPlan(ctx, viewerOf(request), request.params.id, request.body),
  });

  api.put("/api/engagements/:id/sustain-plan/choices", {
    schema: {
      tags,
      summary:
        "Quarterly check-ins after the 90 days, and whether a slip is told to the coach (the client)",
      params: engagementParams,
      body: sustainChoicesInput,
      response: { 200: sustainPlan, 400: errorResponse, 409: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) =>
      putSustainChoices(ctx, viewerOf(request), request.params.id, request.body),
  });

  const guarded = {
    onRequest: neverStored,
    preHandler: rateLimited(ctx.db, { key: byIp("sustain-check-in-link"), ...LINK_RATE_LIMIT }),
  };

  api.get("/api/sustain-check-in/:token", {
    ...guarded,
    schema: {
      tags,
      summary: "The self check-in a mailed link opens: the plan's items to rate",
      params: linkParams,
      response: { 200: sustainCheckInForm, ...linkRefused },
    },
    handler: async (request) => sustainCheckInFormFor(ctx, request.params.token),
  });

  api.post("/api/sustain-check-in/:token", {
    ...guarded,
    schema: {
      tags,
      summary: "Send a self check-in through its mailed link; the link then accepts no more",
      params: linkParams,
      body: sustainCheckInInput,
      response: { 201: sustainCheckInSent, 400: errorResponse, ...linkRefused },
    },
    handler: async (request, reply) => {
      const saved = await sustainCheckInThroughLink(ctx, request.params.token, request.body);
      return reply.status(201).send(saved);
    },
  });
}

/** A self check-in link and its answers must not stay in a browser's or a proxy's cache. */
async function neverStored(_request: FastifyRequest, reply: FastifyReply) {
  reply.header("cache-control", "no-store");
}
