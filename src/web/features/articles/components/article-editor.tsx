import { type FormEvent, useEffect, useState } from "react";
import { Link, useNavigate } from "react-router";
import type { Article } from "../../../../contract/articles";
import { Alert, FormAlert } from "../../../components/ui/alert";
import { Button, buttonClasses } from "../../../components/ui/button";
import { ArticleAboutFields } from "./article-about-fields";
import { ArticleBodyField } from "./article-body-field";
import { DELIBERATE, LeaveGuard } from "./leave-guard";
import { NextArticleFields } from "./next-article-fields";
import { PublishingCard } from "./publishing-card";
import { SeriesFields } from "./series-fields";
import { useArticleEditor } from "./use-article-editor";

type Props = { initial: Article | null };

/**
 * The article's editor: its text and address, series and the announcement of the next one, with
 * saving as a draft and publishing beside them. Unsaved changes are guarded when leaving.
 */
export function ArticleEditor({ initial }: Props) {
  const editor = useArticleEditor(initial);
  const { problems, draft, saved, setField } = editor;
  const { errors } = problems;
  const navigate = useNavigate();
  const [savedNote, setSavedNote] = useState(false);

  // A new draft gets its own address once saved, without leaving the page.
  useEffect(() => {
    if (saved && !initial)
      void navigate(`/articles/${saved.id}`, { replace: true, state: DELIBERATE });
  }, [saved, initial, navigate]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSavedNote(false);
    if (await editor.persist()) setSavedNote(true);
  }

  return (
    <form
      ref={problems.formRef}
      noValidate
      onSubmit={(e) => void onSubmit(e)}
      aria-label="Article"
      className="space-y-6"
    >
      <LeaveGuard unsaved={editor.dirty} />
      <FormAlert message={problems.problem} />
      <div role="status" className="empty:hidden">
        {savedNote && !editor.dirty ? <Alert tone="success">Saved.</Alert> : null}
      </div>
      <ArticleAboutFields
        draft={draft}
        errors={errors}
        onChange={setField}
        url={saved?.url ?? null}
        published={saved?.status === "published"}
      />
      <ArticleBodyField
        value={draft.body}
        error={errors.body}
        onChange={(v) => setField("body", v)}
      />
      <SeriesFields draft={draft} errors={errors} onChange={setField} />
      <NextArticleFields draft={draft} errors={errors} onChange={setField} />
      <div className="flex flex-wrap justify-end gap-2">
        <Link to="/articles" className={buttonClasses("ghost")}>
          Back to articles
        </Link>
        <Button type="submit" variant="secondary" pending={editor.saving}>
          {saved?.status === "draft" || !saved ? "Save draft" : "Save changes"}
        </Button>
      </div>
      <PublishingCard
        editor={editor}
        onDeleted={(title) =>
          void navigate("/articles", { state: { ...DELIBERATE, deleted: title } })
        }
      />
    </form>
  );
}
