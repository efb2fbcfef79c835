import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  impactQuery,
  programmeHealth,
  programmeImpact,
  programmeSponsor,
  sponsorBody,
  sponsoredProgramme,
} from "../../contract/programme-impact";
import { signedIn, viewerOf } from "../access/signed-in";
import type { AppContext } from "../context";
import { errorResponse } from "../http/errors";
import { denied, idParams, signedInRefusals } from "../http/route-schemas";
import { getProgrammeHealth } from "./health";
import { getProgrammeImpact } from "./impact";
import { programmeImpactFileName, programmeImpactPdf } from "./impact-pdf";
import { addSponsor, listSponsoredProgrammes, listSponsors, removeSponsor } from "./sponsors";

// A programme's sponsors (the admin's), the sponsor's aggregates and the admin's health page.

const tags = ["programmes"];
const programmeParams = idParams("a programme");
const sponsorParams = z.object({
  id: z.uuid("Not a programme id"),
  sponsorId: z.uuid("Not a sponsor id"),
});
const badOrDenied = { ...denied, 400: errorResponse };

export function registerProgrammeImpactRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const admin = signedIn(ctx, "admin");

  api.get("/api/programmes/:id/sponsors", {
    schema: {
      tags,
      summary: "A programme's sponsors, who see its aggregates (admin)",
      params: programmeParams,
      response: { 200: z.array(programmeSponsor), ...badOrDenied },
    },
    preHandler: admin,
    handler: async (request) => listSponsors(ctx, viewerOf(request), request.params.id),
  });

  api.post("/api/programmes/:id/sponsors", {
    schema: {
      tags,
      summary: "Name one of the practice's sponsors a sponsor of the programme (admin)",
      params: programmeParams,
      body: sponsorBody,
      response: { 201: programmeSponsor, ...badOrDenied },
    },
    preHandler: admin,
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await addSponsor(ctx, viewerOf(request), request.params.id, request.body.sponsorId)),
  });

  api.delete("/api/programmes/:id/sponsors/:sponsorId", {
    schema: {
      tags,
      summary: "Stop a sponsor seeing the programme's aggregates (admin)",
      params: sponsorParams,
      response: { 204: z.null(), ...badOrDenied },
    },
    preHandler: admin,
    handler: async (request, reply) => {
      await removeSponsor(ctx, viewerOf(request), request.params.id, request.params.sponsorId);
      return reply.status(204).send(null);
    },
  });

  api.get("/api/sponsored-programmes", {
    schema: {
      tags,
      summary: "The programmes the signed-in sponsor sponsors",
      response: { 200: z.array(sponsoredProgramme), ...signedInRefusals },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => listSponsoredProgrammes(ctx, viewerOf(request)),
  });

  api.get("/api/programmes/:id/impact", {
    schema: {
      tags,
      summary:
        "A programme's aggregates per cohort and filter, each on at least k participants (its sponsor or the admin)",
      params: programmeParams,
      querystring: impactQuery,
      response: { 200: programmeImpact, ...badOrDenied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) =>
      getProgrammeImpact(ctx, viewerOf(request), request.params.id, request.query),
  });

  api.get("/api/programmes/:id/impact.pdf", {
    schema: {
      tags,
      summary:
        "A programme's aggregates as a PDF with their charts, the view asked for first (its sponsor or the admin)",
      params: programmeParams,
      querystring: impactQuery,
      response: {
        200: z.unknown().describe("The programme's impact as application/pdf"),
        ...badOrDenied,
      },
    },
    preHandler: signedIn(ctx),
    handler: async (request, reply) => {
      const viewer = viewerOf(request);
      const impact = await getProgrammeImpact(ctx, viewer, request.params.id, request.query);
      const pdf = await programmeImpactPdf(impact, viewer.practiceName, new Date());
      return reply
        .type("application/pdf")
        .header("cache-control", "no-store")
        .header(
          "content-disposition",
          `attachment; filename="${programmeImpactFileName(impact.programme.name)}"`,
        )
        .send(pdf);
    },
  });

  api.get("/api/programmes/:id/health", {
    schema: {
      tags,
      summary: "A programme's sessions, engagements at risk (a count) and coaches' load (admin)",
      params: programmeParams,
      response: { 200: programmeHealth, ...badOrDenied },
    },
    preHandler: admin,
    handler: async (request) => getProgrammeHealth(ctx, viewerOf(request), request.params.id),
  });
}
