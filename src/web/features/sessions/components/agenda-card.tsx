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
import { Input } from "../../../components/ui/input";
import { fieldErrorsOf, formMessageOf } from "../../../lib/form-errors";
import { useAddAgendaItem, useRemoveAgendaItem } from "../api/session-page";

/** What the session will cover; either side adds to it. */
export function AgendaCard({ page, viewerId }: { page: SessionPage; viewerId: string }) {
  const add = useAddAgendaItem(page.session.id);
  const remove = useRemoveAgendaItem(page.session.id);
  const mayRemove = (authorId: string) =>
    page.may.addAgenda && (authorId === viewerId || page.session.coach.id === viewerId);
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) {
      setProblem("Write the agenda item");
      return;
    }
    setProblem(null);
    add.mutate({ text: trimmed }, { onSuccess: () => setText("") });
  };
  const error = problem ?? fieldErrorsOf(add.error).text;
  return (
    <Card>
      <section aria-labelledby={`${id}-heading`}>
        <CardHeader>
          <div>
            <CardTitle id={`${id}-heading`}>Agenda</CardTitle>
            <CardDescription>
              What to talk about. You both see it and can add to it.
            </CardDescription>
          </div>
        </CardHeader>
        <CardContent className="space-y-4">
          {page.agenda.length === 0 ? (
            <p className="text-sm text-slate-600 italic">Nothing on the agenda yet.</p>
          ) : (
            <ol className="list-decimal space-y-2 pl-5 text-sm text-slate-800">
              {page.agenda.map((item) => (
                <li key={item.id} className="break-words">
                  {item.text} <span className="text-slate-600">· added by {item.addedBy.name}</span>
                  {mayRemove(item.addedBy.id) ? (
                    <Button
                      variant="link"
                      size="sm"
                      className="ml-2 text-sm"
                      disabled={remove.isPending}
                      onClick={() => remove.mutate(item.id)}
                    >
                      Remove<span className="sr-only"> “{item.text}” from the agenda</span>
                    </Button>
                  ) : null}
                </li>
              ))}
            </ol>
          )}
          {page.may.addAgenda ? (
            <form noValidate onSubmit={onSubmit} className="space-y-2">
              <FormAlert message={error ? null : formMessageOf(add.error ?? remove.error)} />
              <label htmlFor={id} className="block text-sm font-medium text-slate-800">
                Add to the agenda
              </label>
              <div className="flex flex-col gap-2 sm:flex-row">
                <Input
                  id={id}
                  maxLength={500}
                  value={text}
                  onChange={(event) => setText(event.target.value)}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                />
                <Button type="submit" variant="secondary" pending={add.isPending}>
                  Add item
                </Button>
              </div>
              {error ? (
                <p id={`${id}-error`} className="text-sm font-medium text-red-700">
                  {error}
                </p>
              ) : null}
            </form>
          ) : null}
        </CardContent>
      </section>
    </Card>
  );
}
