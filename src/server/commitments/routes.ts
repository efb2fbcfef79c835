import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  commitment,
  commitmentComment,
  commitmentCommentInput,
  commitmentInput,
  commitmentList,
  commitmentListQuery,
} from "../../contract/commitments";
import { signedIn, viewerOf } from "../access/signed-in";
import type { AppContext } from "../context";
import { errorResponse } from "../http/errors";
import { denied, idParams } from "../http/route-schemas";
import { listEngagementCommitments } from "./list";
import { addCommitmentComment, addEngagementCommitment } from "./write";

// The engagement's commitments beyond one session: each person's list, one added between
// sessions, and the comments under each. A session's own are under /api/sessions/:id/commitments.

const tags = ["commitments"];
const refused = { 400: errorResponse, 409: errorResponse, ...denied };

export function registerCommitmentRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get("/api/engagements/:id/commitments", {
    schema: {
      tags,
      summary:
        "What a person must do: their open commitments (overdue first), the latest marked, and what goals have due this week",
      params: idParams("an engagement"),
      querystring: commitmentListQuery,
      response: { 200: commitmentList, 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) =>
      listEngagementCommitments(ctx, viewerOf(request), request.params.id, request.query),
  });

  api.post("/api/engagements/:id/commitments", {
    schema: {
      tags,
      summary:
        "Add a commitment outside a session, with its owner, due date and perhaps a goal (coach or client)",
      params: idParams("an engagement"),
      body: commitmentInput,
      response: { 201: commitment, ...refused },
    },
    preHandler: signedIn(ctx),
    handler: async (request, reply) => {
      const added = await addEngagementCommitment(
        ctx,
        viewerOf(request),
        request.params.id,
        request.body,
      );
      return reply.status(201).send(added);
    },
  });

  api.post("/api/session-commitments/:id/comments", {
    schema: {
      tags,
      summary: "Comment on a commitment (coach or client)",
      params: idParams("a commitment"),
      body: commitmentCommentInput,
      response: { 201: commitmentComment, ...refused },
    },
    preHandler: signedIn(ctx),
    handler: async (request, reply) => {
      const added = await addCommitmentComment(
        ctx,
        viewerOf(request),
        request.params.id,
        request.body,
      );
      return reply.status(201).send(added);
    },
  });
}
