import { ChangeBars } from "../../../../charts/labelled-bars";
import type { ImpactView, ProgrammeImpact } from "../../../../contract/programme-impact";
import { intervalWords } from "../../../../domain/programmes/mean-interval";
import { ChartFrame } from "../../../components/chart-frame";

/**
 * The mean change in each 360 competency from baseline to repeat, among the view's participants
 * with both rounds; a competency not shown says why.
 */
export function CompetencyChange({ impact, view }: { impact: ProgrammeImpact; view: ImpactView }) {
  if (impact.competencies.length === 0)
    return <p className="text-sm text-slate-600">The programme has no 360 competency model.</p>;
  const named = view.competencies.map((figure) => ({
    figure,
    name:
      impact.competencies.find((c) => c.id === figure.competencyId)?.name ?? figure.competencyId,
  }));
  const shown = named.filter(({ figure }) => figure.meanChange !== null);
  const hidden = named.filter(({ figure }) => figure.meanChange === null);
  if (shown.length === 0 && hidden.length > 0)
    return (
      <p className="text-sm text-slate-600">
        No change to show in this group yet: each competency needs at least {impact.threshold}{" "}
        people whose baseline and repeat 360 are both released.
      </p>
    );
  return (
    <div className="space-y-3">
      {shown.length > 0 ? (
        <ChartFrame minHeight={shown.length * 40}>
          {(width) => (
            <ChangeBars
              width={width}
              title="Mean change from baseline to repeat, by competency"
              rows={shown.map(({ figure, name }) => ({
                label: `${name} (${figure.participants} people)`,
                value: figure.meanChange ?? 0,
                ...(figure.interval ? { interval: figure.interval } : {}),
              }))}
            />
          )}
        </ChartFrame>
      ) : null}
      {shown.length > 0 ? (
        <p className="text-sm text-slate-600">
          {intervalWords(shown.map(({ figure }) => figure.interval))} Only participants whose
          baseline and repeat 360 are both released count here; those earlier in their coaching are
          not in these figures yet.
        </p>
      ) : null}
      {hidden.length > 0 ? (
        <details className="text-sm text-slate-600">
          <summary className="cursor-pointer">
            {hidden.length} {hidden.length === 1 ? "competency" : "competencies"} not shown
          </summary>
          <p className="mt-2">
            Each needs at least {impact.threshold} people with both 360 rounds scored for it.
          </p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {hidden.map(({ figure, name }) => (
              <li key={figure.competencyId}>{name}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
