import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  createPlanTemplateBody,
  planTemplate,
  planTemplateSummary,
  planView,
  stalePlan,
  startFromTemplateBody,
} from "../../contract/goals";
import { signedIn, viewerOf } from "../access/signed-in";
import type { AppContext } from "../context";
import { errorResponse } from "../http/errors";
import { denied, idParams, signedInRefusals } from "../http/route-schemas";
import type { BuiltInPlanTemplates } from "./plan-template-files";
import {
  createTemplate,
  deleteTemplate,
  findTemplate,
  listTemplates,
  startPlanFromTemplate,
} from "./plan-templates";
import { answeringStale } from "./stale";

const tags = ["plan templates"];
const templateParams = z.object({
  id: z.string().min(1).max(100).describe("A built-in template's id, or one's own template's id"),
});

export function registerPlanTemplateRoutes(
  app: FastifyInstance,
  ctx: AppContext,
  builtIns: BuiltInPlanTemplates,
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get("/api/plan-templates", {
    schema: {
      tags,
      summary: "The plan templates on offer: Keel's and the coach's own",
      response: { 200: z.array(planTemplateSummary), ...signedInRefusals },
    },
    preHandler: signedIn(ctx, "coach"),
    handler: async (request) => listTemplates(ctx, builtIns, viewerOf(request)),
  });

  api.get("/api/plan-templates/:id", {
    schema: {
      tags,
      summary: "One plan template with its plan",
      params: templateParams,
      response: { 200: planTemplate, 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx, "coach"),
    handler: async (request) => findTemplate(ctx, builtIns, viewerOf(request), request.params.id),
  });

  api.post("/api/plan-templates", {
    schema: {
      tags,
      summary: "Keep a plan as one's own template, sent whole or taken from a goal",
      body: createPlanTemplateBody,
      response: { 201: planTemplate, 400: errorResponse, ...signedInRefusals },
    },
    preHandler: signedIn(ctx, "coach"),
    handler: async (request, reply) =>
      reply.status(201).send(await createTemplate(ctx, viewerOf(request), request.body)),
  });

  api.delete("/api/plan-templates/:id", {
    schema: {
      tags,
      summary: "Delete one's own plan template (plans started from it keep their copy)",
      params: templateParams,
      response: { 204: z.null(), 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx, "coach"),
    handler: async (request, reply) => {
      await deleteTemplate(ctx, builtIns, viewerOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  });

  api.post("/api/goals/:id/plan/from-template", {
    schema: {
      tags,
      summary: "Add a template's items to the goal's plan as a new version (the coach)",
      params: idParams("a goal"),
      body: startFromTemplateBody,
      response: { 200: planView, 400: errorResponse, ...denied, 409: stalePlan.or(errorResponse) },
    },
    preHandler: signedIn(ctx),
    handler: async (request, reply) =>
      answeringStale(reply, () =>
        startPlanFromTemplate(ctx, builtIns, viewerOf(request), request.params.id, request.body),
      ),
  });
}
