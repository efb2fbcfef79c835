// Who may do what with the practice's articles, and the rules of their life: a draft is
// published now or scheduled for a time to come; only a draft is deleted.

export const ARTICLE_STATUSES = ["draft", "scheduled", "published"] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const REPLY_STATUSES = ["held", "approved", "hidden"] as const;

export interface ArticleViewer {
  userId: string;
  isAdmin: boolean;
}

/** The author edits, publishes and moderates their own article; the practice's admin any. */
export function mayEditArticle(viewer: ArticleViewer, authorId: string | null): boolean {
  return viewer.isAdmin || (authorId !== null && authorId === viewer.userId);
}

/** A coach sees published articles and their own; the admin sees every one. */
export function mayListArticle(
  viewer: ArticleViewer,
  article: { authorId: string | null; status: ArticleStatus },
): boolean {
  return article.status === "published" || mayEditArticle(viewer, article.authorId);
}

export const SCHEDULE_IN_PAST = "Choose a time in the future, or publish now.";

/** Why an article may not be scheduled at `publishAt`, or null when it may. */
export function scheduleProblem(publishAt: Date, now: Date): string | null {
  return publishAt.getTime() <= now.getTime() ? SCHEDULE_IN_PAST : null;
}

export type ArticleMove = "publish" | "schedule" | "unschedule" | "unpublish" | "delete";

const ALLOWED: Record<ArticleMove, readonly ArticleStatus[]> = {
  publish: ["draft", "scheduled"],
  schedule: ["draft", "scheduled"],
  unschedule: ["scheduled"],
  unpublish: ["published"],
  delete: ["draft"],
};

const REFUSALS: Record<ArticleMove, string> = {
  publish: "This article is published already.",
  schedule: "This article is published already; unpublish it first to schedule it.",
  unschedule: "Only a scheduled article can be unscheduled.",
  unpublish: "Only a published article can be unpublished.",
  delete: "Only a draft can be deleted; unschedule or unpublish it first.",
};

/** Why the move is refused from `status`, or null when it may be made. */
export function moveRefusal(move: ArticleMove, status: ArticleStatus): string | null {
  return ALLOWED[move].includes(status) ? null : REFUSALS[move];
}

/** A page address made from a title: lower-case ASCII letters, digits and single hyphens. */
export function slugFrom(title: string, fallback = "article"): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug || fallback;
}

/** "Part 2 of 5": an article's place among its series' published articles. */
export function seriesPart(position: number, count: number): string {
  return `Part ${position} of ${count}`;
}
