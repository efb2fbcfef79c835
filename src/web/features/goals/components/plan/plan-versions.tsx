import { useState } from "react";
import type { PlanVersionFacts } from "../../../../../contract/goals";
import { QueryState } from "../../../../components/query-state";
import { Button } from "../../../../components/ui/button";
import { Label } from "../../../../components/ui/label";
import { Select } from "../../../../components/ui/select";
import { formatDateTime } from "../../../../lib/format-date";
import { usePlanVersions } from "../../../goals/api/plan-versions";
import { PlanComparisonView } from "./plan-comparison";

export const SOURCE_LABELS: Record<PlanVersionFacts["source"], string> = {
  edit: "Edited",
  template: "From a template",
  resolution: "Combined after two edits",
  session: "Decided in a session",
};

/** Every version with who, when and why, and any two of them compared side by side. */
export function PlanVersions({ goalId }: { goalId: string }) {
  const query = usePlanVersions(goalId);
  return (
    <QueryState query={query} loading="Loading the plan’s versions…">
      {(versions) =>
        versions.length === 0 ? (
          <p className="text-sm text-slate-600">No version saved yet.</p>
        ) : (
          <VersionList goalId={goalId} versions={versions} />
        )
      }
    </QueryState>
  );
}

function VersionList({ goalId, versions }: { goalId: string; versions: PlanVersionFacts[] }) {
  const newest = versions[0]?.version ?? 0;
  const [from, setFrom] = useState(Math.max(newest - 1, versions.at(-1)?.version ?? 0));
  const [to, setTo] = useState(newest);
  const [compared, setCompared] = useState<{ from: number; to: number } | null>(null);
  const options = versions.map((v) => (
    <option key={v.version} value={v.version}>
      Version {v.version}
    </option>
  ));
  return (
    <div className="space-y-4">
      <ol
        className="divide-y divide-slate-100 rounded-lg border border-slate-200"
        aria-label="Versions of the plan"
      >
        {versions.map((v) => (
          <li
            key={v.version}
            className="flex flex-col gap-1 p-3 sm:flex-row sm:items-baseline sm:gap-4"
          >
            <span className="font-semibold whitespace-nowrap text-slate-900">
              Version {v.version}
            </span>
            <span className="min-w-0 flex-1 text-sm text-slate-700">
              {v.changedBy.name} · {formatDateTime(v.changedAt)} · {SOURCE_LABELS[v.source]}
              {v.reason ? <span className="block text-slate-900">“{v.reason}”</span> : null}
            </span>
          </li>
        ))}
      </ol>
      {versions.length > 1 ? (
        <form
          aria-label="Compare two versions"
          className="flex flex-wrap items-end gap-3"
          onSubmit={(event) => {
            event.preventDefault();
            setCompared({ from: Math.min(from, to), to: Math.max(from, to) });
          }}
        >
          <div className="space-y-1.5">
            <Label htmlFor="plan-compare-from">Compare</Label>
            <Select
              id="plan-compare-from"
              value={from}
              onChange={(e) => setFrom(Number(e.target.value))}
            >
              {options}
            </Select>
          </div>
          <div className="space-y-1.5">
            <Label htmlFor="plan-compare-to">with</Label>
            <Select id="plan-compare-to" value={to} onChange={(e) => setTo(Number(e.target.value))}>
              {options}
            </Select>
          </div>
          <Button type="submit" variant="secondary">
            Compare
          </Button>
        </form>
      ) : null}
      {compared ? <PlanComparisonView goalId={goalId} versions={compared} /> : null}
    </div>
  );
}
