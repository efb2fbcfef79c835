import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  article,
  articleList,
  articlePreview,
  articleReply,
  articleReplyList,
  articleSeries,
  articleSeriesList,
  blockResult,
  createArticleBody,
  createSeriesBody,
  previewArticleBody,
  replyListQuery,
  scheduleArticleBody,
  updateArticleBody,
  updateSeriesBody,
} from "../../contract/articles";
import { signedIn, viewerOf } from "../access/signed-in";
import type { AppContext } from "../context";
import { errorResponse } from "../http/errors";
import { denied, idParams, signedInRefusals } from "../http/route-schemas";
import { renderArticle } from "./markdown";
import { blockReplyAddress, listReplies, moderateReply, type ReplyAction } from "./moderation";
import { createSeries, listSeries, updateSeries } from "./series-service";
import {
  createArticle,
  deleteArticle,
  getArticle,
  listArticles,
  moveArticle,
  scheduleArticle,
  updateArticle,
} from "./service";

const tags = ["articles"];
const refused = { 400: errorResponse, 409: errorResponse, ...denied };

/** The practice's articles, series and replies, for its coaches; clients and sponsors get 403. */
export function registerArticleRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const coach = signedIn(ctx, "coach");
  const articleParams = idParams("an article");

  api.get("/api/articles", {
    schema: {
      tags,
      summary: "The practice's articles: published ones, one's own, and every one for the admin",
      response: { 200: articleList, ...signedInRefusals },
    },
    preHandler: coach,
    handler: async (request) => listArticles(ctx, viewerOf(request)),
  });

  api.post("/api/articles", {
    schema: {
      tags,
      summary: "Write a new draft",
      body: createArticleBody,
      response: { 201: article, 400: errorResponse, 409: errorResponse, ...signedInRefusals },
    },
    preHandler: coach,
    handler: async (request, reply) =>
      reply.status(201).send(await createArticle(ctx, viewerOf(request), request.body)),
  });

  api.post("/api/articles/preview", {
    schema: {
      tags,
      summary: "An article's Markdown as its page shows it",
      body: previewArticleBody,
      response: { 200: articlePreview, 400: errorResponse, ...signedInRefusals },
    },
    preHandler: coach,
    handler: async (request) => ({ html: renderArticle(request.body.body) }),
  });

  api.get("/api/articles/:id", {
    schema: {
      tags,
      summary: "One article",
      params: articleParams,
      response: { 200: article, ...denied },
    },
    preHandler: coach,
    handler: async (request) => getArticle(ctx, viewerOf(request), request.params.id),
  });

  api.patch("/api/articles/:id", {
    schema: {
      tags,
      summary: "Change an article (its author, or the admin)",
      params: articleParams,
      body: updateArticleBody,
      response: { 200: article, ...refused },
    },
    preHandler: coach,
    handler: async (request) =>
      updateArticle(ctx, viewerOf(request), request.params.id, request.body),
  });

  for (const move of ["publish", "unschedule", "unpublish"] as const) {
    api.post(`/api/articles/:id/${move}`, {
      schema: {
        tags,
        summary: `${move[0]?.toUpperCase()}${move.slice(1)} an article (its author, or the admin)`,
        params: articleParams,
        response: { 200: article, ...refused },
      },
      preHandler: coach,
      handler: async (request) => moveArticle(ctx, viewerOf(request), request.params.id, move),
    });
  }

  api.post("/api/articles/:id/schedule", {
    schema: {
      tags,
      summary: "Publish an article at a time to come (a time past is a 400)",
      params: articleParams,
      body: scheduleArticleBody,
      response: { 200: article, ...refused },
    },
    preHandler: coach,
    handler: async (request) =>
      scheduleArticle(ctx, viewerOf(request), request.params.id, request.body),
  });

  api.delete("/api/articles/:id", {
    schema: {
      tags,
      summary: "Delete a draft",
      params: articleParams,
      response: { 204: z.null(), ...refused },
    },
    preHandler: coach,
    handler: async (request, reply) => {
      await deleteArticle(ctx, viewerOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  });

  registerSeriesRoutes(app, ctx);
  registerModerationRoutes(app, ctx);
}

function registerSeriesRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const coach = signedIn(ctx, "coach");

  api.get("/api/article-series", {
    schema: {
      tags,
      summary: "The practice's series of articles",
      response: { 200: articleSeriesList, ...signedInRefusals },
    },
    preHandler: coach,
    handler: async (request) => listSeries(ctx, viewerOf(request)),
  });

  api.post("/api/article-series", {
    schema: {
      tags,
      summary: "Start a series",
      body: createSeriesBody,
      response: { 201: articleSeries, 400: errorResponse, 409: errorResponse, ...signedInRefusals },
    },
    preHandler: coach,
    handler: async (request, reply) =>
      reply.status(201).send(await createSeries(ctx, viewerOf(request), request.body)),
  });

  api.patch("/api/article-series/:id", {
    schema: {
      tags,
      summary: "Change a series' title, address or description",
      params: idParams("a series"),
      body: updateSeriesBody,
      response: { 200: articleSeries, ...refused },
    },
    preHandler: coach,
    handler: async (request) =>
      updateSeries(ctx, viewerOf(request), request.params.id, request.body),
  });
}

function registerModerationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const coach = signedIn(ctx, "coach");

  api.get("/api/articles/:id/replies", {
    schema: {
      tags,
      summary: "An article's replies for moderation, pinned first then oldest first",
      params: idParams("an article"),
      querystring: replyListQuery,
      response: { 200: articleReplyList, 400: errorResponse, ...denied },
    },
    preHandler: coach,
    handler: async (request) =>
      listReplies(ctx, viewerOf(request), request.params.id, request.query),
  });

  const actions: ReplyAction[] = ["approve", "hide", "pin", "unpin"];
  for (const action of actions) {
    api.post(`/api/article-replies/:id/${action}`, {
      schema: {
        tags,
        summary: `${action[0]?.toUpperCase()}${action.slice(1)} a reply (the admin, or the article's author)`,
        params: idParams("a reply"),
        response: { 200: articleReply, ...denied },
      },
      preHandler: coach,
      handler: async (request) => moderateReply(ctx, viewerOf(request), request.params.id, action),
    });
  }

  api.post("/api/article-replies/:id/block", {
    schema: {
      tags,
      summary:
        "Block the reply's address: all its replies in the practice are hidden, future ones too",
      params: idParams("a reply"),
      response: { 200: blockResult, ...denied },
    },
    preHandler: coach,
    handler: async (request) => blockReplyAddress(ctx, viewerOf(request), request.params.id),
  });
}
