import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  assignExerciseBody,
  exerciseContent,
  exerciseContentChange,
  exerciseSummary,
  exerciseView,
  savedExerciseAnswers,
  saveExerciseAnswersBody,
  templateSummary,
  templateView,
} from "../../contract/exercises";
import { signedIn, viewerOf } from "../access/signed-in";
import type { AppContext } from "../context";
import { errorResponse } from "../http/errors";
import { denied, idParams, signedInRefusals } from "../http/route-schemas";
import {
  assign,
  getExercise,
  listForEngagement,
  saveAnswers,
  submit,
  withdraw,
} from "./assigned-exercises";
import {
  createTemplate,
  deleteTemplate,
  getTemplate,
  listTemplates,
  updateTemplate,
} from "./templates";

const tags = ["exercises"];
const engagementParams = idParams("an engagement");
const exerciseParams = idParams("an exercise");
const templateParams = z.object({
  id: z.string().min(1).max(100).describe("A built-in exercise's name, or a coach's template id"),
});
const closedOrDenied = { ...denied, 400: errorResponse, 409: errorResponse };

export function registerExerciseRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get("/api/exercise-templates", {
    schema: {
      tags,
      summary: "The exercises a coach can assign: Keel's own and the coach's own templates",
      response: { 200: z.array(templateSummary), ...signedInRefusals },
    },
    preHandler: signedIn(ctx, "coach"),
    handler: async (request) => listTemplates(ctx, viewerOf(request)),
  });

  api.get("/api/exercise-templates/:id", {
    schema: {
      tags,
      summary: "One exercise template with its questions (a built-in, or the coach's own)",
      params: templateParams,
      response: { 200: templateView, ...denied },
    },
    preHandler: signedIn(ctx, "coach"),
    handler: async (request) => getTemplate(ctx, viewerOf(request), request.params.id),
  });

  api.post("/api/exercise-templates", {
    schema: {
      tags,
      summary: "Write an exercise template of one's own (coaches)",
      body: exerciseContent,
      response: { 201: templateView, 400: errorResponse, ...signedInRefusals },
    },
    preHandler: signedIn(ctx, "coach"),
    handler: async (request, reply) => {
      const viewer = viewerOf(request);
      return reply.status(201).send(await createTemplate(ctx, viewer, request.body));
    },
  });

  api.patch("/api/exercise-templates/:id", {
    schema: {
      tags,
      summary: "Change one's own template; exercises already assigned keep their copy",
      params: templateParams,
      body: exerciseContentChange,
      response: { 200: templateView, 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx, "coach"),
    handler: async (request) =>
      updateTemplate(ctx, viewerOf(request), request.params.id, request.body),
  });

  api.delete("/api/exercise-templates/:id", {
    schema: {
      tags,
      summary: "Delete one's own template; exercises already assigned keep their copy",
      params: templateParams,
      response: { 204: z.null(), ...denied },
    },
    preHandler: signedIn(ctx, "coach"),
    handler: async (request, reply) => {
      await deleteTemplate(ctx, viewerOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  });

  api.get("/api/engagements/:id/exercises", {
    schema: {
      tags,
      summary: "The exercises assigned in an engagement (its client and coach only)",
      params: engagementParams,
      response: { 200: z.array(exerciseSummary), 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => listForEngagement(ctx, viewerOf(request), request.params.id),
  });

  api.post("/api/engagements/:id/exercises", {
    schema: {
      tags,
      summary: "Assign an exercise to the engagement's client (its coach only)",
      params: engagementParams,
      body: assignExerciseBody,
      response: { 201: exerciseSummary, ...closedOrDenied },
    },
    preHandler: signedIn(ctx),
    handler: async (request, reply) => {
      const viewer = viewerOf(request);
      return reply.status(201).send(await assign(ctx, viewer, request.params.id, request.body));
    },
  });

  api.get("/api/exercises/:id", {
    schema: {
      tags,
      summary:
        "An exercise with its questions; the answers for its client, and for the coach once submitted",
      params: exerciseParams,
      response: { 200: exerciseView, 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => getExercise(ctx, viewerOf(request), request.params.id),
  });

  api.put("/api/exercises/:id/answers", {
    schema: {
      tags,
      summary: "Save a draft: set or clear any answers (the client only; until submitted)",
      params: exerciseParams,
      body: saveExerciseAnswersBody,
      response: { 200: savedExerciseAnswers, ...closedOrDenied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) =>
      saveAnswers(ctx, viewerOf(request), request.params.id, request.body.answers),
  });

  api.post("/api/exercises/:id/submit", {
    schema: {
      tags,
      summary: "Submit the answers (the client only): they become final and the coach sees them",
      params: exerciseParams,
      response: { 200: exerciseSummary, ...closedOrDenied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => submit(ctx, viewerOf(request), request.params.id),
  });

  api.post("/api/exercises/:id/withdraw", {
    schema: {
      tags,
      summary: "Withdraw an exercise not yet submitted (the coach only)",
      params: exerciseParams,
      response: { 200: exerciseSummary, ...closedOrDenied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => withdraw(ctx, viewerOf(request), request.params.id),
  });
}
