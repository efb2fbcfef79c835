import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import type { FieldErrors } from "../../../lib/form-errors";
import type { ArticleDraft, DraftField } from "./article-draft";

type Props = {
  draft: ArticleDraft;
  errors: FieldErrors;
  onChange: (field: DraftField, value: string) => void;
};

/** The announcement at the end of the article of the one to come: its title and planned day. */
export function NextArticleFields({ draft, errors, onChange }: Props) {
  return (
    <Card>
      <CardHeader>
        <div>
          <CardTitle>The next article</CardTitle>
          <CardDescription>
            Announce what comes next: the end of this article names it with its planned date and
            invites readers to subscribe. Leave both empty to announce nothing.
          </CardDescription>
        </div>
      </CardHeader>
      <CardContent className="grid gap-5 sm:grid-cols-[1fr_12rem]">
        <FormField label="Its title" name="nextTitle" optional error={errors.nextTitle}>
          {(control) => (
            <Input
              {...control}
              value={draft.nextTitle}
              maxLength={200}
              onChange={(e) => onChange("nextTitle", e.target.value)}
            />
          )}
        </FormField>
        <FormField label="Planned for" name="nextPlannedOn" optional error={errors.nextPlannedOn}>
          {(control) => (
            <Input
              {...control}
              type="date"
              value={draft.nextPlannedOn}
              onChange={(e) => onChange("nextPlannedOn", e.target.value)}
            />
          )}
        </FormField>
      </CardContent>
    </Card>
  );
}
