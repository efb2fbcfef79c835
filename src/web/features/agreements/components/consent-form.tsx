import { useEffect, useState } from "react";
import type { SponsorEngagementViewResponse } from "../../../../contract/agreements";
import type { SponsorRead } from "../../../../contract/final-report";
import { Alert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { formMessageOf } from "../../../lib/form-errors";
import { formatDate } from "../../../lib/format-date";
import { useSaveConsent } from "../api/agreement";

// The client's consent under the agreement in force: which goals the sponsor sees, and their
// outcomes, never more than the terms allow. Narrowing needs nobody else; more than the terms
// needs a changed agreement that all three accept.

type View = SponsorEngagementViewResponse;

export function ConsentForm({ engagementId, view }: { engagementId: string; view: View }) {
  const consent = view.consent;
  const [status, setStatus] = useState<string[]>(consent?.goalStatus ?? []);
  const [outcome, setOutcome] = useState<string[]>(consent?.goalOutcome ?? []);
  const save = useSaveConsent(engagementId);
  useEffect(() => {
    setStatus(consent?.goalStatus ?? []);
    setOutcome(consent?.goalOutcome ?? []);
  }, [consent]);
  if (!consent) return null;
  if (view.basis !== "agreement")
    return (
      <p className="text-sm text-slate-700">
        Once everyone has accepted the agreement, you choose here which of your goals your sponsor
        sees.
      </p>
    );
  if (!consent.editable || consent.goals.length === 0)
    return (
      <p className="text-sm text-slate-700">
        {consent.editable
          ? "Your goals will be listed here once you have set them; you choose which your sponsor sees."
          : "The agreement shows your sponsor none of your goals."}
      </p>
    );
  const outcomes = view.sponsorSees.includes("goal-outcomes");
  const flip = (list: string[], id: string, on: boolean) =>
    on ? [...list, id] : list.filter((x) => x !== id);
  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({
          goalStatus: status,
          goalOutcome: outcome.filter((id) => status.includes(id)),
        });
      }}
    >
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold text-slate-900">Goals your sponsor sees</legend>
        {consent.goals.map((goal) => (
          <div key={goal.id} className="space-y-1 rounded-lg border border-slate-200 p-3">
            <Check
              checked={status.includes(goal.id)}
              onChange={(on) => setStatus(flip(status, goal.id, on))}
              label={`Show "${goal.title}"`}
            />
            {outcomes ? (
              <Check
                checked={outcome.includes(goal.id) && status.includes(goal.id)}
                onChange={(on) => setOutcome(flip(outcome, goal.id, on))}
                label="and its outcome at the end (not your words)"
              />
            ) : null}
          </div>
        ))}
      </fieldset>
      {save.error ? <Alert tone="warning">{formMessageOf(save.error)}</Alert> : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save what my sponsor sees"}
        </Button>
        {save.isSuccess ? (
          <p role="status" className="text-sm text-slate-700">
            Saved. Your sponsor sees only what is ticked.
          </p>
        ) : null}
      </div>
    </form>
  );
}

function Check(props: { checked: boolean; onChange: (on: boolean) => void; label: string }) {
  return (
    <label className="flex cursor-pointer items-start gap-2 text-sm text-slate-800">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(event) => props.onChange(event.target.checked)}
        className="mt-0.5 size-4 shrink-0 accent-brand-700"
      />
      <span className="break-words">{props.label}</span>
    </label>
  );
}

export function ReadLog({ reads }: { reads: SponsorRead[] }) {
  return (
    <div>
      <h3 className="mb-2 text-sm font-semibold text-slate-900">What your sponsor has read</h3>
      {reads.length === 0 ? (
        <p className="text-sm text-slate-600">Your sponsor has not read anything of yours.</p>
      ) : (
        <ul className="space-y-1 text-sm text-slate-800">
          {reads.map((read) => (
            <li key={`${read.at}-${read.words}`}>
              {read.sponsorName} read {read.words} on {formatDate(read.at)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
