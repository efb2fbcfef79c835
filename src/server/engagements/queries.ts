import { and, asc, desc, eq, ilike, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Stage } from "../../domain/engagement/stages";
import type { Viewer } from "../access/viewer";
import { prepareArrayRows, type RowOf } from "../db/array-rows";
import type { Database, Executor } from "../db/database";
import { preparedStatement, preparedStatements } from "../db/prepared-statements";
import { coachingSession, engagement, engagementStageChange, user } from "../db/schema";
import { containsPattern } from "../http/keyset-page";
import type { ListPosition } from "./list-query";

const coach = alias(user, "coach");
const client = alias(user, "client");
const sponsor = alias(user, "sponsor");

/**
 * The columns of an engagement that decide who may see what belongs to it (`relationTo`): join
 * them to a questionnaire, an exercise or an entry to check the viewer in the same query.
 */
export const partyColumns = {
  practiceId: engagement.practiceId,
  coachId: engagement.coachId,
  clientId: engagement.clientId,
  sponsorId: engagement.sponsorId,
};

type Scope = "client" | "sponsor" | "coach" | "practice";

/** What each role may list: a coach their own, an admin the practice's, a client or sponsor theirs. */
function scopeOf(viewer: Viewer): Scope {
  if (viewer.role === "client" || viewer.role === "sponsor") return viewer.role;
  return viewer.isAdmin ? "practice" : "coach";
}

const SCOPE_COLUMN = {
  client: engagement.clientId,
  sponsor: engagement.sponsorId,
  coach: engagement.coachId,
} as const;

// The columns of an engagement row, named as `toEngagementRow` reads them.
const ROW_COLUMNS = {
  id: engagement.id,
  practiceId: engagement.practiceId,
  title: engagement.title,
  startDate: engagement.startDate,
  plannedEndDate: engagement.plannedEndDate,
  sessionsPlanned: engagement.sessionsPlanned,
  stage: engagement.stage,
  createdAt: engagement.createdAt,
  coachId: coach.id,
  coachName: coach.name,
  clientId: client.id,
  clientName: client.name,
  sponsorId: sponsor.id,
  sponsorName: sponsor.name,
};

/**
 * Sessions held, booked ahead or cancelled late: what the engagement's allowance has used. An
 * index lookup per engagement (coaching_session_engagement_idx). Written out, since Drizzle
 * leaves column names unqualified in a select from one table, where they would name the
 * subquery's own columns.
 */
const sessionsUsed = sql<number>`(select count(*)::int from coaching_session used where used.engagement_id = "engagement"."id" and (used.status = 'scheduled' or used.counts_as_used > 0))`;

export async function selectSessionsUsed(db: Executor, engagementId: string): Promise<number> {
  const [row] = await db
    .select({ used: sql<number>`count(*)::int` })
    .from(coachingSession)
    .where(
      and(
        eq(coachingSession.engagementId, engagementId),
        or(eq(coachingSession.status, "scheduled"), sql`${coachingSession.countsAsUsed} > 0`),
      ),
    );
  return row?.used ?? 0;
}

export interface EngagementRow {
  engagement: {
    id: string;
    practiceId: string;
    title: string;
    startDate: string;
    plannedEndDate: string | null;
    sessionsPlanned: number;
    stage: Stage;
    createdAt: Date;
    coachId: string;
    clientId: string;
    sponsorId: string | null;
  };
  /** Read with a page of the list; a single engagement's is counted apart (not by its guard). */
  sessionsUsed?: number;
  coach: Person;
  client: Person;
  sponsor: Person | null;
}

interface Person {
  id: string;
  name: string;
}

function toEngagementRow(
  row: RowOf<ReturnType<typeof selectWithPeople>> & { sessionsUsed?: number },
): EngagementRow {
  return {
    ...(row.sessionsUsed === undefined ? {} : { sessionsUsed: row.sessionsUsed }),
    engagement: {
      id: row.id,
      practiceId: row.practiceId,
      title: row.title,
      startDate: row.startDate,
      plannedEndDate: row.plannedEndDate,
      sessionsPlanned: row.sessionsPlanned,
      stage: row.stage,
      coachId: row.coachId,
      clientId: row.clientId,
      sponsorId: row.sponsorId,
      createdAt: new Date(row.createdAt),
    },
    coach: { id: row.coachId, name: row.coachName },
    client: { id: row.clientId, name: row.clientName },
    sponsor: row.sponsorId ? { id: row.sponsorId, name: row.sponsorName ?? "" } : null,
  };
}

/** Engagements with the names of their people: one query, whatever the number of rows. */
function selectWithPeople(db: Executor) {
  return db
    .select(ROW_COLUMNS)
    .from(engagement)
    .innerJoin(coach, eq(coach.id, engagement.coachId))
    .innerJoin(client, eq(client.id, engagement.clientId))
    .leftJoin(sponsor, eq(sponsor.id, engagement.sponsorId))
    .$dynamic();
}

/** The same, with each engagement's sessions used: one index lookup per row of a page. */
function selectWithPeopleAndUse(db: Executor) {
  return db
    .select({ ...ROW_COLUMNS, sessionsUsed })
    .from(engagement)
    .innerJoin(coach, eq(coach.id, engagement.coachId))
    .innerJoin(client, eq(client.id, engagement.clientId))
    .leftJoin(sponsor, eq(sponsor.id, engagement.sponsorId))
    .$dynamic();
}

export interface PageQuery {
  viewer: Viewer;
  limit: number;
  after?: ListPosition | undefined;
  stage?: Stage | undefined;
  q?: string | undefined;
}

interface PageShape {
  scope: Scope;
  stage: boolean;
  q: boolean;
  after: boolean;
}

/**
 * One page of a list, newest first: by start date, then id, so the order is total and a page
 * starts right after the previous page's last row (keyset pagination). Each role's scope has an
 * index on (its column, start_date, id) that serves the filter, the order and the cursor. One
 * row more than the page is read, to know whether another page follows.
 */
export async function selectEngagementPage(db: Database, page: PageQuery) {
  const shape: PageShape = {
    scope: scopeOf(page.viewer),
    stage: page.stage !== undefined,
    q: Boolean(page.q),
    after: page.after !== undefined,
  };
  const rows = await preparedPage(
    db,
    shape,
  )({
    practiceId: page.viewer.practiceId,
    userId: page.viewer.userId,
    stage: page.stage,
    pattern: page.q ? containsPattern(page.q) : undefined,
    afterDate: page.after?.startDate,
    afterId: page.after?.id,
    limit: page.limit + 1,
  });
  return rows.map(toEngagementRow);
}

const pages = preparedStatements<ReturnType<typeof preparePage>>();

function preparedPage(db: Database, shape: PageShape) {
  const key = `${shape.scope}_${Number(shape.stage)}${Number(shape.q)}${Number(shape.after)}`;
  return pages(db, key, () => preparePage(db, shape, `keel_engagement_page_${key}`));
}

function preparePage(db: Database, shape: PageShape, name: string) {
  const conditions: (SQL | undefined)[] = [
    eq(engagement.practiceId, sql.placeholder("practiceId")),
  ];
  if (shape.scope !== "practice") {
    conditions.push(eq(SCOPE_COLUMN[shape.scope], sql.placeholder("userId")));
  }
  if (shape.stage) conditions.push(eq(engagement.stage, sql.placeholder("stage")));
  if (shape.q) {
    const pattern = sql.placeholder("pattern");
    conditions.push(or(ilike(engagement.title, pattern), ilike(client.name, pattern)));
  }
  if (shape.after) {
    conditions.push(
      sql`(${engagement.startDate}, ${engagement.id}) < (${sql.placeholder("afterDate")}::date, ${sql.placeholder("afterId")}::uuid)`,
    );
  }
  const query = selectWithPeopleAndUse(db)
    .where(and(...conditions))
    .orderBy(desc(engagement.startDate), desc(engagement.id))
    .limit(sql.placeholder("limit"));
  return prepareArrayRows(db, name, query);
}

const byId = preparedStatement(prepareById);

function prepareById(db: Database) {
  const query = selectWithPeople(db).where(eq(engagement.id, sql.placeholder("id")));
  return prepareArrayRows(db, "keel_engagement_by_id", query);
}

export async function selectEngagementById(
  db: Database,
  id: string,
): Promise<EngagementRow | undefined> {
  const [row] = await byId(db)({ id });
  return row && toEngagementRow(row);
}

export async function selectHistory(db: Executor, engagementId: string) {
  return db
    .select({
      from: engagementStageChange.fromStage,
      to: engagementStageChange.toStage,
      at: engagementStageChange.changedAt,
      by: { id: user.id, name: user.name },
      reason: engagementStageChange.reason,
    })
    .from(engagementStageChange)
    .innerJoin(user, eq(user.id, engagementStageChange.changedBy))
    .where(eq(engagementStageChange.engagementId, engagementId))
    .orderBy(asc(engagementStageChange.changedAt));
}
