import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { engagementPatterns, engagementTimeline } from "../../contract/session-patterns";
import { signedIn, viewerOf } from "../access/signed-in";
import type { AppContext } from "../context";
import { errorResponse } from "../http/errors";
import { denied, idParams } from "../http/route-schemas";
import { getPatterns, getTimeline } from "./patterns-service";

const tags = ["sessions"];
const engagementParams = idParams("an engagement");

export function registerSessionPatternsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get("/api/engagements/:id/timeline", {
    schema: {
      tags,
      summary:
        "The engagement's sessions, reflections, commitments, plan and stage changes and celebrations, newest first",
      params: engagementParams,
      response: { 200: engagementTimeline, 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => getTimeline(ctx, viewerOf(request), request.params.id),
  });

  api.get("/api/engagements/:id/patterns", {
    schema: {
      tags,
      summary:
        "Recurring themes, obstacles that come back, session ratings and key phrases (the viewer's own private notes only)",
      params: engagementParams,
      response: { 200: engagementPatterns, 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => getPatterns(ctx, viewerOf(request), request.params.id),
  });
}
