import type { ReactNode } from "react";
import {
  type ActionPlan,
  PLAN_SECTIONS,
  type PlanSection,
  SECTION_LABELS,
} from "../../../../../domain/goals/action-plan";
import { formatIfThen } from "../../../../../domain/goals/if-then";
import { scheduleText, WOOP_PROMPTS } from "./item-lines";

/** Whether the plan has nothing written yet. */
export function isEmptyPlan(plan: ActionPlan): boolean {
  return PLAN_SECTIONS.every((section) => plan[section].length === 0) && plan.woop === null;
}

/** The plan as a document to read: each section that has items, then the WOOP prompts. */
export function PlanDocument({ plan }: { plan: ActionPlan }) {
  return (
    <div className="space-y-5">
      {PLAN_SECTIONS.filter((section) => plan[section].length > 0).map((section) => (
        <section key={section} aria-label={SECTION_LABELS[section]}>
          <h3 className="mb-2 text-sm font-semibold tracking-wide text-slate-600 uppercase">
            {SECTION_LABELS[section]}
          </h3>
          <ul className="space-y-2 text-slate-900">{items(plan, section)}</ul>
        </section>
      ))}
      {plan.woop ? (
        <section aria-label="WOOP">
          <h3 className="mb-2 text-sm font-semibold tracking-wide text-slate-600 uppercase">
            WOOP
          </h3>
          <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[8rem_1fr]">
            {WOOP_PROMPTS.filter(([key]) => plan.woop?.[key]).map(([key, label]) => (
              <div key={key} className="contents">
                <dt className="font-medium text-slate-700">{label}</dt>
                <dd className="mb-2 text-slate-900 sm:mb-0">{plan.woop?.[key]}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
    </div>
  );
}

function Item({ children }: { children: ReactNode }) {
  return <li className="border-l-2 border-brand-200 pl-3">{children}</li>;
}

function items(plan: ActionPlan, section: PlanSection): ReactNode[] {
  switch (section) {
    case "skills":
      return plan.skills.map((s) => (
        <Item key={s.id}>
          {s.text}
          {s.behaviour ? (
            <span className="block text-sm text-slate-600">From the 360 feedback</span>
          ) : null}
        </Item>
      ));
    case "strategies":
      return plan.strategies.map((s) => <Item key={s.id}>{s.text}</Item>);
    case "exercises":
      return plan.exercises.map((e) => (
        <Item key={e.id}>
          {e.task}
          <span className="block text-sm text-slate-600">{scheduleText(e.schedule)}</span>
        </Item>
      ));
    case "resources":
      return plan.resources.map((r) => (
        <Item key={r.id}>
          {r.url ? (
            <a
              href={r.url}
              target="_blank"
              rel="noopener noreferrer"
              className="text-brand-700 underline underline-offset-2"
            >
              {r.title}
            </a>
          ) : (
            r.title
          )}
        </Item>
      ));
    case "obstacles":
      return plan.obstacles.map((o) => (
        <Item key={o.id}>
          <span className="font-medium">{o.obstacle}</span>
          <span className="block text-slate-800">{formatIfThen(o.ifThen)}</span>
        </Item>
      ));
  }
}
