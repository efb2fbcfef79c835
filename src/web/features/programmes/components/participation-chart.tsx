import { ShareBars } from "../../../../charts/labelled-bars";
import type { ProgrammeImpact } from "../../../../contract/programme-impact";
import { ChartFrame } from "../../../components/chart-frame";
import { ALL, refusalWords, viewOf } from "./impact-choices";

/** How many of each cohort have started, for the cohorts whose figures show; the rest say why. */
export function ParticipationChart({ impact }: { impact: ProgrammeImpact }) {
  const cohorts = impact.cohorts.map((cohort) => ({
    cohort,
    view: viewOf(impact, cohort.id, ALL),
  }));
  const rows = cohorts.flatMap(({ cohort, view }) =>
    view?.figures
      ? [{ label: cohort.name, value: view.figures.started, total: view.figures.participants }]
      : [],
  );
  const hidden = cohorts.filter(({ view }) => !view?.figures);
  return (
    <div className="space-y-3">
      {rows.length > 0 ? (
        <ChartFrame minHeight={rows.length * 40}>
          {(width) => (
            <ShareBars rows={rows} width={width} title="Participants started, by cohort" />
          )}
        </ChartFrame>
      ) : (
        <p className="text-sm text-slate-600">No cohort's figures are shown yet.</p>
      )}
      {hidden.length > 0 ? (
        <ul className="space-y-1 text-sm text-slate-600">
          {hidden.map(({ cohort, view }) => (
            <li key={cohort.id}>
              <span className="font-medium text-slate-800">{cohort.name}</span>: not shown,{" "}
              {refusalWords(view, impact.threshold)}.
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
