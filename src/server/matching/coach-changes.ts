import { asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { CoachChanges } from "../../contract/matching";
import { mayReadCoachChanges, mayReadMoveReason } from "../../domain/matching/coach-changes";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import { engagementCoachChange, user } from "../db/schema";
import { findVisibleEngagement } from "../engagements/service";

// The log of an engagement's moves from coach to coach: when, from whom to whom, by whom, and
// why for those who may read it (domain/matching/coach-changes.ts).

const fromCoach = alias(user, "from_coach");
const toCoach = alias(user, "to_coach");
const changedBy = alias(user, "changed_by_user");

const READERS = {
  may: mayReadCoachChanges,
  refusal:
    "Only the engagement's coach and client, and the practice's admin, see its coach changes.",
};

export async function listCoachChanges(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
): Promise<CoachChanges> {
  await findVisibleEngagement(ctx.db, viewer, engagementId, READERS);
  const rows = await ctx.db
    .select({
      at: engagementCoachChange.at,
      reason: engagementCoachChange.reason,
      fromCoachId: engagementCoachChange.fromCoachId,
      toCoachId: engagementCoachChange.toCoachId,
      fromName: fromCoach.name,
      toName: toCoach.name,
      byId: changedBy.id,
      byName: changedBy.name,
    })
    .from(engagementCoachChange)
    .leftJoin(fromCoach, eq(fromCoach.id, engagementCoachChange.fromCoachId))
    .leftJoin(toCoach, eq(toCoach.id, engagementCoachChange.toCoachId))
    .leftJoin(changedBy, eq(changedBy.id, engagementCoachChange.changedBy))
    .where(eq(engagementCoachChange.engagementId, engagementId))
    .orderBy(asc(engagementCoachChange.at));
  return {
    changes: rows.map((row) => ({
      at: row.at.toISOString(),
      from: person(row.fromCoachId, row.fromName),
      to: person(row.toCoachId, row.toName),
      by: person(row.byId, row.byName),
      reason: mayReadMoveReason(viewer, row) ? row.reason : null,
    })),
  };
}

const person = (id: string | null, name: string | null) =>
  id && name !== null ? { id, name } : null;
