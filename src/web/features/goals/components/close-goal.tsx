import { useId, useState } from "react";
import type { Goal } from "../../../../contract/goals";
import { FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { Input } from "../../../components/ui/input";
import { Label } from "../../../components/ui/label";
import { Select } from "../../../components/ui/select";
import { fieldErrorsOf, formMessageOf } from "../../../lib/form-errors";
import { todayIsoDate } from "../../../lib/format-date";
import { useCloseGoal, useEngagementGoals } from "../api/goals";

type Outcome = "achieved" | "dropped" | "replaced";

/** Closing a goal: achieved on a day, dropped with a reason, or replaced by another goal. */
export function CloseGoal({ goal }: { goal: Goal }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>("achieved");
  const [missing, setMissing] = useState<string | null>(null);
  const close = useCloseGoal();
  const goals = useEngagementGoals(goal.engagementId, { enabled: open && outcome === "replaced" });
  const others = (goals.data?.goals ?? []).filter((g) => g.id !== goal.id && g.state === "open");
  const errors = fieldErrorsOf(close.error);

  if (!open)
    return (
      <Button variant="secondary" size="sm" onClick={() => setOpen(true)}>
        Close the goal…
      </Button>
    );
  return (
    <form
      aria-label="Close the goal"
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const reason = String(data.get("reason") ?? "").trim();
        const replacedBy = String(data.get("replacedBy") ?? "");
        if (outcome === "dropped" && !reason) return setMissing("Say why the goal is dropped");
        if (outcome === "replaced" && !replacedBy)
          return setMissing("Choose the goal that replaces it");
        setMissing(null);
        close.mutate({
          id: goal.id,
          revision: goal.revision,
          outcome,
          ...(reason ? { reason } : {}),
          ...(outcome === "achieved" ? { on: String(data.get("on") || todayIsoDate()) } : {}),
          ...(outcome === "replaced" ? { replacedBy } : {}),
        });
      }}
    >
      <FormAlert
        message={
          missing ??
          (close.error && Object.keys(errors).length === 0 ? formMessageOf(close.error) : null)
        }
      />
      <div className="space-y-1">
        <Label htmlFor={`${id}-outcome`}>How it ended</Label>
        <Select
          id={`${id}-outcome`}
          value={outcome}
          onChange={(e) => setOutcome(e.target.value as Outcome)}
        >
          <option value="achieved">Achieved</option>
          <option value="dropped">Dropped</option>
          <option value="replaced">Replaced by another goal</option>
        </Select>
      </div>
      {outcome === "achieved" ? (
        <div className="space-y-1">
          <Label htmlFor={`${id}-on`}>Achieved on</Label>
          <Input
            id={`${id}-on`}
            name="on"
            type="date"
            defaultValue={todayIsoDate()}
            max={todayIsoDate()}
          />
        </div>
      ) : null}
      {outcome === "replaced" ? (
        <div className="space-y-1">
          <Label htmlFor={`${id}-by`}>Replaced by</Label>
          <Select id={`${id}-by`} name="replacedBy" defaultValue="">
            <option value="">Choose a goal</option>
            {others.map((g) => (
              <option key={g.id} value={g.id}>
                {g.statement}
              </option>
            ))}
          </Select>
        </div>
      ) : null}
      <div className="space-y-1">
        <Label htmlFor={`${id}-reason`}>
          Why
          {outcome === "dropped" ? (
            ""
          ) : (
            <span className="font-normal text-slate-600"> (optional)</span>
          )}
        </Label>
        <Input
          id={`${id}-reason`}
          name="reason"
          maxLength={500}
          aria-invalid={errors.reason ? true : undefined}
        />
        {errors.reason ? <p className="text-sm font-medium text-red-700">{errors.reason}</p> : null}
      </div>
      <div className="flex gap-2">
        <Button type="submit" size="sm" pending={close.isPending}>
          Close goal
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
