import { and, asc, eq, sql } from "drizzle-orm";
import type { ArticleSeries, CreateSeriesBody, UpdateSeriesBody } from "../../contract/articles";
import { slugFrom } from "../../domain/articles/articles";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import { article, articleSeries, practice } from "../db/schema";
import { notFound } from "../http/errors";
import { insertOrTaken } from "./service";
import { seriesUrl } from "./urls";

type Ctx = Pick<AppContext, "db" | "config">;

const articleCount = sql<number>`(select count(*)::int from ${article} where ${article.seriesId} = ${articleSeries.id})`;

async function seriesRows(ctx: Ctx, practiceId: string, id?: string): Promise<ArticleSeries[]> {
  const rows = await ctx.db
    .select({ series: articleSeries, practiceSlug: practice.slug, articleCount })
    .from(articleSeries)
    .innerJoin(practice, eq(practice.id, articleSeries.practiceId))
    .where(and(eq(articleSeries.practiceId, practiceId), id ? eq(articleSeries.id, id) : undefined))
    .orderBy(asc(articleSeries.title));
  return rows.map(({ series, practiceSlug, articleCount }) => ({
    id: series.id,
    slug: series.slug,
    title: series.title,
    description: series.description,
    articleCount: Number(articleCount),
    url: seriesUrl(ctx.config.publicUrl, practiceSlug, series.slug),
  }));
}

export async function listSeries(ctx: Ctx, viewer: Viewer): Promise<{ series: ArticleSeries[] }> {
  return { series: await seriesRows(ctx, viewer.practiceId) };
}

async function oneSeries(ctx: Ctx, viewer: Viewer, id: string): Promise<ArticleSeries> {
  const [found] = await seriesRows(ctx, viewer.practiceId, id);
  if (!found) throw notFound("This series");
  return found;
}

export async function createSeries(
  ctx: Ctx,
  viewer: Viewer,
  body: CreateSeriesBody,
): Promise<ArticleSeries> {
  const [row] = await insertOrTaken(() =>
    ctx.db
      .insert(articleSeries)
      .values({
        practiceId: viewer.practiceId,
        slug: body.slug ?? slugFrom(body.title, "series"),
        title: body.title,
        description: body.description ?? "",
      })
      .returning({ id: articleSeries.id }),
  );
  if (!row) throw new Error("series was not created");
  return oneSeries(ctx, viewer, row.id);
}

/** Any coach of the practice may edit a series: it is the practice's, shared by its authors. */
export async function updateSeries(
  ctx: Ctx,
  viewer: Viewer,
  id: string,
  body: UpdateSeriesBody,
): Promise<ArticleSeries> {
  const updated = await insertOrTaken(() =>
    ctx.db
      .update(articleSeries)
      .set({ ...body, updatedAt: new Date() })
      .where(and(eq(articleSeries.id, id), eq(articleSeries.practiceId, viewer.practiceId)))
      .returning({ id: articleSeries.id }),
  );
  if (updated.length === 0) throw notFound("This series");
  return oneSeries(ctx, viewer, id);
}
