import { eq } from "drizzle-orm";
import type { Database } from "../../src/server/db/database";
import { article, articleReply, articleSeries, practice } from "../../src/server/db/schema";
import { coachingProcessMarkdown } from "../../src/server/demo/demo-articles";

/** What the public article page and the feed are measured on. */
export interface SeededArticles {
  practiceSlug: string;
  articleSlug: string;
}

const DAY = 86_400_000;
const ARTICLES = 60;
const REPLIES = 40;

/**
 * The practice's articles: sixty published in a series of sixty (so the page lists its series'
 * others and the feed has its full twenty), each the seed article's length, and forty approved
 * replies under the newest.
 */
export async function seedArticles(db: Database, practiceId: string, authorId: string) {
  const [home] = await db
    .select({ slug: practice.slug })
    .from(practice)
    .where(eq(practice.id, practiceId));
  const practiceSlug = home?.slug ?? "";
  const body = coachingProcessMarkdown(practiceSlug);
  const [series] = await db
    .insert(articleSeries)
    .values({ practiceId, slug: "leadership", title: "Leadership, step by step" })
    .returning({ id: articleSeries.id });
  const now = Date.now();
  const rows = await db
    .insert(article)
    .values(
      Array.from({ length: ARTICLES }, (_, i) => ({
        practiceId,
        authorId,
        seriesId: series?.id ?? null,
        seriesPosition: i + 1,
        slug: `article-${i + 1}`,
        title: `Article ${i + 1}: the leadership coaching process`,
        summary:
          "The five stages of a leadership coaching process and how to get the most from each.",
        body,
        status: "published" as const,
        publishedAt: new Date(now - (ARTICLES - i) * DAY),
        notifiedAt: new Date(now - (ARTICLES - i) * DAY),
      })),
    )
    .returning({ id: article.id, slug: article.slug });
  const newest = rows.at(-1);
  if (!newest) throw new Error("no articles");
  await db.insert(articleReply).values(
    Array.from({ length: REPLIES }, (_, i) => ({
      articleId: newest.id,
      name: `Reader ${i + 1}`,
      email: `reader-${i + 1}@bench.example`,
      body: "Thank you for this.\nThe part on accountability rings true.",
      status: "approved" as const,
      pinned: i === 0,
      createdAt: new Date(now - (REPLIES - i) * 3_600_000),
    })),
  );
  return { practiceSlug, articleSlug: newest.slug } satisfies SeededArticles;
}
