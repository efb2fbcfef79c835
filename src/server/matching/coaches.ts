import { and, asc, eq, sql } from "drizzle-orm";
import type { CoachProfile, MatchingCoach } from "../../contract/matching";
import { capacityRefusal, MATCHING_LIMITS } from "../../domain/matching/capacity";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import { coachProfile, engagement, membership, user } from "../db/schema";
import { AppError, invalidInput, notFound } from "../http/errors";

// The practice's coaches as matching sees them: profile, capacity, and open engagements now.

const openLoad = sql<number>`(
  select count(*) from ${engagement}
  where ${engagement.coachId} = ${membership.userId} and ${engagement.stage} <> 'closed'
)`.mapWith(Number);

function selectCoaches(db: Executor, practiceId: string, coachId?: string) {
  return db
    .select({
      id: user.id,
      name: user.name,
      about: sql<string>`coalesce(${coachProfile.about}, '')`,
      capacity:
        sql<number>`coalesce(${coachProfile.capacity}, ${MATCHING_LIMITS.defaultCapacity})`.mapWith(
          Number,
        ),
      openEngagements: openLoad,
    })
    .from(membership)
    .innerJoin(user, eq(user.id, membership.userId))
    .leftJoin(coachProfile, eq(coachProfile.userId, membership.userId))
    .where(
      and(
        eq(membership.practiceId, practiceId),
        eq(membership.role, "coach"),
        coachId ? eq(membership.userId, coachId) : undefined,
      ),
    )
    .orderBy(asc(user.name), asc(user.id));
}

export async function listMatchingCoaches(
  ctx: AppContext,
  viewer: Viewer,
): Promise<MatchingCoach[]> {
  return selectCoaches(ctx.db, viewer.practiceId);
}

export async function setCapacity(
  ctx: AppContext,
  viewer: Viewer,
  coachId: string,
  capacity: number,
): Promise<MatchingCoach> {
  const [coach] = await selectCoaches(ctx.db, viewer.practiceId, coachId);
  if (!coach) throw notFound("This coach");
  await ctx.db
    .insert(coachProfile)
    .values({ userId: coachId, practiceId: viewer.practiceId, capacity })
    .onConflictDoUpdate({ target: coachProfile.userId, set: { capacity, updatedAt: new Date() } });
  return { ...coach, capacity };
}

export async function getOwnProfile(ctx: AppContext, viewer: Viewer): Promise<CoachProfile> {
  const [row] = await ctx.db
    .select({ about: coachProfile.about, capacity: coachProfile.capacity })
    .from(coachProfile)
    .where(eq(coachProfile.userId, viewer.userId));
  return row ?? { about: "", capacity: MATCHING_LIMITS.defaultCapacity };
}

export async function saveOwnProfile(
  ctx: AppContext,
  viewer: Viewer,
  about: string,
): Promise<CoachProfile> {
  await ctx.db
    .insert(coachProfile)
    .values({ userId: viewer.userId, practiceId: viewer.practiceId, about })
    .onConflictDoUpdate({ target: coachProfile.userId, set: { about, updatedAt: new Date() } });
  return getOwnProfile(ctx, viewer);
}

/**
 * The coach, their membership row locked until `tx` ends so that two matches cannot both take
 * their last place; 400 when they are not a coach of the practice, 409 when they are full.
 */
export async function lockCoachWithRoom(
  tx: Executor,
  practiceId: string,
  coachId: string,
  field = "coachId",
): Promise<{ id: string; name: string }> {
  const [locked] = await tx
    .select({ id: membership.userId })
    .from(membership)
    .where(
      and(
        eq(membership.userId, coachId),
        eq(membership.practiceId, practiceId),
        eq(membership.role, "coach"),
      ),
    )
    .for("update");
  const [coach] = locked ? await selectCoaches(tx, practiceId, coachId) : [];
  if (!coach) throw invalidInput([{ path: field, message: "Choose a coach of the practice" }]);
  const refusal = capacityRefusal(coach.name, coach.openEngagements, coach.capacity);
  if (refusal) throw new AppError("coach_at_capacity", refusal);
  return { id: coach.id, name: coach.name };
}

/** Coaches of the practice among `ids`, with their profile; others are left out. */
export async function coachesAmong(db: Executor, practiceId: string, ids: string[]) {
  const all = await selectCoaches(db, practiceId);
  return all.filter((coach) => ids.includes(coach.id));
}
