import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { redactBody, reviewComment } from "../../contract/feedback";
import { feedbackReport } from "../../contract/feedback-report";
import { signedIn, viewerOf } from "../access/signed-in";
import type { AppContext } from "../context";
import { errorResponse } from "../http/errors";
import { denied, idParams } from "../http/route-schemas";
import { listReviewComments, redactComment } from "./comments-review";
import { reportFileName, reportPdf } from "./report-pdf";
import { partyNames, readReport, reportIn } from "./report-service";

const tags = ["feedback reports"];
const campaignParams = idParams("a feedback campaign");
const commentParams = idParams("a comment");

export function registerReportRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get("/api/feedback-campaigns/:id/report", {
    onRequest: neverStored,
    schema: {
      tags,
      summary:
        "The 360 report: the coach's preview once closed, the frozen copy once released (to the client too)",
      params: campaignParams,
      response: { 200: feedbackReport, 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request, reply) => {
      const { content } = await readReport(ctx, viewerOf(request), request.params.id);
      // A released report is sent as the text it was frozen as: Fastify sends a string as it is,
      // skipping the serialiser, which the type provider cannot know. A preview is serialised.
      if ("frozen" in content)
        return reply.type("application/json; charset=utf-8").send(content.frozen as never);
      return content.preview;
    },
  });

  api.get("/api/feedback-campaigns/:id/report.pdf", {
    onRequest: neverStored,
    schema: {
      tags,
      summary: "The same report as a PDF download, with charts",
      params: campaignParams,
      response: {
        200: z.unknown().describe("The report as application/pdf"),
        400: errorResponse,
        ...denied,
      },
    },
    preHandler: signedIn(ctx),
    handler: async (request, reply) => {
      const { campaign, content } = await readReport(ctx, viewerOf(request), request.params.id);
      const names = await partyNames(ctx.db, campaign.parties);
      const pdf = await reportPdf(reportIn(content), {
        ...names,
        deadline: campaign.deadline,
        timeZone: campaign.timeZone,
        closedAt: campaign.closedAt,
        releasedAt: campaign.releasedAt,
        preview: !("frozen" in content),
      });
      return reply
        .type("application/pdf")
        .header("content-disposition", `attachment; filename="${reportFileName(names.clientName)}"`)
        .send(pdf);
    },
  });

  api.get("/api/feedback-campaigns/:id/comments", {
    onRequest: neverStored,
    schema: {
      tags,
      summary:
        "The comments the report shows, original and as shown, to review before release (the coach only)",
      params: campaignParams,
      response: { 200: z.array(reviewComment), 409: errorResponse, 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => listReviewComments(ctx, viewerOf(request), request.params.id),
  });

  api.put("/api/feedback-comments/:id/redactions", {
    schema: {
      tags,
      summary:
        "Black out words in a comment that identify someone (the coach, while closed; never after release)",
      params: commentParams,
      body: redactBody,
      response: { 200: reviewComment, 409: errorResponse, 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) =>
      redactComment(ctx, viewerOf(request), request.params.id, request.body.redactions),
  });
}

/** A report names a person and what colleagues think of them: never kept in a cache. */
async function neverStored(_request: FastifyRequest, reply: FastifyReply) {
  reply.header("cache-control", "no-store");
}
