import { useState } from "react";
import type { SustainPlan } from "../../../../contract/sustain";
import { FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { formMessageOf } from "../../../lib/form-errors";
import { useSaveSustainChoices } from "../api/sustain";

/** The client's choices: quarterly check-ins after the 90 days', and whether a slip reaches the coach. */
export function SustainChoices({
  engagementId,
  plan,
}: {
  engagementId: string;
  plan: SustainPlan;
}) {
  const [quarterly, setQuarterly] = useState(plan.quarterly);
  const [tellCoach, setTellCoach] = useState(plan.tellCoach);
  const save = useSaveSustainChoices(engagementId);
  const changed = quarterly !== plan.quarterly || tellCoach !== plan.tellCoach;
  return (
    <form
      className="space-y-3 rounded-lg border border-slate-200 p-4"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ quarterly, tellCoach });
      }}
    >
      <FormAlert message={formMessageOf(save.error)} />
      <label className="flex items-start gap-3 text-sm text-slate-800">
        <input
          type="checkbox"
          className="mt-1 size-4"
          checked={quarterly}
          onChange={(event) => setQuarterly(event.target.checked)}
        />
        <span>Keep asking me every quarter after the 90 days' check-in</span>
      </label>
      <label className="flex items-start gap-3 text-sm text-slate-800">
        <input
          type="checkbox"
          className="mt-1 size-4"
          checked={tellCoach}
          onChange={(event) => setTellCoach(event.target.checked)}
        />
        <span>
          Tell my coach when I slip (two self check-ins in a row missed or rated 2 or lower). You
          get a reminder of your own if-then plans either way.
        </span>
      </label>
      <div className="flex items-center gap-3">
        <Button type="submit" size="sm" variant="secondary" disabled={!changed || save.isPending}>
          {save.isPending ? "Saving…" : "Save my choices"}
        </Button>
        {save.isSuccess && !changed ? (
          <p role="status" className="text-sm text-slate-600">
            Saved.
          </p>
        ) : null}
      </div>
    </form>
  );
}
