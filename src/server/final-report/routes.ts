import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { finalReport, sharedReport, sharingInput, sharingView } from "../../contract/final-report";
import { signedIn, viewerOf } from "../access/signed-in";
import type { AppContext } from "../context";
import { errorResponse } from "../http/errors";
import { denied, idParams } from "../http/route-schemas";
import { getFinalReport } from "./report";
import { finalReportFileName, finalReportPdf } from "./report-pdf";
import { getSharedReport, getSharing, putSharing } from "./sharing";

const tags = ["final report"];

export function registerFinalReportRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get("/api/engagements/:id/final-report", {
    onRequest: neverStored,
    schema: {
      tags,
      summary:
        "The final report: goals and outcomes, both reflections once both shared, the sustain plan",
      params: idParams("an engagement"),
      response: { 200: finalReport, 400: errorResponse, ...denied, 409: errorResponse },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => getFinalReport(ctx, viewerOf(request), request.params.id),
  });

  api.get("/api/engagements/:id/final-report.pdf", {
    onRequest: neverStored,
    schema: {
      tags,
      summary: "The final report as a PDF, with each goal's progress chart",
      params: idParams("an engagement"),
      response: {
        200: z.unknown().describe("The final report as application/pdf"),
        400: errorResponse,
        ...denied,
        409: errorResponse,
      },
    },
    preHandler: signedIn(ctx),
    handler: async (request, reply) => {
      const viewer = viewerOf(request);
      const report = await getFinalReport(ctx, viewer, request.params.id);
      const pdf = await finalReportPdf(report, viewer.practiceName);
      return reply
        .type("application/pdf")
        .header(
          "content-disposition",
          `attachment; filename="${finalReportFileName(report.clientName)}"`,
        )
        .send(pdf);
    },
  });

  api.get("/api/engagements/:id/report-sharing", {
    onRequest: neverStored,
    schema: {
      tags,
      summary:
        "What the client shares of the final report with the sponsor, and the sponsor's reads",
      params: idParams("an engagement"),
      response: { 200: sharingView, 400: errorResponse, ...denied, 409: errorResponse },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => getSharing(ctx, viewerOf(request), request.params.id),
  });

  api.put("/api/engagements/:id/report-sharing", {
    schema: {
      tags,
      summary: "The client's summary and choice, item by item, of what the sponsor sees",
      params: idParams("an engagement"),
      body: sharingInput,
      response: { 200: sharingView, 400: errorResponse, ...denied, 409: errorResponse },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => putSharing(ctx, viewerOf(request), request.params.id, request.body),
  });

  api.get("/api/engagements/:id/shared-report", {
    onRequest: neverStored,
    schema: {
      tags,
      summary:
        "What the client shares with the sponsor, and nothing else; each read by the sponsor is logged",
      params: idParams("an engagement"),
      response: { 200: sharedReport, 400: errorResponse, ...denied, 409: errorResponse },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => getSharedReport(ctx, viewerOf(request), request.params.id),
  });
}

/** The client's own report: no shared cache keeps a copy. */
async function neverStored(_request: FastifyRequest, reply: FastifyReply) {
  reply.header("cache-control", "no-store");
}
