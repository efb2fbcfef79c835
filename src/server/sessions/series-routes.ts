import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  seriesInput,
  seriesPreview,
  seriesPreviewQuery,
  seriesSummary,
} from "../../contract/session-series";
import { signedIn, viewerOf } from "../access/signed-in";
import type { AppContext } from "../context";
import { errorResponse } from "../http/errors";
import { denied, idParams } from "../http/route-schemas";
import { cancelSeries, createSeries, previewSeries } from "./series";

const tags = ["sessions"];
const refused = { 400: errorResponse, 409: errorResponse, ...denied };

export function registerSessionSeriesRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get("/api/engagements/:id/series/preview", {
    schema: {
      tags,
      summary: "The dates a recurrence rule gives, each marked when the coach is taken (coach)",
      params: idParams("an engagement"),
      querystring: seriesPreviewQuery,
      response: { 200: seriesPreview, ...refused },
    },
    preHandler: signedIn(ctx),
    handler: async (request) =>
      previewSeries(ctx, viewerOf(request), request.params.id, request.query),
  });

  api.post("/api/engagements/:id/series", {
    schema: {
      tags,
      summary:
        "Schedule a series of sessions by a recurrence rule (coach): all or none; 409 naming the dates the coach is taken",
      params: idParams("an engagement"),
      body: seriesInput,
      response: { 201: seriesSummary, ...refused },
    },
    preHandler: signedIn(ctx),
    handler: async (request, reply) => {
      const series = await createSeries(ctx, viewerOf(request), request.params.id, request.body);
      return reply.status(201).send(series);
    },
  });

  api.post("/api/series/:id/cancel", {
    schema: {
      tags,
      summary: "Cancel every session of a series not yet begun (coach)",
      params: idParams("a series"),
      response: { 200: seriesSummary, ...refused },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => cancelSeries(ctx, viewerOf(request), request.params.id),
  });
}
