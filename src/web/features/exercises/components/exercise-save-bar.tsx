import { CircleCheck, Save, Send } from "lucide-react";
import type { Ref } from "react";
import { Button } from "../../../components/ui/button";
import { formatDateTime } from "../../../lib/format-date";

type ExerciseSaveBarProps = {
  unsaved: boolean;
  savedAt: Date | null;
  /** The exercise was saved as a draft before this visit. */
  draftSaved: boolean;
  saving: boolean;
  finishing: boolean;
  onSaveDraft: () => void;
  submitRef: Ref<HTMLButtonElement>;
  onSubmit: () => void;
};

/**
 * Stays at the bottom while the client scrolls: whether the draft is saved (it saves itself a
 * moment after each change), Save draft to save at once, and Submit.
 */
export function ExerciseSaveBar({
  unsaved,
  savedAt,
  draftSaved,
  saving,
  finishing,
  onSaveDraft,
  submitRef,
  onSubmit,
}: ExerciseSaveBarProps) {
  return (
    <div className="sticky bottom-0 z-20 -mx-4 mt-6 border-t border-slate-200 bg-slate-50/95 px-4 py-3 backdrop-blur sm:-mx-6 sm:px-6 lg:-mx-8 lg:px-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p role="status" className="min-h-5 text-sm text-slate-600">
          {saving && !finishing ? (
            "Saving…"
          ) : unsaved ? (
            "Unsaved changes"
          ) : savedAt ? (
            <span className="inline-flex items-center gap-1.5">
              <CircleCheck className="size-4 text-brand-700" aria-hidden="true" />
              Draft saved {formatDateTime(savedAt).split(", ")[1]}
            </span>
          ) : draftSaved ? (
            "Draft saved"
          ) : (
            "Not saved yet"
          )}
        </p>
        <div className="flex flex-wrap gap-2">
          <Button
            variant="secondary"
            onClick={onSaveDraft}
            pending={saving && !finishing}
            disabled={!unsaved || finishing}
          >
            <Save aria-hidden="true" />
            Save draft
          </Button>
          <Button ref={submitRef} onClick={onSubmit} disabled={finishing}>
            <Send aria-hidden="true" />
            Submit
          </Button>
        </div>
      </div>
    </div>
  );
}
