import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type {
  ArticleReply,
  ArticleReplyList,
  BlockResult,
  ReplyListQuery,
} from "../../contract/articles";
import { mayEditArticle } from "../../domain/articles/articles";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import { article, articleReply, replyBlock } from "../db/schema";
import { forbidden, notFound } from "../http/errors";
import { editableArticle } from "./service";
import { articleUrl } from "./urls";

// Moderation of readers' replies: the practice's admin and the article's author approve, hide
// and pin them, or block an address, which hides all its replies in the practice.

type Ctx = Pick<AppContext, "db" | "config">;
type ReplyRow = typeof articleReply.$inferSelect;

// Named in full: in a select from one table Drizzle leaves columns unqualified, and inside the
// subquery an unqualified "email" would be the block's own.
const blocked = sql<boolean>`exists (select 1 from reply_block b join article a
  on a.practice_id = b.practice_id
  where a.id = "article_reply"."article_id" and b.email = "article_reply"."email")`;

function replyOf(row: ReplyRow, isBlocked: boolean): ArticleReply {
  return {
    id: row.id,
    articleId: row.articleId,
    name: row.name,
    email: row.email,
    body: row.body,
    status: row.status,
    pinned: row.pinned,
    blocked: isBlocked,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listReplies(
  ctx: Ctx,
  viewer: Viewer,
  articleId: string,
  query: ReplyListQuery,
): Promise<ArticleReplyList> {
  const found = await editableArticle(ctx.db, viewer, articleId);
  const rows = await ctx.db
    .select({ reply: articleReply, blocked })
    .from(articleReply)
    .where(
      and(
        eq(articleReply.articleId, articleId),
        query.status ? eq(articleReply.status, query.status) : undefined,
      ),
    )
    .orderBy(desc(articleReply.pinned), asc(articleReply.createdAt));
  return {
    article: {
      id: found.article.id,
      title: found.article.title,
      url: articleUrl(ctx.config.publicUrl, found.practiceSlug, found.article.slug),
    },
    replies: rows.map((row) => replyOf(row.reply, Boolean(row.blocked))),
  };
}

/** A reply under an article of the viewer's practice that they may moderate. */
async function moderatedReply(db: Executor, viewer: Viewer, replyId: string) {
  const [row] = await db
    .select({ reply: articleReply, authorId: article.authorId, status: article.status })
    .from(articleReply)
    .innerJoin(article, eq(article.id, articleReply.articleId))
    .where(and(eq(articleReply.id, replyId), eq(article.practiceId, viewer.practiceId)));
  if (!row) throw notFound("This reply");
  if (!mayEditArticle(viewer, row.authorId)) {
    // Another coach's unpublished article does not exist for them.
    if (row.status !== "published") throw notFound("This reply");
    throw forbidden("Only the article's author or the practice's admin may moderate its replies.");
  }
  return row.reply;
}

export type ReplyAction = "approve" | "hide" | "pin" | "unpin";

const CHANGES: Record<ReplyAction, Partial<typeof articleReply.$inferInsert>> = {
  approve: { status: "approved" },
  hide: { status: "hidden", pinned: false },
  // A pinned reply is shown first, so pinning approves it.
  pin: { pinned: true, status: "approved" },
  unpin: { pinned: false },
};

export async function moderateReply(
  ctx: Ctx,
  viewer: Viewer,
  replyId: string,
  action: ReplyAction,
): Promise<ArticleReply> {
  await moderatedReply(ctx.db, viewer, replyId);
  await ctx.db.update(articleReply).set(CHANGES[action]).where(eq(articleReply.id, replyId));
  const [row] = await ctx.db
    .select({ reply: articleReply, blocked })
    .from(articleReply)
    .where(eq(articleReply.id, replyId));
  if (!row) throw notFound("This reply");
  return replyOf(row.reply, Boolean(row.blocked));
}

/** Blocks the reply's address in the practice: every reply of it is hidden, future ones too. */
export async function blockReplyAddress(
  ctx: Ctx,
  viewer: Viewer,
  replyId: string,
): Promise<BlockResult> {
  return ctx.db.transaction(async (tx) => {
    const reply = await moderatedReply(tx, viewer, replyId);
    await tx
      .insert(replyBlock)
      .values({ practiceId: viewer.practiceId, email: reply.email, blockedBy: viewer.userId })
      .onConflictDoNothing();
    const practiceArticles = tx
      .select({ id: article.id })
      .from(article)
      .where(eq(article.practiceId, viewer.practiceId));
    const hidden = await tx
      .update(articleReply)
      .set({ status: "hidden", pinned: false })
      .where(
        and(eq(articleReply.email, reply.email), inArray(articleReply.articleId, practiceArticles)),
      )
      .returning({ id: articleReply.id });
    return { email: reply.email, hiddenReplies: hidden.length };
  });
}
