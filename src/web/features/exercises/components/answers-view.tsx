import type { ExerciseAnswers, ExerciseView } from "../../../../contract/exercises";
import type { Question } from "../../../../domain/exercise/template";
import { wheelsOf } from "../../../../domain/exercise/wheel";
import { questionDomId } from "../../../lib/anchors";
import { cn } from "../../../lib/cn";
import { blocksOf } from "./exercise-blocks";
import { neutralTitle } from "./neutral-title";
import { WheelChart } from "./wheel-chart";

/**
 * The submitted answers, read-only: each question with its answer, each wheel as a chart. Each
 * answer, and each rated area of a wheel, has the id `question-<questionId>`, so a link can lead
 * to it (the development profile's evidence does); `target` is the one a link led to, outlined.
 * For the coach, a wheel's title written to the client ("Your leadership wheel") reads neutrally.
 */
export function AnswersView({
  exercise,
  answers,
  target = "",
  asCoach = false,
}: {
  exercise: Pick<ExerciseView, "questions" | "groups">;
  answers: ExerciseAnswers;
  target?: string;
  asCoach?: boolean;
}) {
  const wheels = wheelsOf(exercise, answers);
  const titleOf = (title: string) => (asCoach ? neutralTitle(title) : title);
  return (
    <div className="space-y-8">
      {blocksOf(exercise).map((block) => {
        if (block.kind === "wheel") {
          const wheel = wheels.find((w) => w.group.id === block.group.id);
          return (
            <section
              key={`wheel-${block.group.id}`}
              aria-labelledby={`wheel-${block.group.id}-heading`}
              className="space-y-3"
            >
              <h3
                id={`wheel-${block.group.id}-heading`}
                className="text-base font-semibold text-slate-900"
              >
                {titleOf(block.group.title)}
              </h3>
              {wheel ? (
                <WheelChart
                  wheel={wheel}
                  caption={titleOf(block.group.title)}
                  anchorOf={questionDomId}
                  target={target}
                />
              ) : null}
            </section>
          );
        }
        return (
          <section
            key={block.question.id}
            id={questionDomId(block.question.id)}
            tabIndex={-1}
            aria-labelledby={`answer-${block.question.id}`}
            className={cn(
              "scroll-mt-24 space-y-2 rounded-sm outline-none",
              target === questionDomId(block.question.id) &&
                "outline-2 outline-offset-8 outline-brand-600 outline-solid",
            )}
          >
            <h3
              id={`answer-${block.question.id}`}
              className="flex gap-3 font-medium text-slate-900"
            >
              <span className="w-7 shrink-0 text-right text-slate-600 tabular-nums">
                {block.number}.
              </span>
              <span className="min-w-0">{block.question.prompt}</span>
            </h3>
            <div className="sm:pl-10">
              <Answer question={block.question} value={answers[block.question.id]} />
            </div>
          </section>
        );
      })}
    </div>
  );
}

function Answer({ question, value }: { question: Question; value: unknown }) {
  if (value === undefined || value === null || value === "")
    return <p className="text-sm text-slate-500 italic">Not answered</p>;
  switch (question.type) {
    case "text":
      return (
        <p className="max-w-prose leading-relaxed whitespace-pre-wrap text-slate-800">
          {String(value)}
        </p>
      );
    case "rating": {
      const score = Number(value);
      const share = (score - question.min) / (question.max - question.min);
      return (
        <div className="max-w-sm space-y-1.5">
          <p className="text-slate-800">
            <span className="text-lg font-semibold text-slate-900 tabular-nums">{score}</span>{" "}
            <span className="text-sm text-slate-600">
              on {question.min} to {question.max}
              {question.lowLabel && question.highLabel
                ? ` (${question.lowLabel} to ${question.highLabel})`
                : ""}
            </span>
          </p>
          <div aria-hidden="true" className="h-1.5 overflow-hidden rounded-full bg-slate-200">
            <div
              className="h-full rounded-full bg-brand-600"
              style={{ width: `${Math.round(share * 100)}%` }}
            />
          </div>
        </div>
      );
    }
    case "ranking": {
      const labels = new Map(question.options.map((o) => [o.id, o.label]));
      return (
        <ol className="space-y-1.5">
          {(value as string[]).map((id, index) => (
            <li key={id} className="flex items-center gap-3 text-slate-800">
              <span
                aria-hidden="true"
                className="flex size-6 shrink-0 items-center justify-center rounded-full bg-brand-50 text-xs font-semibold text-brand-800 ring-1 ring-brand-200 tabular-nums"
              >
                {index + 1}
              </span>
              <span>
                <span className="sr-only">{index + 1}. </span>
                {labels.get(id) ?? id}
              </span>
            </li>
          ))}
        </ol>
      );
    }
    case "choice": {
      const labels = new Map(question.options.map((o) => [o.id, o.label]));
      const picked = (value as string[]).map((id) => labels.get(id) ?? id);
      return picked.length === 1 ? (
        <p className="text-slate-800">{picked[0]}</p>
      ) : (
        <ul className="list-disc space-y-1 pl-5 text-slate-800">
          {picked.map((label) => (
            <li key={label}>{label}</li>
          ))}
        </ul>
      );
    }
  }
}
