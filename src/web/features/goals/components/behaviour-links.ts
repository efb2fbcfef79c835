import type { BehaviourLink } from "../../../../contract/goals";

/** How a link travels in the form: the competency's id, and the behaviour's after a slash. */
export function linkValue(link: BehaviourLink): string {
  return link.itemId ? `${link.competencyId}/${link.itemId}` : link.competencyId;
}

/** The link a form value stands for. */
export function linkOf(value: string): BehaviourLink {
  const [competencyId = "", itemId] = value.split("/");
  return itemId ? { competencyId, itemId } : { competencyId };
}
