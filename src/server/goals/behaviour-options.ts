import type { BehaviourOptions } from "../../contract/goals";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import { requireGoalsOf } from "./access";
import { selectNewestModel } from "./queries";

/** What the goal form offers to link: the same model the links are checked against. */
export async function listBehaviourOptions(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
): Promise<BehaviourOptions> {
  await requireGoalsOf(ctx, viewer, engagementId);
  const found = await selectNewestModel(ctx.db, engagementId);
  if (!found) return { model: null };
  const { name, competencies } = found.model;
  return {
    model: {
      name,
      competencies: competencies.map((competency) => ({
        id: competency.id,
        name: competency.name,
        behaviours: competency.items.map(({ id, text }) => ({ id, text })),
      })),
    },
  };
}
