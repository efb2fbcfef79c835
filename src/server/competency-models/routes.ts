import type { FastifyInstance } from "fastify";
import { validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  competencyModelChange,
  competencyModelContent,
  createModelBody,
  modelSummary,
  modelView,
} from "../../contract/competency-models";
import { signedIn, viewerOf } from "../access/signed-in";
import type { AppContext } from "../context";
import { errorResponse } from "../http/errors";
import { denied, signedInRefusals } from "../http/route-schemas";
import { createModel, deleteModel, getModel, listModels, updateModel } from "./service";

const tags = ["competency models"];
const modelParams = z.object({
  id: z.string().min(1).max(100).describe("A built-in model's id, or the coach's own model's id"),
});
const versionQuery = z.object({
  version: z.coerce
    .number("Give the version you edited")
    .int("Give the version you edited")
    .min(1, "Give the version you edited")
    .optional()
    .describe("The version the change was made to; if the model has moved on since, a 409"),
});

const [copyBody] = createModelBody.options;

/**
 * Checks a new model's body against the one form it chose (a copy when it names `copyOf`), so
 * a refused body is told about its own fields rather than a bare "Invalid input" of the union.
 */
const createBodyValidator = () => (body: unknown) =>
  validatorCompiler({
    schema:
      body && typeof body === "object" && "copyOf" in body ? copyBody : competencyModelContent,
    method: "POST",
    url: "/api/competency-models",
    httpPart: "body",
  })(body);

export function registerCompetencyModelRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get("/api/competency-models", {
    schema: {
      tags,
      summary: "The competency models a coach can use: Keel's own, then the coach's own",
      response: { 200: z.array(modelSummary), ...signedInRefusals },
    },
    preHandler: signedIn(ctx, "coach"),
    handler: async (request) => listModels(ctx, viewerOf(request)),
  });

  api.get("/api/competency-models/:id", {
    schema: {
      tags,
      summary: "One competency model with its behaviours and open questions",
      params: modelParams,
      response: { 200: modelView, ...denied },
    },
    preHandler: signedIn(ctx, "coach"),
    handler: async (request) => getModel(ctx, viewerOf(request), request.params.id),
  });

  api.post("/api/competency-models", {
    schema: {
      tags,
      summary: "Make a model of one's own: a copy of Keel's or one's own, or one written whole",
      body: createModelBody,
      response: { 201: modelView, 400: errorResponse, ...signedInRefusals },
    },
    validatorCompiler: createBodyValidator,
    preHandler: signedIn(ctx, "coach"),
    handler: async (request, reply) => {
      const viewer = viewerOf(request);
      return reply.status(201).send(await createModel(ctx, viewer, request.body));
    },
  });

  api.patch("/api/competency-models/:id", {
    schema: {
      tags,
      summary:
        "Change one's own model, as its next version; campaigns already created keep their copy",
      params: modelParams,
      querystring: versionQuery,
      body: competencyModelChange,
      response: { 200: modelView, 400: errorResponse, 409: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx, "coach"),
    handler: async (request) =>
      updateModel(ctx, viewerOf(request), request.params.id, request.body, request.query.version),
  });

  api.delete("/api/competency-models/:id", {
    schema: {
      tags,
      summary: "Delete one's own model; campaigns already created keep their copy",
      params: modelParams,
      response: { 204: z.null(), ...denied },
    },
    preHandler: signedIn(ctx, "coach"),
    handler: async (request, reply) => {
      await deleteModel(ctx, viewerOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  });
}
