import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  campaignDashboardPage,
  campaignSummary,
  campaignView,
  createCampaignBody,
  moveCampaignBody,
  raterBody,
  raterChange,
  raterLinkResent,
  savedSurveyAnswers,
  saveFeedbackAnswersBody,
  selfRatingView,
  updateCampaignBody,
} from "../../contract/feedback";
import { signedIn, viewerOf } from "../access/signed-in";
import type { AppContext } from "../context";
import { errorResponse } from "../http/errors";
import { denied, idParams } from "../http/route-schemas";
import { moveCampaign } from "./campaign-moves";
import { addRater, approveRater, changeRater, declineRater, removeRater } from "./campaign-raters";
import {
  createCampaign,
  deleteCampaign,
  getCampaign,
  listForEngagement,
  updateCampaign,
} from "./campaign-service";
import { dashboardQueryParams, listDashboard } from "./dashboard";
import { resendRaterLink } from "./rater-links";
import { getSelfRating, saveSelfRating, submitSelfRating } from "./self-rating";

const tags = ["feedback"];
const engagementParams = idParams("an engagement");
const campaignParams = idParams("a feedback campaign");
const raterParams = idParams("a rater");
const refused = { ...denied, 400: errorResponse, 409: errorResponse };

export function registerCampaignRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get("/api/feedback-campaigns", {
    schema: {
      tags,
      summary:
        "The coach's 360 feedback dashboard: every campaign of their engagements, newest first, with responses per group",
      querystring: dashboardQueryParams,
      response: { 200: campaignDashboardPage, 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx, "coach"),
    handler: async (request) => listDashboard(ctx, viewerOf(request), request.query),
  });

  api.get("/api/engagements/:id/feedback-campaigns", {
    schema: {
      tags,
      summary: "The 360 feedback campaigns of an engagement (its client and coach only)",
      params: engagementParams,
      response: { 200: z.array(campaignSummary), 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => listForEngagement(ctx, viewerOf(request), request.params.id),
  });

  api.post("/api/engagements/:id/feedback-campaigns", {
    schema: {
      tags,
      summary: "Start a 360 feedback for the engagement's client, as a draft (its coach only)",
      params: engagementParams,
      body: createCampaignBody,
      response: { 201: campaignView, ...refused },
    },
    preHandler: signedIn(ctx),
    handler: async (request, reply) => {
      const viewer = viewerOf(request);
      const created = await createCampaign(ctx, viewer, request.params.id, request.body);
      return reply.status(201).send(created);
    },
  });

  api.get("/api/feedback-campaigns/:id", {
    schema: {
      tags,
      summary:
        "A 360 feedback campaign: its settings, raters, responses per group (never who) and the viewer's next moves",
      params: campaignParams,
      response: { 200: campaignView, 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => getCampaign(ctx, viewerOf(request), request.params.id),
  });

  api.patch("/api/feedback-campaigns/:id", {
    schema: {
      tags,
      summary:
        "Change the settings until invitations go out, and the deadline until it closes (the coach)",
      params: campaignParams,
      body: updateCampaignBody,
      response: { 200: campaignView, ...refused },
    },
    preHandler: signedIn(ctx),
    handler: async (request) =>
      updateCampaign(ctx, viewerOf(request), request.params.id, request.body),
  });

  api.delete("/api/feedback-campaigns/:id", {
    schema: {
      tags,
      summary: "Delete a campaign whose invitations have not gone out (the coach)",
      params: campaignParams,
      response: { 204: z.null(), ...denied, 400: errorResponse, 409: errorResponse },
    },
    preHandler: signedIn(ctx),
    handler: async (request, reply) => {
      await deleteCampaign(ctx, viewerOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  });

  api.post("/api/feedback-campaigns/:id/status", {
    schema: {
      tags,
      summary:
        "Move a campaign: open nominations, send the list for approval, approve and invite, close, release the report",
      params: campaignParams,
      body: moveCampaignBody,
      response: { 200: campaignView, ...refused },
    },
    preHandler: signedIn(ctx),
    handler: async (request) =>
      moveCampaign(ctx, viewerOf(request), request.params.id, request.body.to),
  });

  api.post("/api/feedback-campaigns/:id/raters", {
    schema: {
      tags,
      summary:
        "Nominate a rater (the client while nominating, the coach until invitations; while collecting either of them, and the rater waits for the other's approval)",
      params: campaignParams,
      body: raterBody,
      response: { 201: campaignView, ...refused },
    },
    preHandler: signedIn(ctx),
    handler: async (request, reply) => {
      const viewer = viewerOf(request);
      return reply.status(201).send(await addRater(ctx, viewer, request.params.id, request.body));
    },
  });

  api.patch("/api/feedback-raters/:id", {
    schema: {
      tags,
      summary: "Change a rater's name, address or group before they are invited",
      params: raterParams,
      body: raterChange,
      response: { 200: campaignView, ...refused },
    },
    preHandler: signedIn(ctx),
    handler: async (request) =>
      changeRater(ctx, viewerOf(request), request.params.id, request.body),
  });

  api.delete("/api/feedback-raters/:id", {
    schema: {
      tags,
      summary:
        "Remove a rater before invitations go out; while answers are collected, only one still waiting for approval",
      params: raterParams,
      response: { 200: campaignView, ...refused },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => removeRater(ctx, viewerOf(request), request.params.id),
  });

  api.post("/api/feedback-raters/:id/approve", {
    schema: {
      tags,
      summary:
        "Approve a rater added while collecting, who then gets their link (the party who did not add them)",
      params: raterParams,
      response: { 200: campaignView, ...refused },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => approveRater(ctx, viewerOf(request), request.params.id),
  });

  api.post("/api/feedback-raters/:id/decline", {
    schema: {
      tags,
      summary:
        "Decline a rater added while collecting: they are taken off, never asked (the party who did not add them)",
      params: raterParams,
      response: { 200: campaignView, ...refused },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => declineRater(ctx, viewerOf(request), request.params.id),
  });

  api.post("/api/feedback-raters/:id/resend", {
    schema: {
      tags,
      summary:
        "Mail an invited rater their same private link again, never shown to the caller (the coach, while collecting; once per rater in 10 minutes)",
      params: raterParams,
      response: { 200: raterLinkResent, ...refused, 429: errorResponse },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => resendRaterLink(ctx, viewerOf(request), request.params.id),
  });

  api.get("/api/feedback-campaigns/:id/self-rating", {
    schema: {
      tags,
      summary: "The client's own ratings on the campaign's behaviours (the client only)",
      params: campaignParams,
      response: { 200: selfRatingView, 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => getSelfRating(ctx, viewerOf(request), request.params.id),
  });

  api.put("/api/feedback-campaigns/:id/self-rating", {
    schema: {
      tags,
      summary: "Save some self-ratings as a draft (the client; until submitted or closed)",
      params: campaignParams,
      body: saveFeedbackAnswersBody,
      response: { 200: savedSurveyAnswers, ...refused },
    },
    preHandler: signedIn(ctx),
    handler: async (request) =>
      saveSelfRating(ctx, viewerOf(request), request.params.id, request.body),
  });

  api.post("/api/feedback-campaigns/:id/self-rating/submit", {
    schema: {
      tags,
      summary: "Submit the self-rating: every behaviour rated or not observed; it becomes final",
      params: campaignParams,
      response: { 200: selfRatingView, ...refused },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => submitSelfRating(ctx, viewerOf(request), request.params.id),
  });
}
