import { CircleCheck, CloudOff, LoaderCircle } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { formMessageOf } from "../lib/form-errors";
import type { SaverState } from "./answer-saver";
import { Button } from "./ui/button";

type AnswerProgressProps = {
  answered: number;
  total: number;
  /** The progressbar's name, e.g. "Statements answered". */
  label: string;
  save: SaverState;
  onRetry: () => void;
};

/**
 * Stays at the top while the client scrolls: how many statements (or behaviours) are answered, as
 * words and as a progressbar, and whether the answers are saved. Screen readers hear about saving only when
 * it goes wrong and when it recovers, not at every answer.
 */
export function AnswerProgress({ answered, total, label, save, onRetry }: AnswerProgressProps) {
  const percent = total > 0 ? Math.round((answered / total) * 100) : 0;
  return (
    <div className="sticky top-16 z-30 -mx-4 mb-6 border-b border-slate-200 bg-slate-50/95 px-4 py-3 backdrop-blur sm:-mx-6 sm:px-6 lg:-mx-8 lg:px-8">
      <div className="mb-2 flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
        <p className="text-sm text-slate-700">
          <span className="font-semibold text-slate-900 tabular-nums">{answered}</span> of{" "}
          <span className="font-semibold text-slate-900 tabular-nums">{total}</span> answered
        </p>
        <SaveStatus save={save} onRetry={onRetry} />
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={answered}
        aria-valuetext={`${answered} of ${total} answered`}
        className="h-2 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className="h-full rounded-full bg-brand-600 transition-[width] duration-300"
          style={{ width: `${percent}%` }}
        />
      </div>
    </div>
  );
}

function SaveStatus({ save, onRetry }: { save: SaverState; onRetry: () => void }) {
  const announcement = useProblemAnnouncement(save);
  const unsaved = `${save.unsaved} ${save.unsaved === 1 ? "answer" : "answers"} not saved yet`;
  return (
    <div className="flex min-h-8 items-center gap-2 text-sm">
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {save.status === "saving" ? (
        <span className="inline-flex items-center gap-1.5 text-slate-600">
          <LoaderCircle className="size-4 animate-spin" aria-hidden="true" />
          Saving…
        </span>
      ) : save.status === "saved" ? (
        <span className="inline-flex items-center gap-1.5 text-slate-600">
          <CircleCheck className="size-4 text-brand-700" aria-hidden="true" />
          Saved
        </span>
      ) : (
        <>
          <span className="inline-flex items-center gap-1.5 font-medium text-red-800">
            <CloudOff className="size-4" aria-hidden="true" />
            {save.status === "retrying" ? `${unsaved}, retrying` : unsaved}
          </span>
          <Button variant="secondary" size="sm" onClick={onRetry}>
            Try again
          </Button>
        </>
      )}
    </div>
  );
}

/** What to announce: the problem when a save fails, and the relief when all is saved again. */
function useProblemAnnouncement(save: SaverState): string {
  const [message, setMessage] = useState("");
  const troubled = useRef(false);
  useEffect(() => {
    if (save.status === "retrying" || save.status === "failed") {
      if (!troubled.current) {
        const reason = save.status === "failed" ? formMessageOf(save.error) : null;
        setMessage(
          reason
            ? `Your answers could not be saved. ${reason}`
            : "Your answers could not be saved yet. We'll keep them and keep trying.",
        );
      }
      troubled.current = true;
    } else if (save.status === "saved" && troubled.current) {
      troubled.current = false;
      setMessage("All your answers are saved.");
    }
  }, [save.status, save.error]);
  return message;
}
