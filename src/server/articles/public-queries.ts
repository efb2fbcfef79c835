import { and, asc, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Database, Executor } from "../db/database";
import { preparedStatement } from "../db/prepared-statements";
import { article, articleReply, articleSeries, practice, user } from "../db/schema";
import type { PublicPractice } from "../public-site/public-practice";

// What the public pages read: published articles only, approved replies only.

const published = (practiceId: string) =>
  and(eq(article.practiceId, practiceId), eq(article.status, "published"));

const publicColumns = {
  id: article.id,
  slug: article.slug,
  title: article.title,
  summary: article.summary,
  body: article.body,
  publishedAt: article.publishedAt,
  updatedAt: article.updatedAt,
  authorId: article.authorId,
  seriesId: article.seriesId,
  seriesPosition: article.seriesPosition,
  nextTitle: article.nextTitle,
  nextPlannedOn: article.nextPlannedOn,
  authorName: user.name,
  seriesTitle: articleSeries.title,
  seriesSlug: articleSeries.slug,
};

export type PublicArticle = Awaited<ReturnType<typeof publishedArticles>>[number] & {
  publishedAt: Date;
};

/** The practice's published articles, newest first. */
export async function publishedArticles(
  db: Executor,
  practiceId: string,
  where?: SQL,
  limit = 1000,
) {
  const rows = await db
    .select(publicColumns)
    .from(article)
    .leftJoin(user, eq(user.id, article.authorId))
    .leftJoin(articleSeries, eq(articleSeries.id, article.seriesId))
    .where(and(published(practiceId), where))
    .orderBy(desc(article.publishedAt), desc(article.id))
    .limit(limit);
  return rows.map((row) => ({ ...row, publishedAt: row.publishedAt ?? row.updatedAt }));
}

/** A published article and its practice, found by their addresses in one query. */
export async function articleAt(
  db: Executor,
  practiceSlug: string,
  articleSlug: string,
): Promise<{ practice: PublicPractice; article: PublicArticle } | null> {
  const [row] = await db
    .select({
      ...publicColumns,
      practice: {
        id: practice.id,
        name: practice.name,
        slug: practice.slug,
        postalAddress: practice.postalAddress,
      },
    })
    .from(article)
    .innerJoin(practice, eq(practice.id, article.practiceId))
    .leftJoin(user, eq(user.id, article.authorId))
    .leftJoin(articleSeries, eq(articleSeries.id, article.seriesId))
    .where(
      and(
        eq(practice.slug, practiceSlug),
        eq(article.slug, articleSlug),
        eq(article.status, "published"),
      ),
    );
  if (!row) return null;
  const { practice: home, ...found } = row;
  return {
    practice: home,
    article: { ...found, publishedAt: found.publishedAt ?? found.updatedAt },
  };
}

/** The articles of a series that are out or announced (scheduled), in their order. */
export async function seriesArticles(db: Executor, seriesId: string) {
  return db
    .select({
      id: article.id,
      slug: article.slug,
      title: article.title,
      status: article.status,
      publishAt: article.publishAt,
      publishedAt: article.publishedAt,
    })
    .from(article)
    .where(and(eq(article.seriesId, seriesId), inArray(article.status, ["published", "scheduled"])))
    .orderBy(asc(article.seriesPosition), asc(article.publishedAt), asc(article.publishAt));
}

export async function seriesBySlug(db: Executor, practiceId: string, slug: string) {
  const [row] = await db
    .select()
    .from(articleSeries)
    .where(and(eq(articleSeries.practiceId, practiceId), eq(articleSeries.slug, slug)));
  return row ?? null;
}

/** An article's approved replies: pinned first, then oldest first. */
export async function approvedReplies(db: Executor, articleId: string) {
  return db
    .select({
      id: articleReply.id,
      name: articleReply.name,
      body: articleReply.body,
      pinned: articleReply.pinned,
      createdAt: articleReply.createdAt,
    })
    .from(articleReply)
    .where(and(eq(articleReply.articleId, articleId), eq(articleReply.status, "approved")))
    .orderBy(desc(articleReply.pinned), asc(articleReply.createdAt));
}

function preparePracticeWithFeedFingerprint(db: Database) {
  return db
    .select({
      id: practice.id,
      name: practice.name,
      slug: practice.slug,
      postalAddress: practice.postalAddress,
      fingerprint: sql<string>`"practice"."name" || ':' || (select count(*) || ':' ||
        coalesce(sum(hashtext(a.id::text || a.updated_at::text
          || coalesce(a.published_at::text, ''))::bigint), 0)
        from article a where a.practice_id = "practice"."id" and a.status = 'published')`,
    })
    .from(practice)
    .where(eq(practice.slug, sql.placeholder("slug")))
    .prepare("keel_practice_feed_fingerprint");
}

const feedFingerprint = preparedStatement(preparePracticeWithFeedFingerprint);

/**
 * A practice found by its address, with a fingerprint of its published articles (each one's id
 * and times, and the practice's name): a feed written for the same fingerprint is the same feed,
 * but for an author's new name, which shows from the next change.
 */
export async function practiceWithFeedFingerprint(db: Database, slug: string) {
  const [row] = await feedFingerprint(db).execute({ slug });
  return row ?? null;
}

function prepareArticlePageFingerprint(db: Database) {
  return db
    .select({
      articleId: article.id,
      // Everything the article's page shows: the article and its author, the practice, the
      // series' parts (their titles and times) and the approved replies, each set as its count
      // and the sum of its rows' hashes (no sort, no digest: this runs on every read).
      fingerprint: sql<string>`concat_ws('|', "article"."updated_at"::text, "article"."status",
        "user"."name", "article_series"."title", "article_series"."slug", "practice"."name",
        "practice"."postal_address",
        (select count(*) || ':' || coalesce(sum(hashtext(s.id::text || s.slug || s.title
            || s.status::text || coalesce(s.publish_at::text, '')
            || coalesce(s.published_at::text, ''))::bigint), 0)
          from article s where s.series_id = "article"."series_id"
            and s.status in ('published', 'scheduled')),
        (select count(*) || ':' || coalesce(sum(hashtext(r.id::text || r.pinned::text)::bigint), 0)
          from article_reply r where r.article_id = "article"."id" and r.status = 'approved'))`,
    })
    .from(article)
    .innerJoin(practice, eq(practice.id, article.practiceId))
    .leftJoin(user, eq(user.id, article.authorId))
    .leftJoin(articleSeries, eq(articleSeries.id, article.seriesId))
    .where(
      and(
        eq(practice.slug, sql.placeholder("practiceSlug")),
        eq(article.slug, sql.placeholder("articleSlug")),
        eq(article.status, "published"),
      ),
    )
    .prepare("keel_article_page_fingerprint");
}

const articlePageFingerprint = preparedStatement(prepareArticlePageFingerprint);

/**
 * A published article's id with a fingerprint of everything its page shows: a page written for
 * the same fingerprint is the same page.
 */
export async function findArticlePageFingerprint(
  db: Database,
  practiceSlug: string,
  articleSlug: string,
): Promise<{ articleId: string; fingerprint: string } | null> {
  const [row] = await articlePageFingerprint(db).execute({ practiceSlug, articleSlug });
  return row ?? null;
}
