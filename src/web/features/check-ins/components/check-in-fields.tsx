import { useState } from "react";
import type {
  CheckInFormCommitment,
  CheckInFormGoal,
  CheckInInput,
} from "../../../../contract/check-ins";
import { ScaleChoice } from "../../../components/scale-choice";
import { FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { Textarea } from "../../../components/ui/textarea";
import { ApiError } from "../../../lib/api-client";
import { formMessageOf } from "../../../lib/form-errors";
import { ENERGY_WORDS } from "./check-in-words";
import { CommitmentsDone } from "./commitments-done";

type Problems = Record<string, string>;

/** The API's field problems by their full path ("goals.0.value"), the first of each. */
function problemsOf(error: unknown): Problems {
  if (!(error instanceof ApiError)) return {};
  const found: Problems = {};
  for (const field of error.fields) found[field.path] ??= field.message;
  return found;
}

interface Answer {
  value: string;
  confidence: number | null;
}

/**
 * The week's questions: each goal's measure and confidence, energy, a win and a challenge. Checked
 * here for what is missing; the server checks ranges again and names each field to fix.
 */
export function CheckInFields({
  goals,
  commitments,
  pending,
  error,
  onSubmit,
}: {
  goals: CheckInFormGoal[];
  commitments: CheckInFormCommitment[];
  pending: boolean;
  error: unknown;
  onSubmit: (input: CheckInInput) => void;
}) {
  const [answers, setAnswers] = useState<Answer[]>(() =>
    goals.map(() => ({ value: "", confidence: null })),
  );
  const [energy, setEnergy] = useState<number | null>(null);
  const [win, setWin] = useState("");
  const [challenge, setChallenge] = useState("");
  const [done, setDone] = useState<ReadonlySet<string>>(() => new Set());
  const [missing, setMissing] = useState<Problems>({});
  const problems = { ...problemsOf(error), ...missing };

  const setCommitmentDone = (id: string, isDone: boolean) =>
    setDone((all) => {
      const next = new Set(all);
      if (isDone) next.add(id);
      else next.delete(id);
      return next;
    });

  const setAnswer = (index: number, change: Partial<Answer>) =>
    setAnswers((all) => all.map((a, i) => (i === index ? { ...a, ...change } : a)));

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Problems = {};
    answers.forEach((answer, index) => {
      if (answer.confidence === null)
        found[`goals.${index}.confidence`] = "Choose how confident you feel, 1 to 10.";
      if (answer.value.trim() !== "" && !Number.isFinite(Number(answer.value)))
        found[`goals.${index}.value`] = "Give a number, or leave it empty.";
    });
    if (energy === null) found.energy = "Choose your energy, 1 to 5.";
    setMissing(found);
    if (Object.keys(found).length > 0 || energy === null) {
      const first = event.currentTarget.querySelector<HTMLElement>("[aria-invalid='true']");
      first?.focus();
      return;
    }
    onSubmit({
      energy,
      win,
      challenge,
      goals: goals.map((goal, index) => {
        const answer = answers[index] ?? { value: "", confidence: null };
        return {
          goalId: goal.id,
          confidence: answer.confidence ?? 0,
          value: answer.value.trim() === "" ? null : Number(answer.value),
        };
      }),
      commitmentsDone: commitments.filter((c) => done.has(c.id)).map((c) => c.id),
    });
  }

  const alert =
    Object.keys(missing).length > 0 ? "Answer what is marked below." : formMessageOf(error);
  return (
    <form noValidate onSubmit={submit} className="space-y-6">
      <FormAlert message={alert} />
      {goals.map((goal, index) => (
        <section
          key={goal.id}
          aria-labelledby={`goal-${goal.id}`}
          className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
        >
          <h2 id={`goal-${goal.id}`} className="font-medium text-slate-900">
            {goal.statement}
          </h2>
          {goal.measure ? (
            <FormField
              label={`${goal.measure}${goal.unit ? ` (${goal.unit})` : ""}`}
              name={`goals.${index}.value`}
              optional
              error={problems[`goals.${index}.value`]}
              hint={measureHint(goal)}
            >
              {(control) => (
                <Input
                  {...control}
                  type="number"
                  inputMode="decimal"
                  step="any"
                  min={goal.range?.min}
                  max={goal.range?.max}
                  value={answers[index]?.value ?? ""}
                  onChange={(e) => setAnswer(index, { value: e.target.value })}
                  className="max-w-40"
                />
              )}
            </FormField>
          ) : null}
          <ScaleChoice
            name={`goals.${index}.confidence`}
            legend="How confident are you of reaching it?"
            hint="1 is not at all, 10 is certain."
            max={10}
            value={answers[index]?.confidence ?? null}
            onChange={(confidence) => setAnswer(index, { confidence })}
            error={problems[`goals.${index}.confidence`]}
          />
        </section>
      ))}
      <CommitmentsDone
        commitments={commitments}
        done={done}
        onChange={setCommitmentDone}
        problems={problems}
      />
      <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <ScaleChoice
          name="energy"
          legend="Your energy this week"
          hint="1 is drained, 5 is full of energy."
          max={5}
          value={energy}
          onChange={setEnergy}
          error={problems.energy}
          words={ENERGY_WORDS}
        />
        <FormField label="A win" name="win" optional error={problems.win}>
          {(control) => (
            <Textarea
              {...control}
              rows={2}
              maxLength={1000}
              value={win}
              onChange={(e) => setWin(e.target.value)}
              placeholder="Something that went well"
            />
          )}
        </FormField>
        <FormField label="A challenge" name="challenge" optional error={problems.challenge}>
          {(control) => (
            <Textarea
              {...control}
              rows={2}
              maxLength={1000}
              value={challenge}
              onChange={(e) => setChallenge(e.target.value)}
              placeholder="Something that got in the way"
            />
          )}
        </FormField>
      </div>
      <Button type="submit" size="lg" pending={pending} className="w-full sm:w-auto">
        Send my check-in
      </Button>
    </form>
  );
}

/** "Last recorded: 3, target: 5. Leave it empty…"; "Target: 5. …" when nothing was recorded. */
function measureHint(goal: CheckInFormGoal): string {
  const known = [
    goal.latestValue === null ? null : `Last recorded: ${goal.latestValue}`,
    goal.target === null
      ? null
      : `${goal.latestValue === null ? "Target" : "target"}: ${goal.target}`,
  ].filter(Boolean);
  const lead = known.length > 0 ? `${known.join(", ")}. ` : "";
  return `${lead}Leave it empty if you did not measure it this week.`;
}
