import type { ReflectionAnswersBody, ReflectionPointView } from "../../../../contract/review";
import {
  GOAL_OUTCOME_LABELS,
  REFLECTION_QUESTIONS,
} from "../../../../domain/review/reflection-questions";

export interface ReviewedGoal {
  id: string;
  statement: string;
}

const NOT_ANSWERED = <span className="text-slate-500">Not answered</span>;

function Answer({ text }: { text: string | undefined }) {
  return text?.trim() ? <p className="whitespace-pre-wrap text-slate-800">{text}</p> : NOT_ANSWERED;
}

function Outcome({ answers, goalId }: { answers: ReflectionAnswersBody; goalId: string }) {
  const given = answers.outcomes?.find((o) => o.goalId === goalId);
  if (!given?.outcome) return NOT_ANSWERED;
  return (
    <p className="text-slate-800">
      <span className="font-medium">{GOAL_OUTCOME_LABELS[given.outcome]}</span>
      {given.words.trim() ? <span className="whitespace-pre-wrap">: {given.words}</span> : null}
    </p>
  );
}

/**
 * The two sides' answers, question by question, side by side (stacked on a phone, each answer
 * named by whose it is).
 */
export function ReflectionSideBySide({
  point,
  goals,
  mineLabel,
  otherLabel,
}: {
  point: ReflectionPointView;
  goals: ReviewedGoal[];
  mineLabel: string;
  otherLabel: string;
}) {
  const mine = point.mine?.answers;
  const other = point.other?.answers;
  if (!mine || !other) return null;
  const rows = [
    ...(point.kind === "final"
      ? goals.map((goal) => ({
          key: goal.id,
          question: `Outcome: ${goal.statement}`,
          mine: <Outcome answers={mine} goalId={goal.id} />,
          other: <Outcome answers={other} goalId={goal.id} />,
        }))
      : []),
    ...REFLECTION_QUESTIONS.map((q) => ({
      key: q.id,
      question: q.text,
      mine: <Answer text={mine.answers[q.id]} />,
      other: <Answer text={other.answers[q.id]} />,
    })),
  ];
  return (
    <dl className="space-y-4 text-sm">
      {rows.map((row) => (
        <div key={row.key} className="space-y-2">
          <dt className="font-semibold text-slate-900">{row.question}</dt>
          <dd className="grid gap-2 sm:grid-cols-2">
            <div className="rounded-lg border border-brand-100 bg-brand-50 p-3">
              <p className="mb-1 text-xs font-medium uppercase tracking-wide text-brand-800">
                {mineLabel}
              </p>
              {row.mine}
            </div>
            <div className="rounded-lg border border-slate-200 bg-slate-50 p-3">
              <p className="mb-1 text-xs font-medium uppercase tracking-wide text-slate-700">
                {otherLabel}
              </p>
              {row.other}
            </div>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** One side's answers alone: the viewer's own, shared and waiting for the other side. */
export function ReflectionAnswersList({
  point,
  answers,
  goals,
}: {
  point: ReflectionPointView;
  answers: ReflectionAnswersBody;
  goals: ReviewedGoal[];
}) {
  return (
    <dl className="space-y-3 text-sm">
      {point.kind === "final"
        ? goals.map((goal) => (
            <div key={goal.id}>
              <dt className="font-semibold text-slate-900">Outcome: {goal.statement}</dt>
              <dd>
                <Outcome answers={answers} goalId={goal.id} />
              </dd>
            </div>
          ))
        : null}
      {REFLECTION_QUESTIONS.map((q) => (
        <div key={q.id}>
          <dt className="font-semibold text-slate-900">{q.text}</dt>
          <dd>
            <Answer text={answers.answers[q.id]} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
