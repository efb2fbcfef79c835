import { and, asc, eq, isNull, lte, sql } from "drizzle-orm";
import type { FastifyBaseLogger } from "fastify";
import type { Config } from "../config";
import type { Database, Executor } from "../db/database";
import { article, practice, subscriber, subscription } from "../db/schema";
import { listHeaders, listId } from "../lists/list-headers";
import { unsubscribeUrl } from "../lists/list-links";
import type { Mailer } from "../mail/mailer";
import { newArticleMail } from "./article-mail";
import { articleUrl } from "./urls";

export const PUBLISH_ARTICLES_QUEUE = "article.publish";
/** Every minute: a scheduled article goes live within a minute of its time. */
export const PUBLISH_ARTICLES_CRON = "* * * * *";

type Deps = {
  db: Database;
  mailer: Mailer;
  config: Pick<Config, "publicUrl">;
  authSecret: string;
};

export function publishArticlesJob(deps: Deps & { log: FastifyBaseLogger }) {
  return async () => {
    const done = await publishDueArticles(deps, new Date());
    if (done.published > 0 || done.mailed > 0) deps.log.info(done, "articles published");
  };
}

/**
 * Publishes the scheduled articles that are due, then mails each published article's
 * subscribers once: the article is claimed by setting notified_at where it is null, and its
 * mails are recorded in the same transaction, so two runs at once mail once and a failed run
 * leaves it unclaimed.
 */
export async function publishDueArticles(
  deps: Deps,
  now: Date,
): Promise<{ published: number; mailed: number }> {
  const published = await deps.db
    .update(article)
    .set({ status: "published", publishedAt: sql`${article.publishAt}`, publishAt: null })
    .where(and(eq(article.status, "scheduled"), lte(article.publishAt, now)))
    .returning({ id: article.id });
  const waiting = await deps.db
    .select({ id: article.id })
    .from(article)
    .where(and(eq(article.status, "published"), isNull(article.notifiedAt)))
    .orderBy(asc(article.publishedAt));
  let mailed = 0;
  for (const { id } of waiting) {
    mailed += await deps.db.transaction((tx) => notifySubscribers(deps, tx, id, now));
  }
  return { published: published.length, mailed };
}

async function notifySubscribers(deps: Deps, tx: Executor, id: string, now: Date) {
  const [claimed] = await tx
    .update(article)
    .set({ notifiedAt: now })
    .where(and(eq(article.id, id), isNull(article.notifiedAt), eq(article.status, "published")))
    .returning({
      title: article.title,
      summary: article.summary,
      slug: article.slug,
      practiceId: article.practiceId,
    });
  if (!claimed) return 0;
  const [home] = await tx
    .select({ name: practice.name, slug: practice.slug, postalAddress: practice.postalAddress })
    .from(practice)
    .where(eq(practice.id, claimed.practiceId));
  if (!home) return 0;
  const readers = await tx
    .select({ subscriptionId: subscription.id, name: subscriber.name, email: subscriber.email })
    .from(subscription)
    .innerJoin(subscriber, eq(subscriber.id, subscription.subscriberId))
    .where(
      and(
        eq(subscription.practiceId, claimed.practiceId),
        eq(subscription.list, "articles"),
        eq(subscription.status, "active"),
        isNull(subscriber.suppressedAt),
      ),
    );
  const { publicUrl } = deps.config;
  const list = listId(`${home.name} articles`, ["articles", home.slug], publicUrl);
  for (const reader of readers) {
    const unsubscribe = unsubscribeUrl(
      { publicUrl, authSecret: deps.authSecret },
      reader.subscriptionId,
    );
    const mail = newArticleMail({
      readerName: reader.name,
      practiceName: home.name,
      title: claimed.title,
      summary: claimed.summary,
      url: articleUrl(publicUrl, home.slug, claimed.slug),
      unsubscribeUrl: unsubscribe,
      postalAddress: home.postalAddress,
    });
    await deps.mailer.send(
      {
        to: reader.email,
        practiceId: claimed.practiceId,
        ...mail,
        headers: listHeaders({ listId: list, unsubscribeUrl: unsubscribe }),
      },
      tx,
    );
  }
  return readers.length;
}
