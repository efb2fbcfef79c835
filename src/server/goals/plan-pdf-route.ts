import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { signedIn, viewerOf } from "../access/signed-in";
import type { AppContext } from "../context";
import { errorResponse } from "../http/errors";
import { denied, idParams } from "../http/route-schemas";
import { readPlanDocument } from "./plan-document";
import { planFileName, planPdf } from "./plan-pdf";

/** GET /api/engagements/:id/goals.pdf: the goals and their plans, as a coach hands them over. */
export function registerPlanPdfRoute(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get("/api/engagements/:id/goals.pdf", {
    onRequest: neverStored,
    schema: {
      tags: ["goals"],
      summary: "The engagement's goals and action plans as a PDF, with each goal's progress chart",
      params: idParams("an engagement"),
      response: {
        200: z.unknown().describe("The goals and plans as application/pdf"),
        400: errorResponse,
        ...denied,
      },
    },
    preHandler: signedIn(ctx),
    handler: async (request, reply) => {
      const document = await readPlanDocument(ctx, viewerOf(request), request.params.id);
      const pdf = await planPdf(document);
      return reply
        .type("application/pdf")
        .header(
          "content-disposition",
          `attachment; filename="${planFileName(document.clientName)}"`,
        )
        .send(pdf);
    },
  });
}

/** The client's own work: no shared cache keeps a copy. */
async function neverStored(_request: FastifyRequest, reply: FastifyReply) {
  reply.header("cache-control", "no-store");
}
