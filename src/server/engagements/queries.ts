import { and, asc, eq, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Viewer } from "../access/viewer";
import type { Executor } from "../db/database";
import { engagement, engagementStageChange, user } from "../db/schema";

const coach = alias(user, "coach");
const client = alias(user, "client");
const sponsor = alias(user, "sponsor");

/** What each role may list: a coach their own, an admin the practice's, a client or sponsor theirs. */
export function visibleTo(viewer: Viewer): SQL | undefined {
  const inPractice = eq(engagement.practiceId, viewer.practiceId);
  if (viewer.role === "client") return and(inPractice, eq(engagement.clientId, viewer.userId));
  if (viewer.role === "sponsor") return and(inPractice, eq(engagement.sponsorId, viewer.userId));
  return viewer.isAdmin ? inPractice : and(inPractice, eq(engagement.coachId, viewer.userId));
}

export async function selectEngagements(db: Executor, where: SQL | undefined) {
  return db
    .select({
      engagement,
      coach: { id: coach.id, name: coach.name },
      client: { id: client.id, name: client.name },
      sponsor: { id: sponsor.id, name: sponsor.name },
    })
    .from(engagement)
    .innerJoin(coach, eq(coach.id, engagement.coachId))
    .innerJoin(client, eq(client.id, engagement.clientId))
    .leftJoin(sponsor, eq(sponsor.id, engagement.sponsorId))
    .where(where)
    .orderBy(asc(engagement.startDate), asc(engagement.createdAt));
}

export type EngagementRow = Awaited<ReturnType<typeof selectEngagements>>[number];

export async function selectHistory(db: Executor, engagementId: string) {
  return db
    .select({
      from: engagementStageChange.fromStage,
      to: engagementStageChange.toStage,
      at: engagementStageChange.changedAt,
      by: { id: user.id, name: user.name },
    })
    .from(engagementStageChange)
    .innerJoin(user, eq(user.id, engagementStageChange.changedBy))
    .where(eq(engagementStageChange.engagementId, engagementId))
    .orderBy(asc(engagementStageChange.changedAt));
}
