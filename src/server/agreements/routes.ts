import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  acceptAgreementBody,
  agreementView,
  draftAgreementBody,
  sponsorConsentBody,
  sponsorEngagementView,
} from "../../contract/agreements";
import { signedIn, viewerOf } from "../access/signed-in";
import type { AppContext } from "../context";
import { errorResponse } from "../http/errors";
import { denied, idParams } from "../http/route-schemas";
import { acceptTerms, draftTerms, getAgreement } from "./agreement-service";
import { getSponsorView, putSponsorConsent } from "./sponsor-view";

const tags = ["three-way agreement"];
const answers = (view: typeof agreementView | typeof sponsorEngagementView) => ({
  200: view,
  400: errorResponse,
  ...denied,
  409: errorResponse,
});

export function registerAgreementRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get("/api/engagements/:id/agreement", {
    onRequest: neverStored,
    schema: {
      tags,
      summary: "The engagement's three-way agreement: its terms, who accepted, what is in force",
      params: idParams("an engagement"),
      response: answers(agreementView),
    },
    preHandler: signedIn(ctx),
    handler: async (request) => getAgreement(ctx, viewerOf(request), request.params.id),
  });

  api.put("/api/engagements/:id/agreement", {
    schema: {
      tags,
      summary: "The coach drafts or changes the terms; any change clears every acceptance",
      params: idParams("an engagement"),
      body: draftAgreementBody,
      response: answers(agreementView),
    },
    preHandler: signedIn(ctx),
    handler: async (request) => draftTerms(ctx, viewerOf(request), request.params.id, request.body),
  });

  api.post("/api/engagements/:id/agreement/accept", {
    schema: {
      tags,
      summary: "The coach, the client or the sponsor accepts the terms as read, for themselves",
      params: idParams("an engagement"),
      body: acceptAgreementBody,
      response: answers(agreementView),
    },
    preHandler: signedIn(ctx),
    handler: async (request) =>
      acceptTerms(ctx, viewerOf(request), request.params.id, request.body),
  });

  api.get("/api/engagements/:id/sponsor-view", {
    onRequest: neverStored,
    schema: {
      tags,
      summary:
        "What the sponsor sees of the engagement: its facts and what the client consented to; each read by the sponsor is logged",
      params: idParams("an engagement"),
      response: answers(sponsorEngagementView),
    },
    preHandler: signedIn(ctx),
    handler: async (request) => getSponsorView(ctx, viewerOf(request), request.params.id),
  });

  api.put("/api/engagements/:id/sponsor-consent", {
    schema: {
      tags,
      summary: "The client narrows (or widens, up to the terms in force) what the sponsor sees",
      params: idParams("an engagement"),
      body: sponsorConsentBody,
      response: answers(sponsorEngagementView),
    },
    preHandler: signedIn(ctx),
    handler: async (request) =>
      putSponsorConsent(ctx, viewerOf(request), request.params.id, request.body),
  });
}

/** The client's data: no shared cache keeps a copy. */
async function neverStored(_request: FastifyRequest, reply: FastifyReply) {
  reply.header("cache-control", "no-store");
}
