import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { changeReport } from "../../contract/change-report";
import {
  engagementReflections,
  reflectionAnswers,
  reflectionPointParams,
  reflectionPointView,
  reviewSummary,
} from "../../contract/review";
import { signedIn, viewerOf } from "../access/signed-in";
import type { AppContext } from "../context";
import { errorResponse } from "../http/errors";
import { denied, idParams } from "../http/route-schemas";
import { getChangeReport } from "./change-report";
import { getReflections, saveReflectionDraft, shareReflection } from "./reflections";
import { getReviewSummary } from "./summary";

const tags = ["review"];

export function registerReviewRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get("/api/engagements/:id/reflections", {
    schema: {
      tags,
      summary:
        "The reflection points due, with the viewer's own answers and the other side's once both have shared",
      params: idParams("an engagement"),
      response: { 200: engagementReflections, 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => getReflections(ctx, viewerOf(request), request.params.id),
  });

  api.get("/api/engagements/:id/review-summary", {
    schema: {
      tags,
      summary:
        "The sessions held and the commitments counted by how they went, for the final review",
      params: idParams("an engagement"),
      response: { 200: reviewSummary, 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => getReviewSummary(ctx, viewerOf(request), request.params.id),
  });

  api.get("/api/engagements/:id/change-report", {
    schema: {
      tags,
      summary:
        "Each 360 competency and personality scale against the baseline, with its reliable change",
      params: idParams("an engagement"),
      response: { 200: changeReport, 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => getChangeReport(ctx, viewerOf(request), request.params.id),
  });

  api.put("/api/engagements/:id/reflections/:key", {
    schema: {
      tags,
      summary: "Save the viewer's own answers at a reflection point, a draft until shared",
      params: reflectionPointParams,
      body: reflectionAnswers,
      response: { 200: reflectionPointView, 400: errorResponse, ...denied, 409: errorResponse },
    },
    preHandler: signedIn(ctx),
    handler: async (request) =>
      saveReflectionDraft(
        ctx,
        viewerOf(request),
        request.params.id,
        request.params.key,
        request.body,
      ),
  });

  api.post("/api/engagements/:id/reflections/:key/share", {
    schema: {
      tags,
      summary: "Share the viewer's answers at a reflection point; they never change after",
      params: reflectionPointParams,
      response: { 200: reflectionPointView, 400: errorResponse, ...denied, 409: errorResponse },
    },
    preHandler: signedIn(ctx),
    handler: async (request) =>
      shareReflection(ctx, viewerOf(request), request.params.id, request.params.key),
  });
}
