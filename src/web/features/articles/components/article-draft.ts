import type { Article, CreateArticleBody, UpdateArticleBody } from "../../../../contract/articles";
import { slugFrom } from "../../../../domain/articles/articles";

/** The editor's fields as the form holds them: text, with the position and date as typed. */
export type ArticleDraft = {
  title: string;
  slug: string;
  /** The address was typed by hand, so a new title no longer suggests one. */
  slugEdited: boolean;
  summary: string;
  body: string;
  seriesId: string;
  seriesPosition: string;
  nextTitle: string;
  nextPlannedOn: string;
};

export type DraftField = Exclude<keyof ArticleDraft, "slugEdited">;

export function draftOf(article: Article | null): ArticleDraft {
  if (!article)
    return {
      title: "",
      slug: "",
      slugEdited: false,
      summary: "",
      body: "",
      seriesId: "",
      seriesPosition: "",
      nextTitle: "",
      nextPlannedOn: "",
    };
  return {
    title: article.title,
    slug: article.slug,
    slugEdited: true,
    summary: article.summary,
    body: article.body,
    seriesId: article.series?.id ?? "",
    seriesPosition: article.seriesPosition ? String(article.seriesPosition) : "",
    nextTitle: article.nextTitle ?? "",
    nextPlannedOn: article.nextPlannedOn ?? "",
  };
}

/** The address suggested from the title while the person has not typed one of their own. */
export function withTitle(draft: ArticleDraft, title: string): ArticleDraft {
  return draft.slugEdited
    ? { ...draft, title }
    : { ...draft, title, slug: title.trim() ? slugFrom(title) : "" };
}

const position = (typed: string): number | null => {
  const n = Number(typed);
  return typed.trim() && Number.isFinite(n) ? n : null;
};

/** Everything, for a new draft. */
export function createBody(draft: ArticleDraft): CreateArticleBody {
  return {
    title: draft.title,
    ...(draft.slug.trim() ? { slug: draft.slug } : {}),
    summary: draft.summary,
    body: draft.body,
    seriesId: draft.seriesId || null,
    seriesPosition: draft.seriesId ? position(draft.seriesPosition) : null,
    nextTitle: draft.nextTitle.trim() || null,
    nextPlannedOn: draft.nextPlannedOn || null,
  };
}

/** Only what changed since `saved`, so an untouched place in a series stays as it is. */
export function updateBody(saved: ArticleDraft, draft: ArticleDraft): UpdateArticleBody | null {
  const body: UpdateArticleBody = {};
  if (draft.title !== saved.title) body.title = draft.title;
  if (draft.slug !== saved.slug) body.slug = draft.slug;
  if (draft.summary !== saved.summary) body.summary = draft.summary;
  if (draft.body !== saved.body) body.body = draft.body;
  if (draft.seriesId !== saved.seriesId) body.seriesId = draft.seriesId || null;
  if (draft.seriesId !== saved.seriesId || draft.seriesPosition !== saved.seriesPosition)
    body.seriesPosition = draft.seriesId ? position(draft.seriesPosition) : null;
  if (draft.nextTitle !== saved.nextTitle) body.nextTitle = draft.nextTitle.trim() || null;
  if (draft.nextPlannedOn !== saved.nextPlannedOn) body.nextPlannedOn = draft.nextPlannedOn || null;
  return Object.keys(body).length > 0 ? body : null;
}

export function isUnchanged(saved: ArticleDraft, draft: ArticleDraft): boolean {
  return updateBody(saved, draft) === null;
}
