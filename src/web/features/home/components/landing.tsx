import {
  Building2,
  CalendarDays,
  ClipboardList,
  Compass,
  ListChecks,
  LockKeyhole,
  Mail,
  MessagesSquare,
  Scale,
  Sprout,
  Target,
} from "lucide-react";
import { Link } from "react-router";
import { buttonClasses } from "../../../components/ui/button";
import { STAGES, stageLabel } from "../../../lib/stages";

// What Keel does today; a feature is named here once Keel has it.
const FEATURES = [
  {
    icon: ClipboardList,
    title: "An assessment to start from",
    body: "Self-reflection exercises, personality questionnaires scored by their published keys into a profile, and 360-degree feedback on a leadership competency model.",
  },
  {
    icon: LockKeyhole,
    title: "360 feedback that stays anonymous",
    body: "Raters answer through a private link, without an account. Groups too small to hide a rater are merged or held back, and no stored record ties an answer to the person who gave it.",
  },
  {
    icon: Compass,
    title: "A development profile built together",
    body: "Coach and client turn the evidence into strengths and development areas, each linked to the answers it rests on. A sponsor sees only what the leader agreed to share, and every look is shown to the leader.",
  },
  {
    icon: Target,
    title: "Goals with a plan, and every change kept",
    body: "SMART goals drawn from the profile, checked in plain words, with their progress against a line to the target; action plans with if-then plans for the obstacles, each version kept and comparable.",
  },
  {
    icon: CalendarDays,
    title: "Sessions booked, written up and looked back on",
    body: "Clients book from the coach's hours, invitations that calendars accept, reminders; each session's agenda, notes, commitments and reflection, with private notes only their author reads, and the patterns that keep coming back.",
  },
  {
    icon: ListChecks,
    title: "Commitments kept, and a check-in each week",
    body: "Every commitment on one list per person, marked done, partly or not, and talked over; a two-minute weekly check-in from a mailed link on the client's phone, whose measures move their goals; on the coach's home and in a weekly digest, the clients who need attention, each with the reason in words; and successes celebrated as they happen.",
  },
  {
    icon: MessagesSquare,
    title: "Stakeholder pulses, as anonymous as the 360",
    body: "Every few weeks, a few questions on the goal behaviours to the people the leader chose, with suggestions for the future; nothing shows until three have answered, and the trend shows whether the change is seen.",
  },
  {
    icon: Scale,
    title: "A final review that does not call noise a change",
    body: "Both sides' reflections, shown once both have written; the 360 and the questionnaire run again and compared with the baseline by the reliable change index, each figure with its interval and what it rests on; a final report the leader keeps and shares with the sponsor only item by item.",
  },
  {
    icon: Sprout,
    title: "A plan that keeps working after the end",
    body: "The habits, mindsets and skills that sustain the change, with self check-ins at 30, 60 and 90 days after the last session and a nudge when a habit slips.",
  },
  {
    icon: Building2,
    title: "Programmes for organisations",
    body: "Cohorts of leaders imported from a checked spreadsheet, each matched to a coach; a three-way agreement with each sponsor; and for the organisation, figures on participation, sessions, goals and 360 change that never single out fewer than five people.",
  },
  {
    icon: Mail,
    title: "Articles and email courses",
    body: "A practice publishes articles in series, with feeds and moderated replies, and runs email courses: Keel's own 30-day course for leaders, or its coaches' own, each lesson with one practical task.",
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
          Leadership coaching that starts from evidence
        </h1>
        <p className="mx-auto mt-5 max-w-2xl text-lg text-pretty text-slate-600">
          Keel gives a coach and a leader one place for the initial assessment, the development
          profile they build from it together, the goals and action plans that follow, and the
          one-to-one sessions that carry them out, with the commitments and weekly check-ins between
          them, and a final review that shows honestly what changed and what will keep it going.
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
          Six stages, from the first assessment to closing
        </h2>
        <p className="mx-auto mt-2 max-w-2xl text-center text-sm text-pretty text-slate-600">
          Each engagement shows the stage it is in and what coach and client can do next, from the
          first questionnaire to the self check-ins months after the last session.
        </p>
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

      <section aria-labelledby="features-heading" className="mx-auto max-w-5xl">
        <h2 id="features-heading" className="sr-only">
          What Keel does
        </h2>
        <ul className="grid gap-6 md:grid-cols-2">
          {FEATURES.map(({ icon: Icon, title, body }) => (
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
