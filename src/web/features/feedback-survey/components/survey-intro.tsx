import { CalendarDays, ShieldCheck } from "lucide-react";
import type { SurveyView } from "../../../../contract/feedback";
import { formatDate } from "../../../lib/format-date";
import { anonymityPromise, askedAs } from "./anonymity-promise";
import { itemCount } from "./survey-answers";

/**
 * The top of an open survey: who asks and why, by when, what happens to the answers, and how to
 * answer. The rater has no account, so everything they need to trust the link is here.
 */
export function SurveyIntro({
  view,
}: {
  view: SurveyView & { model: NonNullable<SurveyView["model"]> };
}) {
  const { clientName, practiceName, raterName, model } = view;
  const questions = model.openQuestions.length;
  return (
    <header className="mb-6 space-y-5">
      <div>
        <p className="text-sm font-medium text-brand-800">{practiceName}</p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight text-balance text-slate-900 sm:text-3xl">
          Feedback for {clientName}
        </h1>
        <p className="mt-3 leading-relaxed text-slate-700">
          Hello {raterName}. {clientName} is working with a leadership coach at {practiceName} and
          would value your view, as {askedAs(view)}, of how they lead day to day. Your answers help
          them see what to keep doing and what to work on.
        </p>
      </div>

      <ul className="grid gap-3 text-sm sm:grid-cols-2">
        <li className="flex gap-3 rounded-lg border border-slate-200 bg-white p-4">
          <CalendarDays className="mt-0.5 size-5 shrink-0 text-brand-700" aria-hidden="true" />
          <div>
            <p className="font-semibold text-slate-900">
              Please answer by {formatDate(view.deadline)}
            </p>
            <p className="mt-1 text-slate-700">
              {itemCount(model)} behaviours to rate
              {questions > 0
                ? ` and ${questions} short open ${questions === 1 ? "question" : "questions"}`
                : ""}
              . Each answer is saved as you give it: you can stop and come back to this link.
            </p>
          </div>
        </li>
        <li className="flex gap-3 rounded-lg border border-slate-200 bg-white p-4">
          <ShieldCheck className="mt-0.5 size-5 shrink-0 text-brand-700" aria-hidden="true" />
          <div className="space-y-1 text-slate-700">
            <p className="font-semibold text-slate-900">What happens to your answers</p>
            {anonymityPromise(view).map((sentence) => (
              <p key={sentence}>{sentence}</p>
            ))}
          </div>
        </li>
      </ul>

      <div className="rounded-lg bg-brand-50 p-4 text-sm leading-relaxed text-brand-950">
        <h2 className="font-semibold">How to answer</h2>
        <p className="mt-1">{model.instructions}</p>
      </div>
    </header>
  );
}
