import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  pulseAnswersBody,
  pulseOverview,
  pulseQuestionsInput,
  pulseSettingsInput,
  pulseSurvey,
  savedPulseAnswers,
  stakeholderInput,
} from "../../contract/pulses";
import { signedIn, viewerOf } from "../access/signed-in";
import type { AppContext } from "../context";
import { errorResponse } from "../http/errors";
import { byIp, rateLimited } from "../http/rate-limit";
import { denied, idParams } from "../http/route-schemas";
import {
  pulseOverview as overviewFor,
  putPulseQuestions,
  putPulseSettings,
  sendRoundNow,
} from "./service";
import { addStakeholder, approveStakeholder, removeStakeholder } from "./stakeholders";
import { pulseSurveyFor, savePulseAnswers, submitPulse } from "./survey-service";

const tags = ["pulses"];
const engagementParams = idParams("an engagement");
const stakeholderParams = idParams("a stakeholder");
/** Any text up to 100 characters: a link cut short by a mail program is "not valid" (404). */
const linkParams = z.object({
  token: z.string().max(100).describe("The token of the stakeholder's private link"),
});
const linkRefused = { 404: errorResponse, 410: errorResponse, 429: errorResponse };
const PULSE_RATE_LIMIT = { max: 300, windowSeconds: 600 } as const;
const changeRefused = { 400: errorResponse, 409: errorResponse, ...denied };

export function registerPulseRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get("/api/engagements/:id/pulses", {
    schema: {
      tags,
      summary:
        "The stakeholder pulses: settings, stakeholders, rounds and the trend per behaviour (client and coach)",
      params: engagementParams,
      response: { 200: pulseOverview, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => overviewFor(ctx, viewerOf(request), request.params.id),
  });

  api.put("/api/engagements/:id/pulse-settings", {
    schema: {
      tags,
      summary: "Turn pulses on or off and set every how many weeks they go out (the coach)",
      params: engagementParams,
      body: pulseSettingsInput,
      response: { 200: pulseOverview, ...changeRefused },
    },
    preHandler: signedIn(ctx),
    handler: async (request) =>
      putPulseSettings(ctx, viewerOf(request), request.params.id, request.body),
  });

  api.put("/api/engagements/:id/pulse-questions", {
    schema: {
      tags,
      summary: "Word the three to five behaviours, until the first round (client and coach)",
      params: engagementParams,
      body: pulseQuestionsInput,
      response: { 200: pulseOverview, ...changeRefused },
    },
    preHandler: signedIn(ctx),
    handler: async (request) =>
      putPulseQuestions(ctx, viewerOf(request), request.params.id, request.body),
  });

  api.post("/api/engagements/:id/pulse-stakeholders", {
    schema: {
      tags,
      summary:
        "Add a stakeholder; the other party approves them before any link (client and coach)",
      params: engagementParams,
      body: stakeholderInput,
      response: { 201: pulseOverview, ...changeRefused },
    },
    preHandler: signedIn(ctx),
    handler: async (request, reply) => {
      const overview = await addStakeholder(
        ctx,
        viewerOf(request),
        request.params.id,
        request.body,
      );
      return reply.status(201).send(overview);
    },
  });

  api.post("/api/pulse-stakeholders/:id/approve", {
    schema: {
      tags,
      summary: "Approve a stakeholder the other party added (client or coach)",
      params: stakeholderParams,
      response: { 200: pulseOverview, ...changeRefused },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => approveStakeholder(ctx, viewerOf(request), request.params.id),
  });

  api.delete("/api/pulse-stakeholders/:id", {
    schema: {
      tags,
      summary: "Take a stakeholder off, or decline a waiting one: no further rounds go to them",
      params: stakeholderParams,
      response: { 200: pulseOverview, ...changeRefused },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => removeStakeholder(ctx, viewerOf(request), request.params.id),
  });

  api.post("/api/engagements/:id/pulse-rounds", {
    schema: {
      tags,
      summary: "Send a pulse round now (the coach); the next is due N weeks after it",
      params: engagementParams,
      response: { 201: pulseOverview, ...changeRefused },
    },
    preHandler: signedIn(ctx),
    handler: async (request, reply) => {
      const overview = await sendRoundNow(ctx, viewerOf(request), request.params.id);
      return reply.status(201).send(overview);
    },
  });

  const guarded = {
    onRequest: neverStored,
    preHandler: rateLimited(ctx.db, { key: byIp("pulse-survey"), ...PULSE_RATE_LIMIT }),
  };

  api.get("/api/pulse/:token", {
    ...guarded,
    schema: {
      tags,
      summary: "A stakeholder's pulse through their private link: open with their draft, or closed",
      params: linkParams,
      response: { 200: pulseSurvey, ...linkRefused },
    },
    handler: async (request) => pulseSurveyFor(ctx, request.params.token),
  });

  api.put("/api/pulse/:token/answers", {
    ...guarded,
    schema: {
      tags,
      summary: "Save answers as they are given (kept sealed until the round closes)",
      params: linkParams,
      body: pulseAnswersBody,
      response: { 200: savedPulseAnswers, 400: errorResponse, 409: errorResponse, ...linkRefused },
    },
    handler: async (request) => savePulseAnswers(ctx, request.params.token, request.body),
  });

  api.post("/api/pulse/:token/submit", {
    ...guarded,
    schema: {
      tags,
      summary:
        "Send the answers: they join the others, with no link to the stakeholder, when the round closes",
      params: linkParams,
      response: { 200: pulseSurvey, 400: errorResponse, 409: errorResponse, ...linkRefused },
    },
    handler: async (request) => submitPulse(ctx, request.params.token),
  });
}

/** A stakeholder's link and answers must not stay in a browser's or a proxy's cache. */
async function neverStored(_request: FastifyRequest, reply: FastifyReply) {
  reply.header("cache-control", "no-store");
}
