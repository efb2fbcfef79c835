import { Link } from "react-router";
import type { DevelopmentEntry } from "../../../../contract/development";
import { useProfileEntries } from "../api/profile";

const KIND_WORDS: Record<string, string> = {
  development_area: "Development area",
  blind_spot: "Blind spot",
  strength: "Strength",
  hidden_strength: "Hidden strength",
};

/** Development areas and blind spots first: goals are written from them. */
function ordered(entries: DevelopmentEntry[]): DevelopmentEntry[] {
  const rank = (entry: DevelopmentEntry) =>
    entry.kind === "development_area" ? 0 : entry.kind === "blind_spot" ? 1 : 2;
  return [...entries].sort((a, b) => rank(a) - rank(b));
}

/** The development-profile entries the goal addresses, as checkboxes. */
export function EntryPicker({
  engagementId,
  chosen,
  error,
}: {
  engagementId: string;
  chosen: string[];
  error: string | undefined;
}) {
  const entries = useProfileEntries(engagementId);
  return (
    <fieldset className="space-y-2" aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium text-slate-900">From the development profile</legend>
      <p className="text-sm text-slate-600">The entries this goal addresses.</p>
      {entries.isPending ? (
        <p className="text-sm text-slate-600">Loading the profile…</p>
      ) : !entries.data || entries.data.length === 0 ? (
        <p className="text-sm text-slate-600">
          The profile has no entries yet.{" "}
          <Link
            to={`/engagements/${engagementId}/development-profile`}
            className="text-brand-700 underline"
          >
            Open the development profile
          </Link>
        </p>
      ) : (
        <ul className="space-y-1.5">
          {ordered(entries.data).map((entry) => (
            <li key={entry.id}>
              <label className="flex items-start gap-2 text-sm text-slate-800">
                <input
                  type="checkbox"
                  name="developmentEntryIds"
                  value={entry.id}
                  defaultChecked={chosen.includes(entry.id)}
                  className="mt-0.5 size-4 accent-brand-700"
                />
                <span>
                  {entry.title}{" "}
                  <span className="text-slate-500">· {KIND_WORDS[entry.kind] ?? entry.kind}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {error ? <p className="text-sm font-medium text-red-700">{error}</p> : null}
    </fieldset>
  );
}

/** Points to the client's career aspirations exercise when the profile's evidence names one. */
export function WhyItMattersHint({ engagementId }: { engagementId: string }) {
  const entries = useProfileEntries(engagementId);
  const exercise = (entries.data ?? [])
    .flatMap((entry) => entry.evidence)
    .find(
      (evidence) => evidence.type === "exercise" && /aspiration|career/i.test(evidence.exercise),
    );
  if (exercise?.type !== "exercise")
    return <>How it serves the client's wider career aspirations.</>;
  return (
    <>
      How it serves the career aspirations written in{" "}
      <Link to={`/exercises/${exercise.exerciseId}`} className="text-brand-700 underline">
        {exercise.exercise}
      </Link>
      .
    </>
  );
}
