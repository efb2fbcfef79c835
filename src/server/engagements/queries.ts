import { and, asc, desc, eq, ilike, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Stage } from "../../domain/engagement/stages";
import type { Viewer } from "../access/viewer";
import type { Executor } from "../db/database";
import { engagement, engagementStageChange, user } from "../db/schema";
import type { ListPosition } from "./schemas";

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

/** Engagements with the names of their people: one query, whatever the number of rows. */
function selectWithPeople(db: Executor) {
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
    .$dynamic();
}

export async function selectEngagements(db: Executor, where: SQL | undefined) {
  return selectWithPeople(db).where(where);
}

export interface PageQuery {
  /** Who may see what: visibleTo(viewer). */
  scope: SQL | undefined;
  limit: number;
  after?: ListPosition | undefined;
  stage?: Stage | undefined;
  q?: string | undefined;
}

/**
 * One page of a list, newest first: by start date, then id, so the order is total and a page
 * starts right after the previous page's last row (keyset pagination). Each role's scope has an
 * index on (its column, start_date, id) that serves the filter, the order and the cursor. One
 * row more than the page is read, to know whether another page follows.
 */
export async function selectEngagementPage(db: Executor, page: PageQuery) {
  const conditions = [page.scope];
  if (page.stage) conditions.push(eq(engagement.stage, page.stage));
  if (page.q) {
    const pattern = `%${escapeLike(page.q)}%`;
    conditions.push(or(ilike(engagement.title, pattern), ilike(client.name, pattern)));
  }
  if (page.after) {
    conditions.push(
      sql`(${engagement.startDate}, ${engagement.id}) < (${page.after.startDate}::date, ${page.after.id}::uuid)`,
    );
  }
  return selectWithPeople(db)
    .where(and(...conditions))
    .orderBy(desc(engagement.startDate), desc(engagement.id))
    .limit(page.limit + 1);
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, "\\$&");

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
