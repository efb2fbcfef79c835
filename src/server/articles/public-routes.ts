import { eq } from "drizzle-orm";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../context";
import { article } from "../db/schema";
import { waitOf } from "../http/rate-limit";
import { type KeptPage, keepPage, sendKeptPage } from "../public-site/kept-page";
import { findPublicPractice, type PublicPractice } from "../public-site/public-practice";
import { BoundedCache } from "../runtime/bounded-cache";
import { atomFeed, FEED_SIZE, rssFeed } from "./feeds";
import {
  articleListPage,
  articlePage,
  notFoundPage,
  type ReplyFormState,
  replyThanksPage,
  type SeriesContext,
  seriesPage,
  tooManyRepliesPage,
} from "./public-pages";
import {
  approvedReplies,
  articleAt,
  findArticlePageFingerprint,
  type PublicArticle,
  practiceWithFeedFingerprint,
  publishedArticles,
  seriesArticles,
  seriesBySlug,
} from "./public-queries";
import { receiveReply } from "./replies";

// The practice's articles for everyone: pages written on the server, the feeds, and the reply
// form's post. An unknown practice, article or series, or one not published, is a 404 page.

const segment = z.string().max(200);
const practiceParams = z.object({ slug: segment });
const articleParams = z.object({ slug: segment, article: segment });
const seriesParams = z.object({ slug: segment, series: segment });

const html = (reply: FastifyReply, status: number, page: string) =>
  reply
    .status(status)
    .type("text/html; charset=utf-8")
    .header("cache-control", status === 200 ? "public, max-age=60" : "no-store")
    .send(page);

export function registerPublicArticleRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const publicUrl = ctx.config.publicUrl;
  const site = (practice: PublicPractice) => ({ publicUrl, practice });
  const notFound = (reply: FastifyReply, practice: PublicPractice | null, url: string) =>
    html(reply, 404, notFoundPage(publicUrl, practice, url.split("?")[0] ?? url));

  api.get("/p/:slug/articles", {
    schema: { hide: true, params: practiceParams },
    handler: async (request, reply) => {
      const practice = await findPublicPractice(ctx.db, request.params.slug);
      if (!practice) return notFound(reply, null, request.url);
      const articles = await publishedArticles(ctx.db, practice.id);
      return html(reply, 200, articleListPage(site(practice), articles));
    },
  });

  /** The article's page: published articles only, with the series around it and approved replies. */
  async function writeArticlePage(
    practice: PublicPractice,
    found: PublicArticle,
    form?: ReplyFormState,
  ) {
    const [series, replies] = await Promise.all([
      seriesOf(found),
      approvedReplies(ctx.db, found.id),
    ]);
    return articlePage(site(practice), found, series, replies, form);
  }

  async function seriesOf(found: PublicArticle): Promise<SeriesContext | null> {
    if (!found.seriesId || !found.seriesTitle || !found.seriesSlug) return null;
    const articles = await seriesArticles(ctx.db, found.seriesId);
    return { title: found.seriesTitle, slug: found.seriesSlug, articles };
  }

  /** The published article, or its practice alone (for the 404 page) when there is none. */
  async function findArticle(slug: string, articleSlug: string) {
    const found = await articleAt(ctx.db, slug, articleSlug);
    if (found) return { practice: found.practice, found: found.article };
    return { practice: await findPublicPractice(ctx.db, slug), found: null };
  }

  // Each article's page as last written, checked against its fingerprint on every read: writing
  // a page of a long series with its replies costs several times a read of the fingerprint.
  const writtenPages = new BoundedCache<string, KeptPage>(500);
  const asPage = { contentType: "text/html; charset=utf-8", cacheControl: "public, max-age=60" };

  api.get("/p/:slug/articles/:article", {
    schema: { hide: true, params: articleParams },
    handler: async (request, reply) => {
      const { slug, article: articleSlug } = request.params;
      const current = await findArticlePageFingerprint(ctx.db, slug, articleSlug);
      let kept = current && writtenPages.get(current.articleId);
      if (!current || kept?.fingerprint !== current.fingerprint) {
        const { practice, found } = await findArticle(slug, articleSlug);
        if (!practice || !found) return notFound(reply, practice, request.url);
        const page = await writeArticlePage(practice, found);
        if (!current) return html(reply, 200, page);
        kept = keepPage(current.fingerprint, page);
        writtenPages.set(current.articleId, kept);
      }
      return sendKeptPage(request, reply, kept, asPage);
    },
  });

  api.post("/p/:slug/articles/:article/replies", {
    schema: { hide: true, params: articleParams },
    handler: async (request, reply) => {
      const { practice, found } = await findArticle(request.params.slug, request.params.article);
      if (!practice || !found) return notFound(reply, practice, request.url);
      const outcome = await receiveReply(
        ctx,
        {
          practiceId: practice.id,
          article: { id: found.id, title: found.title, authorId: found.authorId },
        },
        request.body,
        request.ip,
      );
      if (outcome.kind === "invalid")
        return html(reply, 400, await writeArticlePage(practice, found, outcome.form));
      if (outcome.kind === "too-many") {
        reply.header("retry-after", String(outcome.retryAfterSeconds));
        const wait = waitOf(outcome.retryAfterSeconds);
        return html(reply, 429, tooManyRepliesPage(site(practice), found, wait));
      }
      return html(reply, 200, replyThanksPage(site(practice), found));
    },
  });

  api.get("/p/:slug/series/:series", {
    schema: { hide: true, params: seriesParams },
    handler: async (request, reply) => {
      const practice = await findPublicPractice(ctx.db, request.params.slug);
      const series = practice && (await seriesBySlug(ctx.db, practice.id, request.params.series));
      if (!practice || !series) return notFound(reply, practice, request.url);
      const articles = await publishedArticles(
        ctx.db,
        practice.id,
        eq(article.seriesId, series.id),
      );
      articles.sort((a, b) => (a.seriesPosition ?? 0) - (b.seriesPosition ?? 0));
      return html(reply, 200, seriesPage(site(practice), series, articles));
    },
  });

  const feeds = [
    ["atom", "application/atom+xml; charset=utf-8", atomFeed],
    ["rss", "application/rss+xml; charset=utf-8", rssFeed],
  ] as const;
  // Each practice's feeds as last written, checked against its articles' fingerprint on every read.
  const writtenFeeds = new BoundedCache<string, KeptPage>(200);
  for (const [kind, contentType, write] of feeds) {
    api.get(`/p/:slug/feed.${kind}`, {
      schema: { hide: true, params: practiceParams },
      handler: async (request, reply) => {
        const found = await practiceWithFeedFingerprint(ctx.db, request.params.slug);
        if (!found) return notFound(reply, null, request.url);
        const { fingerprint, ...practice } = found;
        const key = `${kind}:${practice.id}`;
        let kept = writtenFeeds.get(key);
        if (kept?.fingerprint !== fingerprint) {
          const articles = await publishedArticles(ctx.db, practice.id, undefined, FEED_SIZE);
          kept = keepPage(fingerprint, write(publicUrl, practice, articles));
          writtenFeeds.set(key, kept);
        }
        return sendKeptPage(request, reply, kept, {
          contentType,
          cacheControl: "public, max-age=300",
        });
      },
    });
  }
}
