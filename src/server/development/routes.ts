import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  createEntryBody,
  developmentEntry,
  developmentProfile,
  dismissBody,
  updateEntryBody,
} from "../../contract/development";
import { signedIn, viewerOf } from "../access/signed-in";
import type { AppContext } from "../context";
import { errorResponse } from "../http/errors";
import { denied, idParams } from "../http/route-schemas";
import {
  addEntry,
  dismissProposal,
  getProfile,
  removeEntry,
  restoreProposal,
  updateEntry,
} from "./service";

const tags = ["development profile"];
const engagementParams = idParams("an engagement");
const entryParams = idParams("an entry");

export function registerDevelopmentRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const profileUrl = "/api/engagements/:id/development-profile";

  api.get(profileUrl, {
    schema: {
      tags,
      summary:
        "The client's strengths and development areas, with Keel's proposals from the evidence",
      params: engagementParams,
      response: { 200: developmentProfile, 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => getProfile(ctx, viewerOf(request), request.params.id),
  });

  api.post(`${profileUrl}/entries`, {
    schema: {
      tags,
      summary: "Add an entry, or accept a proposal (client or coach)",
      params: engagementParams,
      body: createEntryBody,
      response: { 201: developmentEntry, 409: errorResponse, 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request, reply) => {
      const viewer = viewerOf(request);
      return reply.status(201).send(await addEntry(ctx, viewer, request.params.id, request.body));
    },
  });

  api.post(`${profileUrl}/dismissals`, {
    schema: {
      tags,
      summary: "Set a proposal aside so it is not proposed again",
      params: engagementParams,
      body: dismissBody,
      response: { 204: z.null(), 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request, reply) => {
      const viewer = viewerOf(request);
      await dismissProposal(ctx, viewer, request.params.id, request.body.proposalKey);
      return reply.status(204).send(null);
    },
  });

  api.delete(`${profileUrl}/dismissals/:key`, {
    schema: {
      tags,
      summary: "Bring a suggestion that was set aside back among the suggestions",
      params: engagementParams.extend({
        key: z.string().min(1).max(300).describe("The suggestion's key"),
      }),
      response: { 204: z.null(), 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request, reply) => {
      const { id, key } = request.params;
      await restoreProposal(ctx, viewerOf(request), id, key);
      return reply.status(204).send(null);
    },
  });

  api.patch("/api/development-entries/:id", {
    schema: {
      tags,
      summary: "Edit an entry's kind, title or detail (client or coach)",
      params: entryParams,
      body: updateEntryBody,
      response: { 200: developmentEntry, 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) =>
      updateEntry(ctx, viewerOf(request), request.params.id, request.body),
  });

  api.delete("/api/development-entries/:id", {
    schema: {
      tags,
      summary: "Remove an entry (client or coach)",
      params: entryParams,
      response: { 204: z.null(), 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request, reply) => {
      await removeEntry(ctx, viewerOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  });
}
