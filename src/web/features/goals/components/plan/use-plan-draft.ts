import { useState } from "react";
import type { ActionPlan, PlanSection, Woop } from "../../../../../domain/goals/action-plan";

type Items<S extends PlanSection> = ActionPlan[S];
export type ItemOf<S extends PlanSection> = Items<S>[number];

const PREFIX: Record<PlanSection, string> = {
  skills: "skill",
  strategies: "strategy",
  exercises: "exercise",
  resources: "resource",
  obstacles: "obstacle",
};

/** An id of the editor's own, kept by the item across versions. */
export function newItemId(section: PlanSection): string {
  return `${PREFIX[section]}-${crypto.randomUUID().slice(0, 8)}`;
}

function blank<S extends PlanSection>(section: S): ItemOf<S> {
  const id = newItemId(section);
  const items: { [K in PlanSection]: ItemOf<K> } = {
    skills: { id, text: "" },
    strategies: { id, text: "" },
    exercises: { id, task: "", schedule: { kind: "cadence", rrule: "FREQ=WEEKLY;BYDAY=MO" } },
    resources: { id, title: "" },
    obstacles: { id, obstacle: "", ifThen: { situation: "", action: "" } },
  };
  return items[section];
}

export const EMPTY_WOOP: Woop = { wish: "", outcome: "", obstacle: "", plan: "" };

/** The plan being edited: items added, changed and removed in place, the WOOP prompts beside. */
export function usePlanDraft(start: ActionPlan) {
  const [plan, setPlan] = useState<ActionPlan>(start);

  function add(section: PlanSection) {
    setPlan((p) => ({ ...p, [section]: [...p[section], blank(section)] }));
  }
  function change<S extends PlanSection>(section: S, id: string, patch: Partial<ItemOf<S>>) {
    setPlan((p) => ({
      ...p,
      [section]: p[section].map((item) => (item.id === id ? { ...item, ...patch } : item)),
    }));
  }
  function remove(section: PlanSection, id: string) {
    setPlan((p) => ({ ...p, [section]: p[section].filter((item) => item.id !== id) }));
  }
  function changeWoop(patch: Partial<Woop>) {
    setPlan((p) => ({ ...p, woop: { ...(p.woop ?? EMPTY_WOOP), ...patch } }));
  }

  return { plan, setPlan, add, change, remove, changeWoop };
}

export type PlanDraft = ReturnType<typeof usePlanDraft>;

/** The plan as sent: WOOP prompts left all blank are no prompts at all. */
export function planToSend(plan: ActionPlan): ActionPlan {
  const woop = plan.woop && Object.values(plan.woop).some((v) => v.trim()) ? plan.woop : null;
  const resources = plan.resources.map(({ url, ...rest }) =>
    url?.trim() ? { ...rest, url: url.trim() } : rest,
  );
  return { ...plan, woop, resources };
}
