import { type KeyboardEvent, useState } from "react";
import { Alert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { Select } from "../../../components/ui/select";
import { type FieldErrors, fieldErrorsOf, formMessageOf } from "../../../lib/form-errors";
import { useArticleSeries, useCreateSeries } from "../api/series";
import type { ArticleDraft, DraftField } from "./article-draft";

const NEW_SERIES = "new";

type Props = {
  draft: ArticleDraft;
  errors: FieldErrors;
  onChange: (field: DraftField, value: string) => void;
};

/** The series the article belongs to (one can be started here) and its place in it. */
export function SeriesFields({ draft, errors, onChange }: Props) {
  const series = useArticleSeries();
  const [starting, setStarting] = useState(false);
  const list = series.data ?? [];
  return (
    <Card>
      <CardHeader>
        <div>
          <CardTitle>Series</CardTitle>
          <CardDescription>
            Articles of a series link to each other in order, and the series has its own page.
          </CardDescription>
        </div>
      </CardHeader>
      <CardContent className="space-y-5">
        <div className="grid gap-5 sm:grid-cols-[1fr_10rem]">
          <FormField label="Series" name="seriesId" error={errors.seriesId}>
            {(control) => (
              <Select
                {...control}
                value={starting ? NEW_SERIES : draft.seriesId}
                onChange={(e) => {
                  const value = e.target.value;
                  setStarting(value === NEW_SERIES);
                  if (value !== NEW_SERIES) onChange("seriesId", value);
                }}
              >
                <option value="">Not in a series</option>
                {list.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title}
                  </option>
                ))}
                <option value={NEW_SERIES}>Start a new series…</option>
              </Select>
            )}
          </FormField>
          {draft.seriesId && !starting ? (
            <FormField
              label="Part"
              name="seriesPosition"
              optional
              error={errors.seriesPosition}
              hint="Empty: the next part."
            >
              {(control) => (
                <Input
                  {...control}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={1000}
                  value={draft.seriesPosition}
                  onChange={(e) => onChange("seriesPosition", e.target.value)}
                />
              )}
            </FormField>
          ) : null}
        </div>
        {series.error ? <Alert tone="danger">{formMessageOf(series.error)}</Alert> : null}
        {starting ? (
          <NewSeries
            onCreated={(id) => {
              setStarting(false);
              onChange("seriesId", id);
            }}
            onCancel={() => setStarting(false)}
          />
        ) : null}
      </CardContent>
    </Card>
  );
}

function NewSeries({
  onCreated,
  onCancel,
}: {
  onCreated: (id: string) => void;
  onCancel: () => void;
}) {
  const [title, setTitle] = useState("");
  const create = useCreateSeries();
  const errors = fieldErrorsOf(create.error);
  const problem = create.error && !errors.title ? formMessageOf(create.error) : undefined;
  const start = () => create.mutate({ title }, { onSuccess: (created) => onCreated(created.id) });
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    start();
  };
  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-4">
      <FormField
        label="Title of the new series"
        name="seriesTitle"
        error={errors.title ?? problem ?? undefined}
      >
        {(control) => (
          <Input
            {...control}
            value={title}
            maxLength={200}
            autoFocus
            onKeyDown={onKeyDown}
            onChange={(e) => setTitle(e.target.value)}
          />
        )}
      </FormField>
      <div className="flex flex-wrap gap-2">
        <Button size="sm" pending={create.isPending} onClick={start}>
          Start the series
        </Button>
        <Button size="sm" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
