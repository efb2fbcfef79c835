import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireViewer } from "../access/viewer";
import type { AppContext } from "../context";
import { errorResponse } from "../http/errors";
import { listReviewComments, redactComment } from "./comments-review";
import { reportFileName, reportPdf } from "./report-pdf";
import { feedbackReport } from "./report-schema";
import { partyNames, readReport, readReportJson } from "./report-service";
import { redactBody, reviewComment } from "./schemas";

const tags = ["feedback reports"];
const campaignParams = z.object({ id: z.uuid("Not a feedback campaign id") });
const commentParams = z.object({ id: z.uuid("Not a comment id") });
const denied = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse };

export function registerReportRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get("/api/feedback-campaigns/:id/report", {
    onRequest: neverStored,
    schema: {
      tags,
      summary:
        "The 360 report: the coach's preview once closed, the frozen copy once released (to the client too)",
      params: campaignParams,
      response: { 200: feedbackReport, ...denied },
    },
    handler: async (request, reply) => {
      const report = await readReportJson(
        ctx,
        await requireViewer(ctx, request),
        request.params.id,
      );
      // A released report is sent as the text it was frozen as: Fastify sends a string as it is,
      // skipping the serialiser, which the type provider cannot know. A preview is serialised.
      if (typeof report === "string")
        return reply.type("application/json; charset=utf-8").send(report as never);
      return report;
    },
  });

  api.get("/api/feedback-campaigns/:id/report.pdf", {
    onRequest: neverStored,
    schema: {
      tags,
      summary: "The same report as a PDF download, with charts",
      params: campaignParams,
      response: { 200: z.unknown().describe("The report as application/pdf"), ...denied },
    },
    handler: async (request, reply) => {
      const viewer = await requireViewer(ctx, request);
      const { campaign, parties, report } = await readReport(ctx, viewer, request.params.id);
      const names = await partyNames(ctx.db, parties);
      const pdf = await reportPdf(report, {
        ...names,
        deadline: campaign.deadline,
        closedAt: campaign.closedAt,
        releasedAt: campaign.releasedAt,
        preview: campaign.status !== "released",
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
      response: { 200: z.array(reviewComment), 409: errorResponse, ...denied },
    },
    handler: async (request) =>
      listReviewComments(ctx, await requireViewer(ctx, request), request.params.id),
  });

  api.put("/api/feedback-comments/:id/redactions", {
    schema: {
      tags,
      summary:
        "Black out words in a comment that identify someone (the coach, while closed; never after release)",
      params: commentParams,
      body: redactBody,
      response: { 200: reviewComment, 409: errorResponse, ...denied },
    },
    handler: async (request) =>
      redactComment(
        ctx,
        await requireViewer(ctx, request),
        request.params.id,
        request.body.redactions,
      ),
  });
}

/** A report names a person and what colleagues think of them: never kept in a cache. */
async function neverStored(_request: FastifyRequest, reply: FastifyReply) {
  reply.header("cache-control", "no-store");
}
