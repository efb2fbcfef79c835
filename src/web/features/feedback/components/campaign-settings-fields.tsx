import { ChevronDown } from "lucide-react";
import { useId } from "react";
import {
  GROUP_MAX_CEILING,
  MAXIMUM_ANONYMITY_THRESHOLD,
} from "../../../../domain/feedback/rater-groups";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { type CampaignSettings, limitField, type Problems } from "./campaign-settings";
import { ratersByGroup } from "./rater-groups";

/** Whether a problem is in the folded anonymity fields, which must then be opened. */
export function hasAnonymityProblem(problems: Problems): boolean {
  return Object.keys(problems).some(
    (path) => path === "threshold" || path === "groupLimits" || path.startsWith("groupLimits."),
  );
}

/** The checkbox that tells raters, in their invitation, that the manager is not anonymous. */
export function ManagerIdentifiedField({
  defaultChecked,
  clientName,
  error,
}: {
  defaultChecked: boolean;
  clientName: string;
  error?: string | undefined;
}) {
  const id = useId();
  return (
    <div className="space-y-1">
      <label className="flex cursor-pointer items-start gap-3 text-sm text-slate-800">
        <input
          type="checkbox"
          name="managerIdentified"
          defaultChecked={defaultChecked}
          aria-describedby={`${id}-hint`}
          aria-invalid={error ? true : undefined}
          className="mt-0.5 size-4 shrink-0 accent-brand-700"
        />
        <span className="font-medium">
          Tell raters the manager's answers are shown on their own
        </span>
      </label>
      <p id={`${id}-hint`} className="pl-7 text-sm text-slate-600">
        The invitation says so, and {clientName}'s report shows the manager apart even as the only
        one. Unticked, a lone manager's answers are merged with other colleagues' to stay anonymous.
      </p>
      {error ? <p className="pl-7 text-sm font-medium text-red-700">{error}</p> : null}
    </div>
  );
}

/**
 * k and the group limits, folded away: most campaigns keep the practice's defaults. Opening the
 * fold is the caller's (it opens itself on a problem inside).
 */
export function AnonymityFields({
  defaults,
  practiceThreshold,
  problems,
  open,
  onToggle,
}: {
  defaults: CampaignSettings;
  practiceThreshold: number;
  problems: Problems;
  open: boolean;
  onToggle: (open: boolean) => void;
}) {
  return (
    <details
      open={open}
      onToggle={(event) => onToggle(event.currentTarget.open)}
      className="group rounded-lg border border-slate-200 bg-white"
    >
      <summary className="flex cursor-pointer list-none items-center justify-between gap-3 rounded-lg px-4 py-3 text-sm font-medium text-slate-800 hover:bg-slate-50 [&::-webkit-details-marker]:hidden">
        Anonymity and group sizes
        <ChevronDown
          className="size-4 shrink-0 text-slate-500 transition-transform group-open:rotate-180"
          aria-hidden="true"
        />
      </summary>
      <div className="space-y-5 border-t border-slate-200 px-4 py-4">
        <FormField
          label="Fewest answers a group needs to be shown (k)"
          name="threshold"
          error={problems.threshold}
          hint={`A group's answers, and each behaviour's, appear in the report only when at least this many raters gave them. Your practice's minimum is ${practiceThreshold}.`}
          className="max-w-md"
        >
          {(field) => (
            <Input
              {...field}
              type="number"
              inputMode="numeric"
              min={practiceThreshold}
              max={MAXIMUM_ANONYMITY_THRESHOLD}
              defaultValue={defaults.threshold}
              className="w-24"
            />
          )}
        </FormField>
        <fieldset className="min-w-0 space-y-3">
          <legend className="text-sm font-medium text-slate-800">
            Raters per group on the list
          </legend>
          <p className="text-sm text-slate-600">
            Nominate more than k in a group: some raters don't answer. At most {GROUP_MAX_CEILING}{" "}
            in a group.
          </p>
          <div className="grid gap-3 @md:grid-cols-2">
            {ratersByGroup([]).map(({ group, label }) => (
              <fieldset
                key={group}
                className="min-w-0 rounded-lg border border-slate-200 px-3 pt-1 pb-3"
              >
                <legend className="px-1 text-sm font-semibold text-slate-900">{label}</legend>
                <div className="grid grid-cols-2 gap-3">
                  {(["min", "max"] as const).map((bound) => {
                    const name = limitField(group, bound);
                    return (
                      <FormField
                        key={bound}
                        label={bound === "min" ? "At least" : "At most"}
                        name={name}
                        error={problems[name]}
                      >
                        {(field) => (
                          <Input
                            {...field}
                            type="number"
                            inputMode="numeric"
                            min={0}
                            max={GROUP_MAX_CEILING}
                            defaultValue={defaults.groupLimits[group][bound]}
                          />
                        )}
                      </FormField>
                    );
                  })}
                </div>
              </fieldset>
            ))}
          </div>
        </fieldset>
      </div>
    </details>
  );
}
