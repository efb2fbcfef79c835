import { and, desc, eq, max, ne, type SQL, sql } from "drizzle-orm";
import type {
  Article,
  ArticleSummary,
  CreateArticleBody,
  ScheduleArticleBody,
  UpdateArticleBody,
} from "../../contract/articles";
import {
  type ArticleMove,
  mayEditArticle,
  mayListArticle,
  moveRefusal,
  scheduleProblem,
  slugFrom,
} from "../../domain/articles/articles";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import { article, articleReply, articleSeries, practice, user } from "../db/schema";
import { isUniqueViolation } from "../db/unique-violation";
import { AppError, forbidden, invalidInput, notFound } from "../http/errors";
import { PUBLISH_ARTICLES_QUEUE } from "./publishing";
import { articleUrl } from "./urls";

type Ctx = Pick<AppContext, "db" | "config">;
type ArticleRow = typeof article.$inferSelect;

const heldReplies = sql<number>`(select count(*)::int from ${articleReply}
  where ${articleReply.articleId} = ${article.id} and ${articleReply.status} = 'held')`;

const selection = {
  article,
  authorName: user.name,
  seriesTitle: articleSeries.title,
  seriesSlug: articleSeries.slug,
  practiceSlug: practice.slug,
  heldReplies,
};

async function selectArticles(db: Executor, where: SQL | undefined) {
  return db
    .select(selection)
    .from(article)
    .innerJoin(practice, eq(practice.id, article.practiceId))
    .leftJoin(user, eq(user.id, article.authorId))
    .leftJoin(articleSeries, eq(articleSeries.id, article.seriesId))
    .where(where)
    .orderBy(
      desc(sql`coalesce(${article.publishedAt}, ${article.publishAt}, ${article.updatedAt})`),
    );
}
type Selected = Awaited<ReturnType<typeof selectArticles>>[number];

const iso = (date: Date | null) => (date ? date.toISOString() : null);

function summaryOf(ctx: Ctx, viewer: Viewer, row: Selected): ArticleSummary {
  const a = row.article;
  const mayEdit = mayEditArticle(viewer, a.authorId);
  return {
    id: a.id,
    slug: a.slug,
    title: a.title,
    summary: a.summary,
    status: a.status,
    author: { id: a.authorId ?? a.id, name: row.authorName ?? "A former coach" },
    series:
      a.seriesId && row.seriesTitle && row.seriesSlug
        ? { id: a.seriesId, title: row.seriesTitle, slug: row.seriesSlug }
        : null,
    seriesPosition: a.seriesPosition,
    publishAt: iso(a.publishAt),
    publishedAt: iso(a.publishedAt),
    notifiedAt: iso(a.notifiedAt),
    url: articleUrl(ctx.config.publicUrl, row.practiceSlug, a.slug),
    heldReplies: mayEdit ? Number(row.heldReplies) : 0,
    mayEdit,
    updatedAt: a.updatedAt.toISOString(),
  };
}

function articleOf(ctx: Ctx, viewer: Viewer, row: Selected): Article {
  return {
    ...summaryOf(ctx, viewer, row),
    body: row.article.body,
    nextTitle: row.article.nextTitle,
    nextPlannedOn: row.article.nextPlannedOn,
  };
}

/** The practice's articles the viewer may see, newest first. */
export async function listArticles(
  ctx: Ctx,
  viewer: Viewer,
): Promise<{ articles: ArticleSummary[] }> {
  const rows = await selectArticles(ctx.db, eq(article.practiceId, viewer.practiceId));
  return {
    articles: rows
      .filter((row) => mayListArticle(viewer, row.article))
      .map((row) => summaryOf(ctx, viewer, row)),
  };
}

/** An article of the viewer's practice they may see; 404 otherwise, so a draft is not told of. */
async function visibleArticle(db: Executor, viewer: Viewer, id: string): Promise<Selected> {
  const [row] = await selectArticles(
    db,
    and(eq(article.id, id), eq(article.practiceId, viewer.practiceId)),
  );
  if (!row || !mayListArticle(viewer, row.article)) throw notFound("This article");
  return row;
}

/** An article the viewer may change: its author's or, for the admin, any; 403 for another coach. */
export async function editableArticle(db: Executor, viewer: Viewer, id: string): Promise<Selected> {
  const row = await visibleArticle(db, viewer, id);
  if (!mayEditArticle(viewer, row.article.authorId))
    throw forbidden("Only the article's author or the practice's admin may do this.");
  return row;
}

export async function getArticle(ctx: Ctx, viewer: Viewer, id: string): Promise<Article> {
  return articleOf(ctx, viewer, await visibleArticle(ctx.db, viewer, id));
}

export async function createArticle(
  ctx: Ctx,
  viewer: Viewer,
  body: CreateArticleBody,
): Promise<Article> {
  const input = body as Required<Pick<CreateArticleBody, "summary" | "body">> & CreateArticleBody;
  const id = await ctx.db.transaction(async (tx) => {
    const place = await seriesPlace(tx, viewer, input.seriesId ?? null, input.seriesPosition);
    const slug = input.slug ?? (await freeSlug(tx, viewer.practiceId, slugFrom(input.title)));
    const [row] = await insertOrTaken(() =>
      tx
        .insert(article)
        .values({
          practiceId: viewer.practiceId,
          authorId: viewer.userId,
          slug,
          title: input.title,
          summary: input.summary ?? "",
          body: input.body ?? "",
          seriesId: place.seriesId,
          seriesPosition: place.position,
          nextTitle: input.nextTitle ?? null,
          nextPlannedOn: input.nextPlannedOn ?? null,
        })
        .returning({ id: article.id }),
    );
    if (!row) throw new Error("article was not created");
    return row.id;
  });
  return getArticle(ctx, viewer, id);
}

export async function updateArticle(
  ctx: Ctx,
  viewer: Viewer,
  id: string,
  body: UpdateArticleBody,
): Promise<Article> {
  await ctx.db.transaction(async (tx) => {
    const current = (await editableArticle(tx, viewer, id)).article;
    const changes: Partial<typeof article.$inferInsert> = { updatedAt: new Date() };
    if (body.title !== undefined) changes.title = body.title;
    if (body.slug !== undefined) changes.slug = body.slug;
    if (body.summary !== undefined) changes.summary = body.summary;
    if (body.body !== undefined) changes.body = body.body;
    if (body.nextTitle !== undefined) changes.nextTitle = body.nextTitle || null;
    if (body.nextPlannedOn !== undefined) changes.nextPlannedOn = body.nextPlannedOn;
    if (body.seriesId !== undefined || body.seriesPosition !== undefined) {
      const seriesId = body.seriesId !== undefined ? body.seriesId : current.seriesId;
      const samePlace = seriesId === current.seriesId && body.seriesPosition === undefined;
      const place = samePlace
        ? { seriesId, position: current.seriesPosition }
        : await seriesPlace(tx, viewer, seriesId, body.seriesPosition, current.id);
      changes.seriesId = place.seriesId;
      changes.seriesPosition = place.position;
    }
    await insertOrTaken(() => tx.update(article).set(changes).where(eq(article.id, id)));
  });
  return getArticle(ctx, viewer, id);
}

/** Publishes now, schedules, unschedules or unpublishes, each from the statuses that allow it. */
export async function moveArticle(
  ctx: Ctx & Pick<AppContext, "jobs">,
  viewer: Viewer,
  id: string,
  move: Exclude<ArticleMove, "delete" | "schedule">,
): Promise<Article> {
  const now = new Date();
  const changes = {
    publish: { status: "published", publishedAt: now, publishAt: null },
    unschedule: { status: "draft", publishAt: null },
    unpublish: { status: "draft", publishedAt: null },
  } as const;
  await changeStatus(ctx.db, viewer, id, move, { ...changes[move], updatedAt: now });
  // Its subscribers are mailed now rather than at the next minute's run; that run catches up
  // should this job not be queued.
  if (move === "publish") await ctx.jobs.send(PUBLISH_ARTICLES_QUEUE, {}).catch(() => {});
  return getArticle(ctx, viewer, id);
}

export async function scheduleArticle(
  ctx: Ctx,
  viewer: Viewer,
  id: string,
  body: ScheduleArticleBody,
): Promise<Article> {
  const publishAt = new Date(body.publishAt);
  const problem = scheduleProblem(publishAt, new Date());
  if (problem) throw invalidInput([{ path: "publishAt", message: problem }], problem);
  await changeStatus(ctx.db, viewer, id, "schedule", {
    status: "scheduled",
    publishAt,
    updatedAt: new Date(),
  });
  return getArticle(ctx, viewer, id);
}

export async function deleteArticle(ctx: Ctx, viewer: Viewer, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const current = (await editableArticle(tx, viewer, id)).article;
    refuseMove("delete", current);
    await tx.delete(article).where(and(eq(article.id, id), eq(article.status, "draft")));
  });
}

async function changeStatus(
  db: Executor,
  viewer: Viewer,
  id: string,
  move: ArticleMove,
  changes: Partial<typeof article.$inferInsert>,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [locked] = await tx.select().from(article).where(eq(article.id, id)).for("update");
    if (!locked) throw notFound("This article");
    const current = (await editableArticle(tx, viewer, id)).article;
    refuseMove(move, current);
    await tx.update(article).set(changes).where(eq(article.id, id));
  });
}

function refuseMove(move: ArticleMove, current: ArticleRow): void {
  const refusal = moveRefusal(move, current.status);
  if (refusal) throw new AppError("article_status", refusal);
}

/** The series (of the viewer's practice) and place an article takes: the next free one by default. */
async function seriesPlace(
  tx: Executor,
  viewer: Viewer,
  seriesId: string | null,
  position: number | null | undefined,
  articleId?: string,
): Promise<{ seriesId: string | null; position: number | null }> {
  if (!seriesId) return { seriesId: null, position: null };
  const [series] = await tx
    .select({ id: articleSeries.id })
    .from(articleSeries)
    .where(and(eq(articleSeries.id, seriesId), eq(articleSeries.practiceId, viewer.practiceId)));
  if (!series)
    throw invalidInput([{ path: "seriesId", message: "Choose a series of your practice" }]);
  if (position) return { seriesId, position };
  const [last] = await tx
    .select({ position: max(article.seriesPosition) })
    .from(article)
    .where(and(eq(article.seriesId, seriesId), articleId ? ne(article.id, articleId) : undefined));
  return { seriesId, position: (last?.position ?? 0) + 1 };
}

/** `base`, or `base-2`, `base-3`…: the first address no article of the practice has. */
async function freeSlug(tx: Executor, practiceId: string, base: string): Promise<string> {
  const rows = await tx
    .select({ slug: article.slug })
    .from(article)
    .where(
      and(
        eq(article.practiceId, practiceId),
        sql`(${article.slug} = ${base} or ${article.slug} like ${`${base}-%`})`,
      ),
    );
  const taken = new Set(rows.map((row) => row.slug));
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

export async function insertOrTaken<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (
      isUniqueViolation(error, "article_practice_slug_key") ||
      isUniqueViolation(error, "article_series_practice_slug_key")
    )
      throw new AppError("address_taken");
    throw error;
  }
}
