import { type FormEvent, useId, useState } from "react";
import type { SessionPage } from "../../../../contract/sessions";
import { FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { formatDateTime } from "../../../lib/format-date";
import { useFieldProblems } from "../../../lib/use-field-problems";
import { useSaveReflection } from "../api/session-page";
import { TextAnswers, type TextQuestion } from "./text-answers";

type Texts = { learned: string; differently: string };

const QUESTIONS: TextQuestion<keyof Texts>[] = [
  { name: "learned", label: "What I learned" },
  { name: "differently", label: "What I will do differently" },
];

/** The client's reflection after the session: two answers and how valuable it was, 1 to 10. */
export function ReflectionCard({
  page,
  viewerIsClient,
}: {
  page: SessionPage;
  viewerIsClient: boolean;
}) {
  const save = useSaveReflection(page.session.id);
  const problems = useFieldProblems("reflection");
  const { learned, differently, rating: savedRating, updatedAt } = page.reflection;
  const [texts, setTexts] = useState<Texts>({ learned, differently });
  const [rating, setRating] = useState<number | null>(savedRating);
  const id = useId();
  const editable = page.may.writeReflection;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    problems.clearAll();
    save.mutate({ ...texts, rating }, { onError: problems.showRefusal });
  };
  return (
    <Card>
      <section aria-labelledby={id}>
        <CardHeader>
          <div>
            <CardTitle id={id}>
              {viewerIsClient ? "My reflection" : `${page.session.client.name}'s reflection`}
            </CardTitle>
            <CardDescription>
              {viewerIsClient
                ? `Looking back on the session. You and ${page.session.coach.name} see this.`
                : `Written by ${page.session.client.name} after the session; you both see it.`}
            </CardDescription>
          </div>
        </CardHeader>
        <CardContent>
          <form ref={problems.formRef} noValidate onSubmit={onSubmit} className="space-y-4">
            <FormAlert message={problems.problem} />
            <TextAnswers
              questions={QUESTIONS}
              values={texts}
              errors={problems.errors}
              editable={editable}
              onChange={(name, value) => {
                save.reset();
                setTexts((before) => ({ ...before, [name]: value }));
              }}
            />
            <RatingField
              name={`${id}-rating`}
              value={rating}
              editable={editable}
              error={problems.errors.rating}
              onChange={(value) => {
                save.reset();
                setRating(value);
              }}
            />
            {editable ? (
              <div className="flex flex-wrap items-center gap-3">
                <Button type="submit" pending={save.isPending}>
                  Save reflection
                </Button>
                <p role="status" className="text-sm font-medium text-emerald-700 empty:hidden">
                  {save.isSuccess ? "Saved." : null}
                </p>
              </div>
            ) : null}
            {updatedAt ? (
              <p className="text-xs text-slate-600">Last saved {formatDateTime(updatedAt)}</p>
            ) : null}
          </form>
        </CardContent>
      </section>
    </Card>
  );
}

const RATINGS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

function RatingField({
  name,
  value,
  editable,
  error,
  onChange,
}: {
  name: string;
  value: number | null;
  editable: boolean;
  error: string | undefined;
  onChange: (value: number) => void;
}) {
  if (!editable)
    return (
      <p className="text-sm">
        <span className="font-medium text-slate-800">How valuable the session was: </span>
        {value === null ? (
          <span className="italic text-slate-600">Not rated yet</span>
        ) : (
          `${value} out of 10`
        )}
      </p>
    );
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">
        How valuable was the session? (1 not at all, 10 very)
      </legend>
      <div className="flex flex-wrap gap-1.5">
        {RATINGS.map((n) => (
          <label key={n} className="relative">
            <input
              type="radio"
              name={name}
              checked={value === n}
              onChange={() => onChange(n)}
              className="peer sr-only"
            />
            <span className="flex size-10 cursor-pointer items-center justify-center rounded-md border border-slate-300 bg-white text-sm text-slate-800 peer-checked:border-brand-700 peer-checked:bg-brand-700 peer-checked:font-semibold peer-checked:text-white peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-700">
              {n}
            </span>
          </label>
        ))}
      </div>
      <p className="text-sm text-slate-600" aria-live="polite">
        {value === null ? "Not rated yet." : `You chose ${value} out of 10.`}
      </p>
      {error ? <p className="text-sm font-medium text-red-700">{error}</p> : null}
    </fieldset>
  );
}
