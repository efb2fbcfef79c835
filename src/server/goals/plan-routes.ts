import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  compareQuery,
  planComparison,
  planVersionList,
  planView,
  savePlanBody,
  stalePlan,
} from "../../contract/goals";
import { signedIn, viewerOf } from "../access/signed-in";
import type { AppContext } from "../context";
import { errorResponse } from "../http/errors";
import { denied, idParams } from "../http/route-schemas";
import { comparePlanVersions, getPlan, listVersions, savePlan } from "./plan-service";
import { answeringStale } from "./stale";

const tags = ["goals"];
const goalParams = idParams("a goal");

export function registerPlanRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const planUrl = "/api/goals/:id/plan";

  api.get(planUrl, {
    schema: {
      tags,
      summary: "The goal's action plan as now (version 0, empty, before the first save)",
      params: goalParams,
      response: { 200: planView, 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => getPlan(ctx, viewerOf(request), request.params.id),
  });

  api.put(planUrl, {
    schema: {
      tags,
      summary:
        "Save the plan as a new version; a 409 with the newer version and the items both changed when someone saved meanwhile",
      params: goalParams,
      body: savePlanBody,
      response: {
        200: planView,
        400: errorResponse,
        ...denied,
        409: stalePlan.or(errorResponse),
      },
    },
    preHandler: signedIn(ctx),
    handler: async (request, reply) =>
      answeringStale(reply, () =>
        savePlan(ctx, viewerOf(request), request.params.id, request.body),
      ),
  });

  api.get(`${planUrl}/versions`, {
    schema: {
      tags,
      summary: "Every saved version of the plan, newest first: who, when and why",
      params: goalParams,
      response: { 200: planVersionList, 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => listVersions(ctx, viewerOf(request), request.params.id),
  });

  api.get(`${planUrl}/compare`, {
    schema: {
      tags,
      summary: "Two versions side by side: what was added, removed and changed",
      params: goalParams,
      querystring: compareQuery,
      response: { 200: planComparison, 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) =>
      comparePlanVersions(ctx, viewerOf(request), request.params.id, request.query),
  });
}
