import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { savedSurveyAnswers, saveFeedbackAnswersBody, surveyView } from "../../contract/feedback";
import type { AppContext } from "../context";
import { errorResponse } from "../http/errors";
import { byIp, rateLimited } from "../http/rate-limit";
import { saveSurveyAnswers, submitSurvey, surveyFor } from "./survey-service";

const tags = ["feedback survey"];
/**
 * Any text up to 100 characters: a link cut short by a mail program is "not valid" (404) to the
 * rater, like any other wrong link, rather than a 400 about a parameter.
 */
const linkParams = z.object({
  token: z.string().max(100).describe("The token of the rater's private link"),
});
const refused = { 404: errorResponse, 429: errorResponse };
const answerRefused = { ...refused, 400: errorResponse, 409: errorResponse };

/**
 * A person saves every answer as they give it, so the limit is generous for a person (and for a
 * team behind one office address), yet makes guessing tokens at speed pointless.
 */
export const SURVEY_RATE_LIMIT = { max: 600, windowSeconds: 600 } as const;

/** The raters' private links: no account, the token is the only key. */
export function registerSurveyRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const guarded = {
    onRequest: neverStored,
    preHandler: rateLimited(ctx.db, { key: byIp("feedback-survey"), ...SURVEY_RATE_LIMIT }),
  };

  api.get("/api/feedback/survey/:token", {
    ...guarded,
    schema: {
      tags,
      summary:
        "A rater's survey through their private link: open with their draft, or the thank-you or closed facts",
      params: linkParams,
      response: { 200: surveyView, ...refused },
    },
    handler: async (request) => surveyFor(ctx, request.params.token),
  });

  api.put("/api/feedback/survey/:token/answers", {
    ...guarded,
    schema: {
      tags,
      summary: "Save answers as they are given (until the rater submits or the survey closes)",
      params: linkParams,
      body: saveFeedbackAnswersBody,
      response: { 200: savedSurveyAnswers, ...answerRefused },
    },
    handler: async (request) => saveSurveyAnswers(ctx, request.params.token, request.body),
  });

  api.post("/api/feedback/survey/:token/submit", {
    ...guarded,
    schema: {
      tags,
      summary:
        "Send the feedback: it stays sealed until the survey closes, then joins the others with no link to the rater; the link accepts no more",
      params: linkParams,
      response: { 200: surveyView, ...answerRefused },
    },
    handler: async (request) => submitSurvey(ctx, request.params.token),
  });
}

/** A rater's answers and link must not stay in a browser's or a proxy's cache. */
async function neverStored(_request: FastifyRequest, reply: FastifyReply) {
  reply.header("cache-control", "no-store");
}
