import type { Practice } from "../../../../contract/practice";
import { QueryState } from "../../../components/query-state";
import { Alert, FormAlert } from "../../../components/ui/alert";
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
import { Textarea } from "../../../components/ui/textarea";
import { usePractice } from "../../../lib/api/get-practice";
import { focusFirstInvalid } from "../../../lib/form-errors";
import { useValidatedForm } from "../../../lib/use-validated-form";
import { publicPagesSchema, useUpdatePractice } from "../api/update-practice";

/** The practice's public pages (/p/<slug>) and the postal address its list mail carries. */
export function PublicPagesCard() {
  const practice = usePractice();
  return (
    <Card>
      <CardHeader>
        <div>
          <CardTitle id="public-pages-heading">Public pages</CardTitle>
          <CardDescription>
            Anyone can read your practice's public pages and subscribe there to its email courses
            and articles.
          </CardDescription>
        </div>
      </CardHeader>
      <CardContent>
        <QueryState query={practice} loading="Loading the settings…">
          {(data) => <PublicPagesForm practice={data} />}
        </QueryState>
      </CardContent>
    </Card>
  );
}

function PublicPagesForm({ practice }: { practice: Practice }) {
  const update = useUpdatePractice();
  const errors = useValidatedForm(publicPagesSchema, update.error);
  const onSubmit = errors.onSubmit((values, form) =>
    update.mutate(values, { onError: () => focusFirstInvalid(form) }),
  );
  const current = update.data ?? practice;
  const address = `/p/${current.slug}`;
  return (
    <form
      noValidate
      onSubmit={onSubmit}
      aria-labelledby="public-pages-heading"
      className="space-y-5"
    >
      <p className="text-sm text-slate-700">
        Your public address:{" "}
        <a
          href={address}
          target="_blank"
          rel="noreferrer"
          className="font-medium text-brand-700 underline underline-offset-2 hover:no-underline"
        >
          {window.location.origin}
          {address}
        </a>
      </p>
      <div role="status">
        {update.isSuccess && !errors.message ? (
          <Alert tone="success" title="Saved">
            Your public pages are at {address}.
          </Alert>
        ) : null}
      </div>
      <FormAlert message={errors.message} />
      <FormField
        label="Public address"
        name="slug"
        error={errors.fieldErrors.slug}
        hint="Lower-case words joined by hyphens, 3 to 60 characters. Links already shared with the old address stop working."
      >
        {(field) => <Input {...field} defaultValue={practice.slug} autoComplete="off" />}
      </FormField>
      <FormField
        label="Postal address"
        name="postalAddress"
        error={errors.fieldErrors.postalAddress}
        hint="Printed at the foot of every course lesson and article mail, as the law on bulk mail asks. Leave it empty to remove it."
      >
        {(field) => <Textarea {...field} rows={3} defaultValue={practice.postalAddress ?? ""} />}
      </FormField>
      <Button type="submit" pending={update.isPending}>
        Save public pages
      </Button>
    </form>
  );
}
