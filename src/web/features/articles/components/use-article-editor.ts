import { useState } from "react";
import type { Article } from "../../../../contract/articles";
import { useFieldProblems } from "../../../lib/use-field-problems";
import { useSaveArticle } from "../api/save-article";
import {
  type ArticleDraft,
  createBody,
  type DraftField,
  draftOf,
  isUnchanged,
  updateBody,
  withTitle,
} from "./article-draft";

/**
 * The article being written and its last saved state. `persist` saves what changed (a new draft
 * the first time) and resolves with the saved article, or null with the problems shown at their
 * fields; the form keeps everything typed either way.
 */
export function useArticleEditor(initial: Article | null) {
  const problems = useFieldProblems("article");
  const [saved, setSaved] = useState<Article | null>(initial);
  const [baseline, setBaseline] = useState<ArticleDraft>(() => draftOf(initial));
  const [draft, setDraft] = useState<ArticleDraft>(baseline);
  const save = useSaveArticle();
  const dirty = !isUnchanged(baseline, draft);

  function setField(field: DraftField, value: string) {
    setDraft((d) =>
      field === "title"
        ? withTitle(d, value)
        : { ...d, [field]: value, ...(field === "slug" ? { slugEdited: true } : {}) },
    );
    problems.clearErrors(field);
  }

  /** The saved article (or the one the server now holds) becomes what the form starts from. */
  function adopt(article: Article) {
    const next = draftOf(article);
    setSaved(article);
    setBaseline(next);
    setDraft(next);
  }

  async function persist(): Promise<Article | null> {
    if (saved && !dirty) return saved;
    problems.clearAll();
    const changes = saved ? updateBody(baseline, draft) : null;
    try {
      const article = saved
        ? changes
          ? await save.mutateAsync({ id: saved.id, body: changes })
          : saved
        : await save.mutateAsync({ id: null, body: createBody(draft) });
      adopt(article);
      return article;
    } catch (error) {
      problems.showRefusal(error);
      return null;
    }
  }

  return { problems, saved, draft, dirty, setField, adopt, persist, saving: save.isPending };
}

export type ArticleEditorState = ReturnType<typeof useArticleEditor>;
