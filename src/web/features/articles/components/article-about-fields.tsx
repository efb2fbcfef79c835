import { Card, CardContent, CardHeader, CardTitle } from "../../../components/ui/card";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { Textarea } from "../../../components/ui/textarea";
import type { FieldErrors } from "../../../lib/form-errors";
import type { ArticleDraft, DraftField } from "./article-draft";

type Props = {
  draft: ArticleDraft;
  errors: FieldErrors;
  onChange: (field: DraftField, value: string) => void;
  /** The public page's address once saved, to show where the address goes. */
  url: string | null;
  published: boolean;
};

/** The title, the page's address (suggested from the title) and the summary for link previews. */
export function ArticleAboutFields({ draft, errors, onChange, url, published }: Props) {
  const base = url ? url.slice(0, url.lastIndexOf("/") + 1) : null;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Title and address</CardTitle>
      </CardHeader>
      <CardContent className="space-y-5">
        <FormField label="Title" name="title" error={errors.title} required>
          {(control) => (
            <Input
              {...control}
              value={draft.title}
              maxLength={200}
              onChange={(e) => onChange("title", e.target.value)}
            />
          )}
        </FormField>
        <FormField
          label="Page address"
          name="slug"
          error={errors.slug}
          hint={
            <>
              The end of the public page's address
              {base ? (
                <>
                  : <span className="break-all">{base}</span>
                  <strong className="break-all">{draft.slug || "…"}</strong>
                </>
              ) : null}
              . Suggested from the title; lower-case letters, digits and hyphens.
              {published ? " Changing it breaks links people have already shared." : ""}
            </>
          }
        >
          {(control) => (
            <Input
              {...control}
              value={draft.slug}
              maxLength={80}
              autoCapitalize="none"
              spellCheck={false}
              onChange={(e) => onChange("slug", e.target.value)}
            />
          )}
        </FormField>
        <FormField
          label="Summary"
          name="summary"
          optional
          error={errors.summary}
          hint="One or two sentences. The list of articles and the feeds show it, and it is the text of link previews when the article is shared."
        >
          {(control) => (
            <Textarea
              {...control}
              rows={3}
              maxLength={500}
              value={draft.summary}
              onChange={(e) => onChange("summary", e.target.value)}
            />
          )}
        </FormField>
      </CardContent>
    </Card>
  );
}
