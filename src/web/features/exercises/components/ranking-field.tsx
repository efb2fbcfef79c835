import { ArrowDown, ArrowUp, Plus, X } from "lucide-react";
import { useEffect, useState } from "react";
import { rankingLength } from "../../../../domain/exercise/answers";
import type { RankingQuestion } from "../../../../domain/exercise/template";
import { IconButton } from "../../../components/icon-button";
import { questionDomId } from "../../../lib/anchors";
import { cn } from "../../../lib/cn";
import { type QuestionFieldProps, QuestionShell } from "./question-shell";

/**
 * A ranking by buttons, not only by dragging: the client adds options to their ranking one by
 * one, then moves each up or down, or takes it out. Every button says what it does to which
 * option, a status line says where the option went, and focus stays with the option moved.
 */
export function RankingField({
  question,
  number,
  value,
  onChange,
  problem,
}: QuestionFieldProps<RankingQuestion>) {
  const placed = Array.isArray(value) ? value : [];
  const wanted = rankingLength(question);
  const full = placed.length >= wanted;
  const labels = new Map(question.options.map((option) => [option.id, option.label]));
  const unplaced = question.options.filter((option) => !placed.includes(option.id));
  const base = questionDomId(question.id);
  const [announcement, setAnnouncement] = useState("");
  const [focusId, setFocusId] = useState<{ id: string; n: number } | null>(null);

  useEffect(() => {
    if (focusId) document.getElementById(focusId.id)?.focus();
  }, [focusId]);
  const focus = (id: string) => setFocusId((f) => ({ id, n: (f?.n ?? 0) + 1 }));
  const buttonId = (optionId: string, action: "up" | "down" | "remove" | "add") =>
    `${base}-${action}-${optionId}`;

  function set(next: string[]) {
    onChange(question.id, next.length > 0 ? next : null);
  }

  function add(optionId: string) {
    const next = [...placed, optionId];
    set(next);
    setAnnouncement(`${labels.get(optionId)} added at number ${next.length} of ${wanted}.`);
    const following = unplaced.filter((o) => o.id !== optionId);
    const after = following[unplaced.findIndex((o) => o.id === optionId)] ?? following.at(-1);
    if (next.length < wanted && after) focus(buttonId(after.id, "add"));
    else focus(buttonId(optionId, next.length > 1 ? "up" : "remove"));
  }

  function move(index: number, by: -1 | 1) {
    const target = index + by;
    const next = [...placed];
    const [moved] = next.splice(index, 1);
    if (moved === undefined || target < 0 || target >= placed.length) return;
    next.splice(target, 0, moved);
    set(next);
    setAnnouncement(`${labels.get(moved)} moved to number ${target + 1} of ${placed.length}.`);
    const atEdge = by === -1 ? target === 0 : target === placed.length - 1;
    focus(buttonId(moved, atEdge ? (by === -1 ? "down" : "up") : by === -1 ? "up" : "down"));
  }

  function remove(index: number) {
    const removed = placed[index];
    if (removed === undefined) return;
    const next = placed.filter((_, i) => i !== index);
    set(next);
    setAnnouncement(`${labels.get(removed)} taken out of your ranking.`);
    const neighbour = next[Math.min(index, next.length - 1)];
    focus(neighbour ? buttonId(neighbour, "remove") : buttonId(removed, "add"));
  }

  return (
    <QuestionShell question={question} number={number} problem={problem} as="fieldset">
      <p role="status" className="sr-only">
        {announcement}
      </p>
      <div className="grid gap-4 lg:grid-cols-2 lg:gap-6">
        <div className="min-w-0">
          <p id={`${base}-ranked`} className="mb-2 text-sm font-semibold text-slate-800">
            Your ranking{" "}
            <span className="font-normal text-slate-600">
              ({placed.length} of {wanted})
            </span>
          </p>
          {placed.length === 0 ? (
            <p className="rounded-lg border border-dashed border-slate-300 px-4 py-5 text-center text-sm text-slate-600">
              {question.top === undefined
                ? `Nothing ranked yet. Add all ${wanted} options, then move them up or down; the first is the most important.`
                : `Nothing ranked yet. Add ${wanted} options, then move them up or down; the first is the most important.`}
            </p>
          ) : (
            <ol aria-labelledby={`${base}-ranked`} className="space-y-2">
              {placed.map((optionId, index) => {
                const label = labels.get(optionId) ?? optionId;
                return (
                  <li
                    key={optionId}
                    className="flex items-center gap-2 rounded-lg border border-brand-200 bg-brand-50 py-1.5 pr-1.5 pl-3"
                  >
                    <span
                      aria-hidden="true"
                      className="flex size-7 shrink-0 items-center justify-center rounded-full bg-brand-700 text-xs font-semibold text-white tabular-nums"
                    >
                      {index + 1}
                    </span>
                    <span className="min-w-0 flex-1 text-sm font-medium text-slate-900">
                      <span className="sr-only">{index + 1}. </span>
                      {label}
                    </span>
                    <IconButton
                      className={ON_TINT}
                      id={buttonId(optionId, "up")}
                      label={`Move ${label} up`}
                      disabled={index === 0}
                      onClick={() => move(index, -1)}
                    >
                      <ArrowUp />
                    </IconButton>
                    <IconButton
                      className={ON_TINT}
                      id={buttonId(optionId, "down")}
                      label={`Move ${label} down`}
                      disabled={index === placed.length - 1}
                      onClick={() => move(index, 1)}
                    >
                      <ArrowDown />
                    </IconButton>
                    <IconButton
                      className={ON_TINT}
                      id={buttonId(optionId, "remove")}
                      label={`Take ${label} out of your ranking`}
                      onClick={() => remove(index)}
                    >
                      <X />
                    </IconButton>
                  </li>
                );
              })}
            </ol>
          )}
        </div>
        {unplaced.length > 0 ? (
          <div className="min-w-0">
            <p id={`${base}-options`} className="mb-2 text-sm font-semibold text-slate-800">
              {question.top === undefined ? "Still to rank" : "Options"}
              {full ? (
                <span className="font-normal text-slate-600">
                  {" "}
                  · you have {wanted}; take one out to add another
                </span>
              ) : null}
            </p>
            <ul aria-labelledby={`${base}-options`} className="flex flex-wrap gap-2">
              {unplaced.map((option) => (
                <li key={option.id}>
                  <button
                    type="button"
                    id={buttonId(option.id, "add")}
                    disabled={full}
                    onClick={() => add(option.id)}
                    className={cn(
                      "inline-flex min-h-10 items-center gap-1.5 rounded-full border border-slate-300 bg-white py-1.5 pr-3.5 pl-2.5 text-sm text-slate-800 transition-colors",
                      "hover:border-brand-600 hover:bg-brand-50 disabled:cursor-not-allowed disabled:opacity-50 disabled:hover:border-slate-300 disabled:hover:bg-white",
                    )}
                  >
                    <Plus className="size-4 text-brand-700" aria-hidden="true" />
                    <span className="sr-only">Add </span>
                    {option.label}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </QuestionShell>
  );
}

/** The move and remove buttons sit on the ranking's tinted rows. */
const ON_TINT = "text-slate-700 hover:bg-white";
