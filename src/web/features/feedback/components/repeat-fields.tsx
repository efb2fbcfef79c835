import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import type { CampaignSummary } from "../../../../contract/feedback";
import { Select } from "../../../components/ui/select";
import { formatDate } from "../../../lib/format-date";
import { feedbackKeys } from "../api/feedback-keys";
import { getCampaign } from "../api/get-campaign";

// A repeat of a released 360 (decision 025): it asks the baseline's model, and may start its list
// with the baseline's raters, each checked again as an added rater is.

export interface RepeatChoice {
  repeatOf: string;
  copyRaters: boolean;
}

/** The model of the chosen baseline, which a repeat must ask. */
export function useBaselineModel(repeatOf: string) {
  return useQuery({
    queryKey: feedbackKeys.campaign(repeatOf),
    queryFn: () => getCampaign(repeatOf),
    enabled: repeatOf !== "",
    select: (view) => ({ modelId: view.modelId, modelName: view.modelName }),
  });
}

export function RepeatFields({
  released,
  choice,
  onChange,
  clientName,
  error,
}: {
  released: CampaignSummary[];
  choice: RepeatChoice;
  onChange: (choice: RepeatChoice) => void;
  clientName: string;
  error?: string | undefined;
}) {
  const id = useId();
  return (
    <div className="space-y-3">
      <div className="max-w-md space-y-1">
        <label htmlFor={`${id}-of`} className="text-sm font-medium text-slate-800">
          Measure change against
        </label>
        <Select
          id={`${id}-of`}
          name="repeatOf"
          value={choice.repeatOf}
          aria-describedby={`${id}-hint`}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onChange({ ...choice, repeatOf: event.target.value })}
        >
          <option value="">Nothing: a new 360</option>
          {released.map((campaign) => (
            <option key={campaign.id} value={campaign.id}>
              Repeat of {campaign.modelName}
              {campaign.releasedAt ? `, released ${formatDate(campaign.releasedAt)}` : ""}
            </option>
          ))}
        </Select>
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          A repeat asks the same behaviours, and the change report compares it with the baseline.
        </p>
        {error ? <p className="text-sm font-medium text-red-700">{error}</p> : null}
      </div>
      {choice.repeatOf ? (
        <label className="flex cursor-pointer items-start gap-3 text-sm text-slate-800">
          <input
            type="checkbox"
            name="copyRaters"
            checked={choice.copyRaters}
            onChange={(event) => onChange({ ...choice, copyRaters: event.target.checked })}
            className="mt-0.5 size-4 shrink-0 accent-brand-700"
          />
          <span>
            <span className="font-medium">Ask the same raters again</span>
            <span className="block text-slate-600">
              The list starts with the baseline's raters; unticked, {clientName} nominates new ones
              in the same groups. The same raters make the stronger comparison.
            </span>
          </span>
        </label>
      ) : null}
    </div>
  );
}
