import type { CSSProperties } from "react";
import type {
  ChoiceQuestion,
  RatingQuestion,
  TextQuestion,
} from "../../../../domain/exercise/template";
import { Textarea } from "../../../components/ui/textarea";
import { questionDomId } from "../../../lib/anchors";
import { cn } from "../../../lib/cn";
import { type QuestionFieldProps, QuestionShell } from "./question-shell";
import { RankingField } from "./ranking-field";

/** One question of an exercise, with the control its type needs. */
export function QuestionField(props: QuestionFieldProps) {
  const { question } = props;
  switch (question.type) {
    case "text":
      return <TextField {...props} question={question} />;
    case "rating":
      return <RatingField {...props} question={question} />;
    case "ranking":
      return <RankingField {...props} question={question} />;
    case "choice":
      return <ChoiceField {...props} question={question} />;
  }
}

function TextField({
  question,
  number,
  value,
  onChange,
  problem,
}: QuestionFieldProps<TextQuestion>) {
  const id = `${questionDomId(question.id)}-input`;
  const text = typeof value === "string" ? value : "";
  const limit = question.maxLength;
  const helpId = question.help ? `${questionDomId(question.id)}-help` : null;
  const problemId = problem ? `${questionDomId(question.id)}-problem` : null;
  const nearLimit = limit !== undefined && text.length > limit * 0.9;
  return (
    <QuestionShell question={question} number={number} problem={problem} as="div" labelFor={id}>
      <Textarea
        id={id}
        rows={text.length > 400 ? 10 : 5}
        value={text}
        maxLength={limit}
        aria-invalid={problem ? true : undefined}
        aria-describedby={[helpId, problemId].filter(Boolean).join(" ") || undefined}
        onChange={(event) => onChange(question.id, event.target.value)}
        className="min-h-28 resize-y leading-relaxed"
      />
      {limit !== undefined ? (
        <p
          className={cn(
            "text-right text-xs tabular-nums",
            nearLimit ? "font-medium text-amber-900" : "text-slate-600",
          )}
        >
          {text.length.toLocaleString("en-GB")} / {limit.toLocaleString("en-GB")} characters
        </p>
      ) : null}
    </QuestionShell>
  );
}

/**
 * A rating as a row of native radio buttons: Tab reaches the group, the arrow keys move along it.
 * On a phone a 1-to-10 scale takes two rows of five; from the sm breakpoint, one row.
 */
function RatingField({
  question,
  number,
  value,
  onChange,
  problem,
}: QuestionFieldProps<RatingQuestion>) {
  const points = Array.from(
    { length: question.max - question.min + 1 },
    (_, i) => question.min + i,
  );
  const phoneColumns = points.length <= 6 ? points.length : Math.ceil(points.length / 2);
  const name = `${questionDomId(question.id)}-rating`;
  const ends =
    question.lowLabel || question.highLabel
      ? `${question.min} means ${question.lowLabel ?? "lowest"}; ${question.max} means ${question.highLabel ?? "highest"}.`
      : null;
  return (
    <QuestionShell question={question} number={number} problem={problem} as="fieldset">
      {ends ? <p className="sr-only">{ends}</p> : null}
      <div
        className="grid grid-cols-[repeat(var(--phone-columns),minmax(0,1fr))] gap-2 sm:grid-cols-[repeat(var(--columns),minmax(0,1fr))]"
        style={
          {
            "--phone-columns": phoneColumns,
            "--columns": points.length,
          } as CSSProperties
        }
      >
        {points.map((point) => (
          <label
            key={point}
            className={cn(
              "flex h-11 cursor-pointer items-center justify-center rounded-lg border border-slate-300 bg-white text-sm font-medium text-slate-800 tabular-nums transition-colors",
              "hover:border-brand-600 hover:bg-brand-50",
              "has-checked:border-brand-700 has-checked:bg-brand-700 has-checked:text-white",
              "has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-700",
            )}
          >
            <input
              type="radio"
              name={name}
              value={point}
              checked={value === point}
              onChange={() => onChange(question.id, point)}
              className="sr-only"
            />
            {point}
          </label>
        ))}
      </div>
      {question.lowLabel || question.highLabel ? (
        <div aria-hidden="true" className="flex justify-between gap-4 text-xs text-slate-600">
          <span>
            {question.min}: {question.lowLabel}
          </span>
          <span className="text-right">
            {question.max}: {question.highLabel}
          </span>
        </div>
      ) : null}
      {typeof value === "number" && !question.required ? (
        <ClearButton onClear={() => onChange(question.id, null)} />
      ) : null}
    </QuestionShell>
  );
}

/** One option (radio buttons) or several (checkboxes), each a large target on a phone. */
function ChoiceField({
  question,
  number,
  value,
  onChange,
  problem,
}: QuestionFieldProps<ChoiceQuestion>) {
  const picked = Array.isArray(value) ? value : [];
  const limit = question.multiple ? question.maxChoices : 1;
  const full = question.multiple && limit !== undefined && picked.length >= limit;
  const name = `${questionDomId(question.id)}-choice`;
  const note = !question.multiple
    ? null
    : limit === undefined
      ? "Choose all that apply."
      : full
        ? `Choose up to ${limit}. You have chosen ${limit}; clear one to choose another.`
        : `Choose up to ${limit}.`;
  function toggle(optionId: string, checked: boolean) {
    if (!question.multiple) return onChange(question.id, [optionId]);
    const next = checked
      ? question.options.map((o) => o.id).filter((id) => id === optionId || picked.includes(id))
      : picked.filter((id) => id !== optionId);
    onChange(question.id, next.length > 0 ? next : null);
  }
  return (
    <QuestionShell question={question} number={number} problem={problem} as="fieldset" note={note}>
      <div className="grid gap-2 sm:grid-cols-2">
        {question.options.map((option) => {
          const checked = picked.includes(option.id);
          const disabled = full && !checked;
          return (
            <label
              key={option.id}
              className={cn(
                "flex min-h-11 items-center gap-3 rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-800 transition-colors",
                disabled
                  ? "cursor-not-allowed opacity-60"
                  : "cursor-pointer hover:border-brand-600 hover:bg-brand-50",
                "has-checked:border-brand-700 has-checked:bg-brand-50 has-checked:font-medium has-checked:text-brand-900 has-checked:ring-1 has-checked:ring-brand-700",
                "has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-700",
              )}
            >
              <input
                type={question.multiple ? "checkbox" : "radio"}
                name={name}
                value={option.id}
                checked={checked}
                disabled={disabled}
                onChange={(event) => toggle(option.id, event.target.checked)}
                className="size-5 shrink-0 accent-brand-700 focus-visible:outline-none"
              />
              {option.label}
            </label>
          );
        })}
      </div>
      {!question.multiple && picked.length > 0 && !question.required ? (
        <ClearButton onClear={() => onChange(question.id, null)} />
      ) : null}
    </QuestionShell>
  );
}

function ClearButton({ onClear }: { onClear: () => void }) {
  return (
    <button
      type="button"
      onClick={onClear}
      className="text-sm font-medium text-slate-600 underline underline-offset-2 hover:text-slate-900"
    >
      Clear answer
    </button>
  );
}
