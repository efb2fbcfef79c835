import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  addCommentBody,
  addMeasurementBody,
  addMilestoneBody,
  behaviourOptions,
  closeGoalBody,
  createGoalBody,
  goal,
  goalComment,
  goalList,
  goalRevisionList,
  milestone,
  staleGoal,
  updateGoalBody,
  updateMilestoneBody,
} from "../../contract/goals";
import { signedIn, viewerOf } from "../access/signed-in";
import type { AppContext } from "../context";
import { errorResponse } from "../http/errors";
import { denied, idParams } from "../http/route-schemas";
import { listBehaviourOptions } from "./behaviour-options";
import { closeGoal } from "./closing";
import { addComment, listComments } from "./comments";
import { createGoal, getGoal, listGoals, updateGoal } from "./goal-service";
import { registerGoalOverviewRoutes } from "./overview-routes";
import { registerPlanPdfRoute } from "./plan-pdf-route";
import { registerPlanRoutes } from "./plan-routes";
import {
  builtInPlanTemplates,
  loadPlanTemplateFiles,
  PLAN_TEMPLATES_ROOT,
} from "./plan-template-files";
import {
  addMeasurement,
  addMilestone,
  removeMilestone,
  updateMilestone,
  withdrawMeasurement,
} from "./progress-service";
import { listRevisions } from "./revisions";
import { answeringStale } from "./stale";
import { registerPlanTemplateRoutes } from "./template-routes";

const tags = ["goals"];
const goalParams = idParams("a goal");
const refused = { 400: errorResponse, 409: errorResponse, ...denied };

export function registerGoalRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const listUrl = "/api/engagements/:id/goals";

  api.get(listUrl, {
    schema: {
      tags,
      summary:
        "The engagement's goals, each with its status, guidance, milestones and measurements",
      params: idParams("an engagement"),
      response: { 200: goalList, 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => listGoals(ctx, viewerOf(request), request.params.id),
  });

  api.get(`${listUrl}/behaviours`, {
    schema: {
      tags,
      summary: "The 360 competencies and behaviours a goal of the engagement may name",
      params: idParams("an engagement"),
      response: { 200: behaviourOptions, 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => listBehaviourOptions(ctx, viewerOf(request), request.params.id),
  });

  api.post(listUrl, {
    schema: {
      tags,
      summary: "Write a goal (client or coach); advice comes back beside the fields",
      params: idParams("an engagement"),
      body: createGoalBody,
      response: { 201: goal, ...refused },
    },
    preHandler: signedIn(ctx),
    handler: async (request, reply) => {
      const created = await createGoal(ctx, viewerOf(request), request.params.id, request.body);
      return reply.status(201).send(created);
    },
  });

  api.get("/api/goals/:id", {
    schema: {
      tags,
      summary: "One goal, with its status, guidance, milestones and measurements",
      params: goalParams,
      response: { 200: goal, 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => getGoal(ctx, viewerOf(request), request.params.id),
  });

  api.patch("/api/goals/:id", {
    schema: {
      tags,
      summary: "Change a goal; a 409 with the goal as it is now when someone saved meanwhile",
      params: goalParams,
      body: updateGoalBody,
      response: { 200: goal, ...refused, 409: staleGoal.or(errorResponse) },
    },
    preHandler: signedIn(ctx),
    handler: async (request, reply) =>
      answeringStale(reply, () =>
        updateGoal(ctx, viewerOf(request), request.params.id, request.body),
      ),
  });

  api.get("/api/goals/:id/revisions", {
    schema: {
      tags,
      summary: "Every saved state of the goal's own fields, newest first: who, when and why",
      params: goalParams,
      response: { 200: goalRevisionList, 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => listRevisions(ctx, viewerOf(request), request.params.id),
  });

  api.post("/api/goals/:id/close", {
    schema: {
      tags,
      summary: "Close a goal: achieved, dropped (with a reason) or replaced by another",
      params: goalParams,
      body: closeGoalBody,
      response: { 200: goal, ...refused, 409: staleGoal.or(errorResponse) },
    },
    preHandler: signedIn(ctx),
    handler: async (request, reply) =>
      answeringStale(reply, () =>
        closeGoal(ctx, viewerOf(request), request.params.id, request.body),
      ),
  });

  registerProgressRoutes(app, ctx);
  registerCommentRoutes(app, ctx);
  registerPlanRoutes(app, ctx);
  registerPlanPdfRoute(app, ctx);
  registerGoalOverviewRoutes(app, ctx);
  const builtIns = builtInPlanTemplates(loadPlanTemplateFiles(PLAN_TEMPLATES_ROOT));
  registerPlanTemplateRoutes(app, ctx, builtIns);
}

function registerCommentRoutes(app: FastifyInstance, ctx: AppContext) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get("/api/goals/:id/comments", {
    schema: {
      tags,
      summary: "What the client and coach said about the goal, oldest first",
      params: goalParams,
      response: { 200: z.array(goalComment), 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => listComments(ctx, viewerOf(request), request.params.id),
  });

  api.post("/api/goals/:id/comments", {
    schema: {
      tags,
      summary: "Comment on a goal (client or coach)",
      params: goalParams,
      body: addCommentBody,
      response: { 201: goalComment, ...refused },
    },
    preHandler: signedIn(ctx),
    handler: async (request, reply) => {
      const viewer = viewerOf(request);
      return reply.status(201).send(await addComment(ctx, viewer, request.params.id, request.body));
    },
  });
}

function registerProgressRoutes(app: FastifyInstance, ctx: AppContext) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post("/api/goals/:id/measurements", {
    schema: {
      tags,
      summary: "Record a measurement of the goal's measure; answers the goal with its new status",
      params: goalParams,
      body: addMeasurementBody,
      response: { 201: goal, ...refused },
    },
    preHandler: signedIn(ctx),
    handler: async (request, reply) => {
      const viewer = viewerOf(request);
      return reply
        .status(201)
        .send(await addMeasurement(ctx, viewer, request.params.id, request.body));
    },
  });

  api.delete("/api/goal-measurements/:id", {
    schema: {
      tags,
      summary: "Withdraw a measurement recorded by mistake (it is kept, no longer counted)",
      params: idParams("a measurement"),
      response: { 204: z.null(), ...refused },
    },
    preHandler: signedIn(ctx),
    handler: async (request, reply) => {
      await withdrawMeasurement(ctx, viewerOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  });

  api.post("/api/goals/:id/milestones", {
    schema: {
      tags,
      summary: "Add a milestone to a goal",
      params: goalParams,
      body: addMilestoneBody,
      response: { 201: milestone, ...refused },
    },
    preHandler: signedIn(ctx),
    handler: async (request, reply) => {
      const viewer = viewerOf(request);
      return reply
        .status(201)
        .send(await addMilestone(ctx, viewer, request.params.id, request.body));
    },
  });

  api.patch("/api/goal-milestones/:id", {
    schema: {
      tags,
      summary: "Rename or move a milestone, or mark it done or not done",
      params: idParams("a milestone"),
      body: updateMilestoneBody,
      response: { 200: milestone, ...refused },
    },
    preHandler: signedIn(ctx),
    handler: async (request) =>
      updateMilestone(ctx, viewerOf(request), request.params.id, request.body),
  });

  api.delete("/api/goal-milestones/:id", {
    schema: {
      tags,
      summary: "Remove a milestone",
      params: idParams("a milestone"),
      response: { 204: z.null(), ...refused },
    },
    preHandler: signedIn(ctx),
    handler: async (request, reply) => {
      await removeMilestone(ctx, viewerOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  });
}
