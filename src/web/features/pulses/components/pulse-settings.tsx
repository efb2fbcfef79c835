import { type FormEvent, useState } from "react";
import type { PulseOverview } from "../../../../contract/pulses";
import { EVERY_WEEKS } from "../../../../domain/pulses/cadence";
import { QUESTIONS } from "../../../../domain/pulses/questions";
import { Button } from "../../../components/ui/button";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { Select } from "../../../components/ui/select";
import { isApiError } from "../../../lib/api-client";
import { formatDate } from "../../../lib/format-date";
import { useSavePulseQuestions, useSavePulseSettings, useSendPulseRound } from "../api/pulses";

const WEEKS = Array.from(
  { length: EVERY_WEEKS.max - EVERY_WEEKS.min + 1 },
  (_, i) => EVERY_WEEKS.min + i,
);

/** The coach's choice: pulses on or off, every how many weeks, and a round sent now. */
export function PulseSettingsForm({
  engagementId,
  overview,
}: {
  engagementId: string;
  overview: PulseOverview;
}) {
  const save = useSavePulseSettings(engagementId);
  const send = useSendPulseRound(engagementId);
  const [enabled, setEnabled] = useState(overview.settings.enabled);
  const [everyWeeks, setEveryWeeks] = useState(overview.settings.everyWeeks);
  const { nextRoundAt } = overview.settings;

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ enabled, everyWeeks });
  }

  return (
    <form onSubmit={submit} className="space-y-3 rounded-lg border border-slate-200 p-3">
      <label className="flex items-center gap-2 text-sm text-slate-900">
        <input
          type="checkbox"
          checked={enabled}
          onChange={(e) => setEnabled(e.target.checked)}
          className="size-4 accent-brand-700"
        />
        Send pulses to the approved stakeholders
      </label>
      <FormField label="Every" name="everyWeeks" className="max-w-48">
        {(control) => (
          <Select
            {...control}
            value={everyWeeks}
            onChange={(e) => setEveryWeeks(Number(e.target.value))}
          >
            {WEEKS.map((n) => (
              <option key={n} value={n}>
                {n === 1 ? "week" : `${n} weeks`}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      {overview.settings.enabled && nextRoundAt ? (
        <p className="text-sm text-slate-600">Next pulse due {formatDate(nextRoundAt)}.</p>
      ) : null}
      {overview.settings.enabled && !overview.settings.roundsGoOut ? (
        <p className="text-sm text-slate-600">
          Pulses go out on their own once the engagement is in active sessions, review or
          sustaining; until then you can send one now.
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" disabled={save.isPending}>
          Save
        </Button>
        <Button
          type="button"
          size="sm"
          variant="secondary"
          disabled={send.isPending || overview.whyNoRound !== null}
          onClick={() => send.mutate(undefined)}
        >
          Send a pulse now
        </Button>
      </div>
      {save.error || send.error ? (
        <p role="alert" className="text-sm text-red-700">
          {(save.error ?? send.error)?.message}
        </p>
      ) : null}
    </form>
  );
}

/** The behaviours asked about, worded by the client or the coach until the first pulse. */
export function PulseQuestionsForm({
  engagementId,
  overview,
}: {
  engagementId: string;
  overview: PulseOverview;
}) {
  const save = useSavePulseQuestions(engagementId);
  const [texts, setTexts] = useState(() => overview.settings.questions.map((q) => q.text));
  const locked = overview.settings.questionsLocked;

  if (locked)
    return (
      <ol className="list-decimal space-y-1 pl-5 text-sm text-slate-800">
        {overview.settings.questions.map((q) => (
          <li key={q.id}>{q.text}</li>
        ))}
      </ol>
    );

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ questions: texts.map((text, i) => ({ id: `b${i + 1}`, text })) });
  }
  const problem = (i: number) =>
    isApiError(save.error)
      ? save.error.fields.find((f) => f.path.startsWith(`questions.${i}`))?.message
      : undefined;

  return (
    <form onSubmit={submit} className="space-y-2">
      <p className="text-sm text-slate-600">
        {QUESTIONS.min} to {QUESTIONS.max} behaviours, each rated 1 to 5. They stay as they are once
        the first pulse goes out, so the pulses compare.
      </p>
      {texts.map((text, i) => (
        <FormField
          // The rows are the questions' places: b1, b2, ...
          // biome-ignore lint/suspicious/noArrayIndexKey: a place is the row's identity
          key={i}
          label={`Behaviour ${i + 1}`}
          name={`question-${i}`}
          error={problem(i)}
        >
          {(control) => (
            <Input
              {...control}
              value={text}
              onChange={(e) => setTexts(texts.map((t, j) => (j === i ? e.target.value : t)))}
            />
          )}
        </FormField>
      ))}
      <div className="flex flex-wrap gap-2">
        {texts.length < QUESTIONS.max ? (
          <Button type="button" size="sm" variant="ghost" onClick={() => setTexts([...texts, ""])}>
            Add a behaviour
          </Button>
        ) : null}
        {texts.length > QUESTIONS.min ? (
          <Button
            type="button"
            size="sm"
            variant="ghost"
            onClick={() => setTexts(texts.slice(0, -1))}
          >
            Remove the last
          </Button>
        ) : null}
        <Button type="submit" size="sm" variant="secondary" disabled={save.isPending}>
          Save the behaviours
        </Button>
      </div>
      {save.error ? (
        <p role="alert" className="text-sm text-red-700">
          {save.error.message}
        </p>
      ) : null}
    </form>
  );
}
