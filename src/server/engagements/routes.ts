import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  createEngagementBody,
  engagementPage,
  engagementView,
  moveStageBody,
  updateEngagementBody,
} from "../../contract/engagements";
import { signedIn, viewerOf } from "../access/signed-in";
import type { AppContext } from "../context";
import { errorResponse } from "../http/errors";
import { denied, idParams } from "../http/route-schemas";
import { listEngagementsQuery } from "./list-query";
import {
  getEngagement,
  listEngagements,
  moveStage,
  openEngagement,
  updateEngagement,
} from "./service";

const tags = ["engagements"];
const engagementParams = idParams("an engagement");

export function registerEngagementRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get("/api/engagements", {
    schema: {
      tags,
      summary:
        "A page of the engagements the viewer takes part in (all of the practice for its admin), newest first",
      querystring: listEngagementsQuery,
      response: { 200: engagementPage, 400: errorResponse, 401: errorResponse },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => listEngagements(ctx, viewerOf(request), request.query),
  });

  api.post("/api/engagements", {
    schema: {
      tags,
      summary: "Open an engagement with one of the coach's clients; it starts in assessment",
      body: createEngagementBody,
      response: { 201: engagementView, 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx, "coach"),
    handler: async (request, reply) => {
      const viewer = viewerOf(request);
      return reply.status(201).send(await openEngagement(ctx, viewer, request.body));
    },
  });

  api.get("/api/engagements/:id", {
    schema: {
      tags,
      summary: "One engagement with its stage history",
      params: engagementParams,
      response: { 200: engagementView, 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => getEngagement(ctx, viewerOf(request), request.params.id),
  });

  api.patch("/api/engagements/:id", {
    schema: {
      tags,
      summary: "Change an engagement's facts (its coach only)",
      params: engagementParams,
      body: updateEngagementBody,
      response: { 200: engagementView, 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) =>
      updateEngagement(ctx, viewerOf(request), request.params.id, request.body),
  });

  api.post("/api/engagements/:id/stage", {
    schema: {
      tags,
      summary: "Move an engagement to another stage (its coach only)",
      params: engagementParams,
      body: moveStageBody,
      response: { 200: engagementView, 400: errorResponse, 409: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => moveStage(ctx, viewerOf(request), request.params.id, request.body),
  });
}
