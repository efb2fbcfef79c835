import type { ImpactView } from "../../../../contract/programme-impact";
import { refusalWords } from "./impact-choices";

/** The figures of one view, or plainly why there are none. */
export function ImpactFigures({ view, threshold }: { view: ImpactView; threshold: number }) {
  if (!view.figures) return <Withheld view={view} threshold={threshold} />;
  const { participants, started, sessionsHeld, goalsAchieved } = view.figures;
  const figures = [
    { label: "Participants", value: String(participants) },
    { label: "Started", value: `${started} of ${participants}` },
    { label: "Sessions held", value: String(sessionsHeld) },
    { label: "Goals achieved", value: String(goalsAchieved) },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {figures.map((figure) => (
        <div key={figure.label} className="rounded-lg bg-slate-50 p-3">
          <dt className="text-sm text-slate-600">{figure.label}</dt>
          <dd className="text-2xl font-semibold text-slate-900 tabular-nums">{figure.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function Withheld({ view, threshold }: { view: ImpactView; threshold: number }) {
  return (
    <div className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm text-amber-900">
      <p className="font-medium">Not shown: {refusalWords(view, threshold)}.</p>
      {view.refusal ? <p className="mt-1">{view.refusal.message}</p> : null}
    </div>
  );
}
