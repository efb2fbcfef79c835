import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { dueThisWeekQuery, dueThisWeekView, goalsAtRiskList } from "../../contract/goals";
import { signedIn, viewerOf } from "../access/signed-in";
import type { AppContext } from "../context";
import { errorResponse } from "../http/errors";
import { denied, idParams, signedInRefusals } from "../http/route-schemas";
import { listGoalsAtRisk } from "./at-risk";
import { listDueThisWeek } from "./due-this-week";

// Views across goals: the week's list of an engagement and the coach's goals needing attention.

const tags = ["goals"];

export function registerGoalOverviewRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get("/api/engagements/:id/due-this-week", {
    schema: {
      tags,
      summary:
        "What is due this week across the engagement's open goals: milestones, one-off exercises and a cadence's days",
      params: idParams("an engagement"),
      querystring: dueThisWeekQuery,
      response: { 200: dueThisWeekView, 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) =>
      listDueThisWeek(ctx, viewerOf(request), request.params.id, request.query),
  });

  api.get("/api/coach/goals-at-risk", {
    schema: {
      tags,
      summary: "The coach's own clients' open goals at risk or off track, off track first",
      response: { 200: goalsAtRiskList, ...signedInRefusals },
    },
    preHandler: signedIn(ctx, "coach"),
    handler: async (request) => listGoalsAtRisk(ctx, viewerOf(request)),
  });
}
