import { and, eq, inArray } from "drizzle-orm";
import { effectiveConsent } from "../../domain/programmes/sponsor-visibility";
import { NOTHING_SHARED, type SharingChoice } from "../../domain/review/report-sharing";
import type { Executor } from "../db/database";
import { goal, type reportSharing } from "../db/schema";
import type { EngagementRow } from "../engagements/queries";
import { termsInForce } from "./agreement-store";

// The client's choice as it applies to the sponsor (docs/decisions/031): with terms in force,
// capped by them (and every goal while the client has made no choice); without, the client's
// explicit choice alone (decision 026). The final report's sharing reads it through here.

export async function choiceInForce(
  db: Executor,
  row: EngagementRow,
  stored: typeof reportSharing.$inferSelect | undefined,
): Promise<SharingChoice> {
  const consent = stored
    ? {
        summary: stored.shareSummary,
        goalStatus: stored.goalStatus,
        goalOutcome: stored.goalOutcome,
      }
    : null;
  const inForce = await termsInForce(db, row);
  if (!inForce) return consent ?? NOTHING_SHARED;
  const goals = await db
    .select({ id: goal.id })
    .from(goal)
    .where(and(eq(goal.engagementId, row.engagement.id), inArray(goal.state, ["open", "achieved"])))
    .orderBy(goal.position);
  return effectiveConsent(
    inForce,
    consent,
    goals.map((g) => g.id),
  );
}
