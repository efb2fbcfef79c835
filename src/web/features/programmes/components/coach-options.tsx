import type { MatchingCoach } from "../../../../contract/matching";
import { ApiError } from "../../../lib/api-client";
import { formMessageOf } from "../../../lib/form-errors";

type CoachOptionsProps = {
  coaches: MatchingCoach[];
  selected: string[];
  onToggle: (coachId: string) => void;
  /** Checkboxes (a match or a shortlist) or radio buttons (one coach). */
  multiple: boolean;
  label: string;
};

/** The coaches to choose from, each with their load against capacity and their profile. */
export function CoachOptions({ coaches, selected, onToggle, multiple, label }: CoachOptionsProps) {
  if (coaches.length === 0)
    return <p className="text-sm text-slate-600">There is no other coach in the practice yet.</p>;
  return (
    <fieldset className="max-h-[50vh] space-y-2 overflow-y-auto">
      <legend className="sr-only">{label}</legend>
      {coaches.map((coach) => {
        const full = coach.openEngagements >= coach.capacity;
        const checked = selected.includes(coach.id);
        return (
          <label
            key={coach.id}
            className="flex cursor-pointer gap-3 rounded-lg border border-slate-200 p-3 text-sm has-[:checked]:border-sky-500 has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-60"
          >
            <input
              type={multiple ? "checkbox" : "radio"}
              name="coach"
              className="mt-1 size-4 shrink-0"
              checked={checked}
              disabled={full && !checked}
              onChange={() => onToggle(coach.id)}
            />
            <span className="min-w-0 space-y-0.5">
              <span className="block font-medium break-words text-slate-900">{coach.name}</span>
              <span className={`block ${full ? "text-amber-700" : "text-slate-600"}`}>
                {coach.openEngagements} of {coach.capacity} open
                {full ? " · at capacity" : ""}
              </span>
              {coach.about ? (
                <span className="block [overflow-wrap:anywhere] whitespace-pre-line text-slate-700">
                  {coach.about}
                </span>
              ) : null}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}

/** What went wrong, in words: a field's own message when the server named one. */
export function problemOf(error: unknown): string | null {
  if (error instanceof ApiError && error.status === 400 && error.fields.length > 0)
    return error.fields.map((field) => field.message).join(" ");
  return formMessageOf(error);
}
