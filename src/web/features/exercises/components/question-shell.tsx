import type { ReactNode } from "react";
import type { AnswerValue } from "../../../../domain/exercise/answers";
import type { Question } from "../../../../domain/exercise/template";
import { questionDomId } from "../../../lib/anchors";
import { cn } from "../../../lib/cn";

export type QuestionFieldProps<Q extends Question = Question> = {
  question: Q;
  /** Its place in the exercise, from 1. */
  number: number;
  value: AnswerValue | undefined;
  onChange: (questionId: string, value: AnswerValue | null) => void;
  /** Why the answer can't be saved or submitted as it is. */
  problem?: string | undefined;
};

type ShellProps = {
  question: Question;
  number: number;
  problem?: string | undefined;
  /** Text questions label their textarea; the others are a fieldset of several controls. */
  as: "fieldset" | "div";
  labelFor?: string;
  /** More words under the help, e.g. "Choose up to 3". */
  note?: ReactNode;
  children: ReactNode;
};

/**
 * The frame every question shares: its number and prompt (the legend or label), whether it is
 * required, its help, and its problem, all tied to the controls for screen readers. The frame
 * takes focus when the client is sent to a question from the list of what is left to answer.
 */
export function QuestionShell({
  question,
  number,
  problem,
  as,
  labelFor,
  note,
  children,
}: ShellProps) {
  const id = questionDomId(question.id);
  const helpId = `${id}-help`;
  const problemId = `${id}-problem`;
  const describedBy =
    [question.help || note ? helpId : null, problem ? problemId : null].filter(Boolean).join(" ") ||
    undefined;
  const heading = (
    <>
      <span className="w-7 shrink-0 text-right text-slate-600 tabular-nums">{number}.</span>
      <span className="min-w-0">
        {question.prompt}
        {question.required ? (
          <>
            {" "}
            <span className="text-xs font-normal whitespace-nowrap text-slate-600">Required</span>
          </>
        ) : null}
      </span>
    </>
  );
  const headingClasses = "flex w-full gap-3 text-base font-medium text-slate-900";
  const Frame = as;
  return (
    <Frame
      id={id}
      tabIndex={-1}
      aria-describedby={as === "fieldset" ? describedBy : undefined}
      className={cn(
        "min-w-0 scroll-mt-24 rounded-lg outline-none",
        problem && "-mx-3 bg-amber-50 px-3 py-3",
      )}
    >
      {as === "fieldset" ? (
        <legend className={cn(headingClasses, "float-left")}>{heading}</legend>
      ) : (
        <label htmlFor={labelFor} className={headingClasses}>
          {heading}
        </label>
      )}
      <div className="clear-left space-y-3 pt-2 sm:pl-10">
        {question.help || note ? (
          <div id={helpId} className="space-y-1 text-sm text-slate-600">
            {question.help ? <p>{question.help}</p> : null}
            {note ? <p>{note}</p> : null}
          </div>
        ) : null}
        {problem ? (
          <p id={problemId} className="text-sm font-medium text-amber-900">
            {problem}
          </p>
        ) : null}
        {/* A text question's textarea names its help itself (see TextField). */}
        {children}
      </div>
    </Frame>
  );
}
