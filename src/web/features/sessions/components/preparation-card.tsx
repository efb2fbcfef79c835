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
import { useHashTarget } from "../../../lib/use-hash-target";
import { type PreparationInput, useSavePreparation } from "../api/session-page";
import { TextAnswers, type TextQuestion } from "./text-answers";

const QUESTIONS: TextQuestion<keyof PreparationInput>[] = [
  { name: "wins", label: "Wins since last time" },
  { name: "focus", label: "What I want to work on" },
  { name: "question", label: "A question for my coach" },
];

const PREPARATION_ANCHOR = "preparation";

/** The client's preparation: written by the client before the session, read by the coach. */
export function PreparationCard({
  page,
  viewerIsClient,
}: {
  page: SessionPage;
  viewerIsClient: boolean;
}) {
  const save = useSavePreparation(page.session.id);
  const problems = useFieldProblems("preparation");
  const { wins, focus, question, updatedAt } = page.preparation;
  const [values, setValues] = useState<PreparationInput>({ wins, focus, question });
  const id = useId();
  useHashTarget();
  const editable = page.may.writePreparation;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    problems.clearAll();
    save.mutate(values, { onError: problems.showRefusal });
  };
  return (
    <Card>
      {/* The preparation request mails a link to #preparation. */}
      <section
        id={PREPARATION_ANCHOR}
        tabIndex={-1}
        aria-labelledby={id}
        className="scroll-mt-24 outline-none"
      >
        <CardHeader>
          <div>
            <CardTitle id={id}>
              {viewerIsClient ? "My preparation" : `${page.session.client.name}'s preparation`}
            </CardTitle>
            <CardDescription>
              {viewerIsClient
                ? `You and ${page.session.coach.name} see this. Write it before the session.`
                : `Written by ${page.session.client.name} before the session; you both see it.`}
            </CardDescription>
          </div>
        </CardHeader>
        <CardContent>
          <form ref={problems.formRef} noValidate onSubmit={onSubmit} className="space-y-4">
            <FormAlert message={problems.problem} />
            <TextAnswers
              questions={QUESTIONS}
              values={values}
              errors={problems.errors}
              editable={editable}
              onChange={(name, value) => {
                save.reset();
                setValues((before) => ({ ...before, [name]: value }));
              }}
            />
            {editable ? (
              <div className="flex flex-wrap items-center gap-3">
                <Button type="submit" pending={save.isPending}>
                  Save preparation
                </Button>
                <p role="status" className="text-sm font-medium text-emerald-700 empty:hidden">
                  {save.isSuccess ? "Saved." : null}
                </p>
              </div>
            ) : null}
            {!editable && viewerIsClient ? (
              <p className="text-sm text-slate-600">
                The session has begun: the preparation can no longer change.
              </p>
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
