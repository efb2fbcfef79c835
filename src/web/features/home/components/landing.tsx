import { ChartNoAxesCombined, LockKeyhole, Sprout } from "lucide-react";
import { Link } from "react-router";
import { buttonClasses } from "../../../components/ui/button";
import { STAGES, stageLabel } from "../../../lib/stages";

const PROMISES = [
  {
    icon: ChartNoAxesCombined,
    title: "Measure real change",
    body: "A baseline 360, goals tied to the rated behaviours, pulses along the way and a repeat 360 at the end, reported with honest uncertainty.",
  },
  {
    icon: LockKeyhole,
    title: "Confidential by construction",
    body: "Rater anonymity thresholds, private coach notes and sponsors who only see what the client agrees to share.",
  },
  {
    icon: Sprout,
    title: "Sustain after the end",
    body: "A sustain plan with check-ins at 30, 60 and 90 days, so an engagement never just says \u201cCompleted\u201d.",
  },
];

/** "/" for visitors who are not signed in. */
export function Landing() {
  return (
    <div className="space-y-16 py-4 sm:py-10">
      <section className="mx-auto max-w-3xl text-center">
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">
          Open-source leadership coaching
        </p>
        <h1 className="mt-3 text-4xl font-semibold tracking-tight text-balance text-slate-900 sm:text-5xl">
          Coaching that shows leaders how much they've changed
        </h1>
        <p className="mx-auto mt-5 max-w-2xl text-lg text-pretty text-slate-600">
          Keel carries a coach and a leader through the whole process, from the first assessment to
          habits that last, and measures whether the leader actually changed.
        </p>
        <div className="mt-8 flex flex-col justify-center gap-3 sm:flex-row">
          <Link to="/sign-up" className={buttonClasses("primary", "lg")}>
            Create account
          </Link>
          <Link to="/sign-in" className={buttonClasses("secondary", "lg")}>
            Sign in
          </Link>
        </div>
        <p className="mt-4 text-sm text-slate-600">
          Coaches create an account for their practice. Clients and sponsors join by invitation.
        </p>
      </section>

      <section aria-labelledby="stages-heading" className="mx-auto max-w-4xl">
        <h2 id="stages-heading" className="text-center text-lg font-semibold text-slate-900">
          One engagement, every stage
        </h2>
        <ol className="mt-6 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
          {STAGES.map((stage, index) => (
            <li
              key={stage}
              className="rounded-lg border border-slate-200 bg-white px-3 py-3 text-center shadow-sm"
            >
              <span className="block text-xs font-semibold text-brand-700">Stage {index + 1}</span>
              <span className="mt-1 block text-sm font-medium text-slate-900">
                {stageLabel(stage)}
              </span>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="promises-heading" className="mx-auto max-w-5xl">
        <h2 id="promises-heading" className="sr-only">
          Why coaches choose Keel
        </h2>
        <ul className="grid gap-6 md:grid-cols-3">
          {PROMISES.map(({ icon: Icon, title, body }) => (
            <li key={title} className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
              <span className="flex size-10 items-center justify-center rounded-lg bg-brand-50 text-brand-700">
                <Icon className="size-5" aria-hidden="true" />
              </span>
              <h3 className="mt-4 font-semibold text-slate-900">{title}</h3>
              <p className="mt-2 text-sm leading-relaxed text-slate-600">{body}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
