import { eq } from "drizzle-orm";
import type { FieldProblem } from "../../domain/field-problem";
import { behaviourLinkProblems } from "../../domain/goals/behaviour-links";
import type { GoalDraft } from "../../domain/goals/goal-draft";
import type { Guidance } from "../../domain/goals/guidance";
import { checkOverrides, inputErrors, type Override } from "../../domain/goals/overrides";
import { checkGoal } from "../../domain/goals/smart-checks";
import type { Database, Transaction } from "../db/database";
import { goalBehaviourLink, goalDevelopmentLink, type StoredOverride } from "../db/schema";
import { invalidInput } from "../http/errors";
import { contextOf, today } from "./present";
import { selectEntryIdsIn, selectGoalContext, selectNewestModel } from "./queries";

// Checking a goal before it is saved: the SMART checks, the overrides, and that every link stays
// inside the engagement (its development profile, its newest 360 model). What must be fixed is
// one 400 naming each field; the rest is guidance shown beside the saved goal.

export interface CheckedGoal {
  guidance: Guidance[];
  /** The campaign whose model the behaviour links belong to. */
  campaignId: string | null;
}

export async function checkGoalInput(
  db: Database,
  engagementId: string,
  input: {
    draft: GoalDraft;
    overrides: Override[];
    latestValue?: number | null;
    /** False when an edit leaves the behaviours as they were: they fit the model they name. */
    behavioursGiven?: boolean;
  },
): Promise<CheckedGoal> {
  const { draft, overrides } = input;
  const [model, known, facts] = await Promise.all([
    selectNewestModel(db, engagementId),
    selectEntryIdsIn(db, engagementId, draft.developmentEntryIds),
    selectGoalContext(db, engagementId),
  ]);
  const context = contextOf({ ...facts, today: today() });
  const guidance = checkGoal(draft, { ...context, latestValue: input.latestValue ?? null });
  const problems: FieldProblem[] = [
    ...inputErrors(guidance),
    ...checkOverrides(overrides, guidance),
    ...draft.developmentEntryIds.flatMap((id, index): FieldProblem[] =>
      known.has(id)
        ? []
        : [
            {
              path: `developmentEntryIds.${index}`,
              message: "This entry is not in this client's development profile.",
            },
          ],
    ),
    ...(input.behavioursGiven === false
      ? []
      : behaviourLinkProblems(draft.behaviourLinks, model?.model ?? null)),
  ];
  if (problems.length > 0) throw invalidInput(problems, "Some fields of the goal need fixing.");
  return { guidance, campaignId: model?.id ?? null };
}

/** Overrides as kept: who set each aside and when; an unchanged one keeps its first author. */
export function storedOverrides(
  given: Override[],
  kept: StoredOverride[],
  by: string,
): StoredOverride[] {
  const at = new Date().toISOString();
  return given.map((override) => {
    const same = kept.find((k) => k.code === override.code && k.reason === override.reason);
    return same ?? { code: override.code, reason: override.reason, by, at };
  });
}

/** Replaces the kinds of link given (duplicates kept once); a kind left out stays as it is. */
export async function writeLinks(
  tx: Transaction,
  ids: { engagementId: string; goalId: string },
  given: Partial<Pick<GoalDraft, "developmentEntryIds" | "behaviourLinks">>,
  campaignId: string | null,
) {
  const { developmentEntryIds: entries, behaviourLinks: behaviours } = given;
  if (entries) {
    await tx.delete(goalDevelopmentLink).where(eq(goalDevelopmentLink.goalId, ids.goalId));
    if (entries.length > 0)
      await tx
        .insert(goalDevelopmentLink)
        .values(entries.map((entryId) => ({ ...ids, entryId })))
        .onConflictDoNothing();
  }
  if (behaviours) {
    await tx.delete(goalBehaviourLink).where(eq(goalBehaviourLink.goalId, ids.goalId));
    if (campaignId && behaviours.length > 0)
      await tx
        .insert(goalBehaviourLink)
        .values(
          behaviours.map((link, position) => ({
            ...ids,
            campaignId,
            competencyId: link.competencyId,
            itemId: link.itemId ?? null,
            position,
          })),
        )
        .onConflictDoNothing();
  }
}
