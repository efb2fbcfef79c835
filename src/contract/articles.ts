import { z } from "zod";
import { ARTICLE_STATUSES, REPLY_STATUSES } from "../domain/articles/articles";
import { isoDate, personRef } from "./common";

// The practice's articles: drafts, scheduled and published articles in series, and the replies
// readers leave under them, moderated by the practice's admin and the article's author.

export const articleStatus = z.enum(ARTICLE_STATUSES);
export type ArticleStatus = z.output<typeof articleStatus>;

export const replyStatus = z.enum(REPLY_STATUSES);
export type ReplyStatus = z.output<typeof replyStatus>;

const slug = z
  .string("Write the address as text")
  .trim()
  .toLowerCase()
  .min(1, "Give the page an address")
  .max(80, "Keep the address under 80 characters")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case letters, digits and single hyphens");

const title = z
  .string("Write the title as text")
  .trim()
  .min(1, "Give a title")
  .max(200, "Keep the title under 200 characters");

const articleFields = {
  title,
  /** The page's address under /p/<practice>/articles/; made from the title when left out. */
  slug: slug.optional(),
  /** One or two sentences: the list, the feeds and link previews show it. */
  summary: z.string().trim().max(500, "Keep the summary under 500 characters").default(""),
  /** Markdown; raw HTML is shown as text. */
  body: z.string().max(100_000, "Keep the article under 100,000 characters").default(""),
  seriesId: z.uuid("Choose a series").nullable().optional(),
  /** Its place in the series, from 1; the next free place when left out. */
  seriesPosition: z.number().int().min(1).max(1000).nullable().optional(),
  /** The announcement of the next article: its title and planned date. */
  nextTitle: z
    .string()
    .trim()
    .max(200, "Keep the title under 200 characters")
    .nullable()
    .optional(),
  nextPlannedOn: isoDate.nullable().optional(),
};

/** POST /api/articles: a new draft, written by the viewer. */
export const createArticleBody = z.strictObject(articleFields);
export type CreateArticleBody = z.input<typeof createArticleBody>;

/** PATCH /api/articles/:id: the fields given change (the author, or the admin). */
export const updateArticleBody = z
  .strictObject({
    title: title.optional(),
    slug: slug.optional(),
    summary: z.string().trim().max(500, "Keep the summary under 500 characters").optional(),
    body: z.string().max(100_000, "Keep the article under 100,000 characters").optional(),
    seriesId: articleFields.seriesId,
    seriesPosition: articleFields.seriesPosition,
    nextTitle: articleFields.nextTitle,
    nextPlannedOn: articleFields.nextPlannedOn,
  })
  .refine((b) => Object.keys(b).length > 0, "Change at least one field");
export type UpdateArticleBody = z.input<typeof updateArticleBody>;

/** POST /api/articles/:id/schedule: publish at a time in the future. */
export const scheduleArticleBody = z.strictObject({
  publishAt: z.iso.datetime({ offset: true, message: "Give a time like 2027-01-15T08:00:00Z" }),
});
export type ScheduleArticleBody = z.input<typeof scheduleArticleBody>;

/** POST /api/articles/preview: the Markdown as the public page shows it. */
export const previewArticleBody = z.strictObject({
  body: z.string().max(100_000, "Keep the article under 100,000 characters"),
});
export const articlePreview = z.object({ html: z.string() });
export type ArticlePreview = z.output<typeof articlePreview>;

export const articleSeriesRef = z.object({ id: z.uuid(), title: z.string(), slug: z.string() });

export const articleSummary = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  status: articleStatus,
  author: personRef,
  series: articleSeriesRef.nullable(),
  seriesPosition: z.number().int().nullable(),
  publishAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  /** When its subscribers were mailed; null until then. */
  notifiedAt: z.string().nullable(),
  /** Its public page, once published. */
  url: z.string(),
  /** Replies waiting for moderation (0 for one who may not moderate them). */
  heldReplies: z.number().int(),
  /** The viewer may edit, publish and moderate it (its author, or the admin). */
  mayEdit: z.boolean(),
  updatedAt: z.string(),
});
export type ArticleSummary = z.output<typeof articleSummary>;

/** GET /api/articles: newest first; other coaches' drafts are left out unless the viewer is admin. */
export const articleList = z.object({ articles: z.array(articleSummary) });
export type ArticleList = z.output<typeof articleList>;

export const article = articleSummary.extend({
  body: z.string(),
  nextTitle: z.string().nullable(),
  nextPlannedOn: z.string().nullable(),
});
export type Article = z.output<typeof article>;

const seriesFields = {
  title,
  slug: slug.optional(),
  description: z
    .string()
    .trim()
    .max(2000, "Keep the description under 2,000 characters")
    .default(""),
};

/** POST /api/article-series */
export const createSeriesBody = z.strictObject(seriesFields);
export type CreateSeriesBody = z.input<typeof createSeriesBody>;

/** PATCH /api/article-series/:id */
export const updateSeriesBody = z
  .strictObject({
    title: title.optional(),
    slug: slug.optional(),
    description: z
      .string()
      .trim()
      .max(2000, "Keep the description under 2,000 characters")
      .optional(),
  })
  .refine((b) => Object.keys(b).length > 0, "Change at least one field");
export type UpdateSeriesBody = z.input<typeof updateSeriesBody>;

export const articleSeries = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: z.string(),
  description: z.string(),
  /** Its articles in the viewer's list, by their place. */
  articleCount: z.number().int(),
  url: z.string(),
});
export type ArticleSeries = z.output<typeof articleSeries>;

/** GET /api/article-series */
export const articleSeriesList = z.object({ series: z.array(articleSeries) });
export type ArticleSeriesList = z.output<typeof articleSeriesList>;

/** GET /api/articles/:id/replies?status=held */
export const replyListQuery = z.strictObject({ status: replyStatus.optional() });
export type ReplyListQuery = z.input<typeof replyListQuery>;

export const articleReply = z.object({
  id: z.uuid(),
  articleId: z.uuid(),
  name: z.string(),
  email: z.string(),
  /** Plain text as written; show it as text. */
  body: z.string(),
  status: replyStatus,
  pinned: z.boolean(),
  /** Its address is blocked in the practice. */
  blocked: z.boolean(),
  createdAt: z.string(),
});
export type ArticleReply = z.output<typeof articleReply>;

/** Oldest first, pinned first. */
export const articleReplyList = z.object({
  article: z.object({ id: z.uuid(), title: z.string(), url: z.string() }),
  replies: z.array(articleReply),
});
export type ArticleReplyList = z.output<typeof articleReplyList>;

/** POST /api/article-replies/:id/block: hides every reply from its address in the practice. */
export const blockResult = z.object({ email: z.string(), hiddenReplies: z.number().int() });
export type BlockResult = z.output<typeof blockResult>;
