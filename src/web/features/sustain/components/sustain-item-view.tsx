import type { SustainItemInput } from "../../../../contract/sustain";
import { formatIfThen } from "../../../../domain/goals/if-then";
import { SUSTAIN_KIND_LABELS } from "../../../../domain/sustain/plan";
import { Badge } from "../../../components/ui/badge";

/** One habit, mindset or skill: its cue, how it is checked and the if-then plans that guard it. */
export function SustainItemView({
  item,
  slipReason,
}: {
  item: SustainItemInput;
  slipReason?: string | undefined;
}) {
  return (
    <li className="rounded-lg border border-slate-200 p-4">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone="brand">{SUSTAIN_KIND_LABELS[item.kind]}</Badge>
        <h4 className="font-medium text-slate-900">{item.title}</h4>
        {slipReason ? <Badge tone="warning">Slipped</Badge> : null}
      </div>
      {slipReason ? <p className="mt-1 text-sm text-amber-900">{slipReason}.</p> : null}
      <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-600">Cue</dt>
          <dd className="text-slate-800">{item.cue}</dd>
        </div>
        <div>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-600">
            How you know it is kept
          </dt>
          <dd className="text-slate-800">{item.check}</dd>
        </div>
      </dl>
      {item.ifThen.length > 0 ? (
        <ul className="mt-3 space-y-1 border-l-2 border-brand-200 pl-3 text-sm text-slate-800">
          {item.ifThen.map((plan) => (
            <li key={`${plan.situation}/${plan.action}`}>{formatIfThen(plan)}</li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
