import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  assessmentForm,
  assessmentResults,
  assessmentSummary,
  assignAssessmentBody,
  instrumentSummary,
  saveAnswersBody,
  savedAnswers,
} from "../../contract/assessments";
import { signedIn, viewerOf } from "../access/signed-in";
import type { AppContext } from "../context";
import { errorResponse } from "../http/errors";
import { denied, idParams, signedInRefusals } from "../http/route-schemas";
import {
  assign,
  getForm,
  listForEngagement,
  listInstruments,
  results,
  saveAnswers,
  submit,
  withdraw,
} from "./service";

const tags = ["assessments"];
const engagementParams = idParams("an engagement");
const assessmentParams = idParams("a questionnaire");
const closedOrDenied = { ...denied, 400: errorResponse, 409: errorResponse };

export function registerAssessmentRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get("/api/instruments", {
    schema: {
      tags,
      summary: "The questionnaires a coach can assign (the newest version of each)",
      response: { 200: z.array(instrumentSummary), ...signedInRefusals },
    },
    preHandler: signedIn(ctx, "coach"),
    handler: async () => listInstruments(ctx),
  });

  api.get("/api/engagements/:id/assessments", {
    schema: {
      tags,
      summary: "The questionnaires assigned in an engagement (its client and coach only)",
      params: engagementParams,
      response: { 200: z.array(assessmentSummary), 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => listForEngagement(ctx, viewerOf(request), request.params.id),
  });

  api.post("/api/engagements/:id/assessments", {
    schema: {
      tags,
      summary: "Assign a questionnaire to the engagement's client (its coach only)",
      params: engagementParams,
      body: assignAssessmentBody,
      response: { 201: assessmentSummary, ...closedOrDenied },
    },
    preHandler: signedIn(ctx),
    handler: async (request, reply) => {
      const viewer = viewerOf(request);
      return reply.status(201).send(await assign(ctx, viewer, request.params.id, request.body));
    },
  });

  api.get("/api/assessments/:id", {
    schema: {
      tags,
      summary: "A questionnaire with its statements, and the answers so far for its client",
      params: assessmentParams,
      response: { 200: assessmentForm, 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => getForm(ctx, viewerOf(request), request.params.id),
  });

  api.put("/api/assessments/:id/answers", {
    schema: {
      tags,
      summary: "Save answers as they are given (the client only; until submitted)",
      params: assessmentParams,
      body: saveAnswersBody,
      response: { 200: savedAnswers, ...closedOrDenied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) =>
      saveAnswers(ctx, viewerOf(request), request.params.id, request.body.answers),
  });

  api.post("/api/assessments/:id/submit", {
    schema: {
      tags,
      summary: "Submit the answers; they become final and the results appear",
      params: assessmentParams,
      response: { 200: assessmentSummary, ...closedOrDenied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => submit(ctx, viewerOf(request), request.params.id),
  });

  api.post("/api/assessments/:id/withdraw", {
    schema: {
      tags,
      summary: "Withdraw a questionnaire not yet submitted (the coach only)",
      params: assessmentParams,
      response: { 200: assessmentSummary, ...closedOrDenied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => withdraw(ctx, viewerOf(request), request.params.id),
  });

  api.get("/api/assessments/:id/results", {
    schema: {
      tags,
      summary: "The scored profile: each scale with its error band, local percentile and meaning",
      params: assessmentParams,
      response: { 200: assessmentResults, ...closedOrDenied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => results(ctx, viewerOf(request), request.params.id),
  });
}
