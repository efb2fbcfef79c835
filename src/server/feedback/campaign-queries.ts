import { and, asc, desc, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { CampaignStatus } from "../../domain/feedback/campaign-status";
import { RATER_GROUPS } from "../../domain/feedback/rater-groups";
import type { Database, Executor } from "../db/database";
import { engagement, feedbackCampaign, feedbackRater, practice, user } from "../db/schema";
import { conflict } from "../http/errors";

const coach = alias(user, "coach");
const client = alias(user, "client");

/** Qualified always: Drizzle leaves a single table's columns bare, which the subquery would misread. */
const outerCampaignId = sql`${sql.identifier("feedback_campaign")}.${sql.identifier("id")}`;

/**
 * Nominated raters and completed ones per group, as one JSON array in RATER_GROUPS order
 * ([manager nominated, manager completed, peer nominated, ...]): one index lookup per campaign.
 */
const groupCounts = sql<number[]>`(select json_build_array(${sql.join(
  RATER_GROUPS.flatMap((group) => [
    sql`count(*) filter (where ${feedbackRater.group} = ${group})`,
    sql`count(*) filter (where ${feedbackRater.group} = ${group} and ${feedbackRater.completed})`,
  ]),
  sql`, `,
)}) from ${feedbackRater} where ${feedbackRater.campaignId} = ${outerCampaignId})`;

/** What a campaign shows in a list: no model, answers or report, only their facts. */
export const summaryColumns = {
  id: feedbackCampaign.id,
  engagementId: feedbackCampaign.engagementId,
  status: feedbackCampaign.status,
  modelName: sql<string>`${feedbackCampaign.model}->>'name'`,
  deadline: feedbackCampaign.deadline,
  closesAt: feedbackCampaign.closesAt,
  selfSubmittedAt: feedbackCampaign.selfSubmittedAt,
  createdAt: feedbackCampaign.createdAt,
  releasedAt: feedbackCampaign.releasedAt,
  groupCounts,
};

export async function selectEngagementCampaigns(db: Database, engagementId: string) {
  return db
    .select(summaryColumns)
    .from(feedbackCampaign)
    .where(eq(feedbackCampaign.engagementId, engagementId))
    .orderBy(desc(feedbackCampaign.createdAt), desc(feedbackCampaign.id));
}
export type SummaryRow = Awaited<ReturnType<typeof selectEngagementCampaigns>>[number];

/** Where a dashboard page ends: created_at to the microsecond (a JS Date keeps only ms), id. */
export interface DashboardPosition {
  createdAt: string;
  id: string;
}

const createdAtKey = sql<string>`to_char(${feedbackCampaign.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * One page of the campaigns in engagements the coach runs, newest first, with the counts per
 * group. The practice's (created_at, id) index gives the order; the coach is checked on the
 * engagement joined in, and one row more than the page says whether another page follows.
 */
export async function selectDashboardPage(
  db: Database,
  page: {
    practiceId: string;
    coachId: string;
    limit: number;
    status?: CampaignStatus | undefined;
    after?: DashboardPosition | undefined;
  },
) {
  const conditions: (SQL | undefined)[] = [
    eq(feedbackCampaign.practiceId, page.practiceId),
    eq(engagement.coachId, page.coachId),
    page.status ? eq(feedbackCampaign.status, page.status) : undefined,
    page.after
      ? sql`(${feedbackCampaign.createdAt}, ${feedbackCampaign.id}) < (${page.after.createdAt}::timestamptz, ${page.after.id}::uuid)`
      : undefined,
  ];
  return db
    .select({
      ...summaryColumns,
      createdAtKey,
      clientId: client.id,
      clientName: client.name,
      engagementTitle: engagement.title,
    })
    .from(feedbackCampaign)
    .innerJoin(engagement, eq(engagement.id, feedbackCampaign.engagementId))
    .innerJoin(client, eq(client.id, feedbackCampaign.clientId))
    .where(and(...conditions))
    .orderBy(desc(feedbackCampaign.createdAt), desc(feedbackCampaign.id))
    .limit(page.limit + 1);
}

/** The names around a campaign and the practice's threshold, for its view and its mails. */
export async function selectCampaignFacts(db: Executor, campaignId: string) {
  const [row] = await db
    .select({
      clientId: client.id,
      clientName: client.name,
      clientEmail: client.email,
      coachId: coach.id,
      coachName: coach.name,
      coachEmail: coach.email,
      practiceName: practice.name,
      practiceThreshold: practice.feedbackThreshold,
    })
    .from(feedbackCampaign)
    .innerJoin(engagement, eq(engagement.id, feedbackCampaign.engagementId))
    .innerJoin(client, eq(client.id, feedbackCampaign.clientId))
    .innerJoin(coach, eq(coach.id, engagement.coachId))
    .innerJoin(practice, eq(practice.id, feedbackCampaign.practiceId))
    .where(eq(feedbackCampaign.id, campaignId));
  if (!row) throw new Error(`campaign ${campaignId} has no engagement`);
  return row;
}
export type CampaignFacts = Awaited<ReturnType<typeof selectCampaignFacts>>;

export async function selectPracticeThreshold(db: Executor, practiceId: string) {
  const [row] = await db
    .select({ threshold: practice.feedbackThreshold })
    .from(practice)
    .where(eq(practice.id, practiceId));
  if (!row) throw new Error(`practice ${practiceId} not found`);
  return row.threshold;
}

const raterColumns = {
  id: feedbackRater.id,
  campaignId: feedbackRater.campaignId,
  name: feedbackRater.name,
  email: feedbackRater.email,
  group: feedbackRater.group,
  invited: sql<boolean>`${feedbackRater.tokenHash} is not null`,
  completed: feedbackRater.completed,
};

/** A campaign's raters in the order they were named. `completed` is for counts, never shown. */
export async function selectRaters(db: Executor, campaignId: string) {
  return db
    .select(raterColumns)
    .from(feedbackRater)
    .where(eq(feedbackRater.campaignId, campaignId))
    .orderBy(asc(feedbackRater.createdAt), asc(feedbackRater.id));
}
export type RaterRow = Awaited<ReturnType<typeof selectRaters>>[number];

export async function selectRater(db: Executor, raterId: string) {
  const [row] = await db
    .select(raterColumns)
    .from(feedbackRater)
    .where(eq(feedbackRater.id, raterId));
  return row;
}

/** Raters invited who have not answered yet: the ones a reminder goes to. */
export async function selectRatersToRemind(db: Executor, campaignId: string) {
  return db
    .select(raterColumns)
    .from(feedbackRater)
    .where(
      and(
        eq(feedbackRater.campaignId, campaignId),
        eq(feedbackRater.completed, false),
        sql`${feedbackRater.tokenHash} is not null`,
      ),
    );
}

/**
 * Holds the campaign's row until the transaction ends, so that changes to its rater list and
 * moves of its status happen one after the other; returns the status as it is now.
 */
export async function lockCampaign(tx: Executor, campaignId: string) {
  const [row] = await tx
    .select({ status: feedbackCampaign.status, groupLimits: feedbackCampaign.groupLimits })
    .from(feedbackCampaign)
    .where(eq(feedbackCampaign.id, campaignId))
    .for("update");
  if (!row) throw conflict("campaign_gone", "This feedback campaign was deleted meanwhile.");
  return row;
}

type CampaignChange = Partial<typeof feedbackCampaign.$inferInsert>;

/**
 * Changes a campaign only if it is still in the status it was read in, so two moves (or a move
 * and an edit) that race cannot both win: the loser matches nothing and is told so.
 */
export async function updateInStatus(
  db: Executor,
  campaignId: string,
  from: CampaignStatus,
  change: CampaignChange,
) {
  const [row] = await db
    .update(feedbackCampaign)
    .set(change)
    .where(and(eq(feedbackCampaign.id, campaignId), eq(feedbackCampaign.status, from)))
    .returning({ id: feedbackCampaign.id });
  if (!row)
    throw conflict(
      "campaign_changed",
      "Someone changed this campaign meanwhile. Reload it and try again.",
    );
}

export async function deleteInStatuses(
  db: Database,
  campaignId: string,
  statuses: CampaignStatus[],
) {
  const [row] = await db
    .delete(feedbackCampaign)
    .where(and(eq(feedbackCampaign.id, campaignId), inArray(feedbackCampaign.status, statuses)))
    .returning({ id: feedbackCampaign.id });
  return row;
}

/**
 * Saves the client's self-ratings if they are still the ones the change was computed from and
 * the self-rating is still open to changes; a concurrent save makes it match nothing.
 */
export async function saveSelfRatingsIfUnchanged(
  db: Database,
  campaignId: string,
  statuses: CampaignStatus[],
  read: object,
  change: { selfRatings?: object; selfSubmittedAt?: Date },
) {
  const [row] = await db
    .update(feedbackCampaign)
    .set(change as CampaignChange)
    .where(
      and(
        eq(feedbackCampaign.id, campaignId),
        inArray(feedbackCampaign.status, statuses),
        isNull(feedbackCampaign.selfSubmittedAt),
        sql`${feedbackCampaign.selfRatings} = ${JSON.stringify(read)}::jsonb`,
      ),
    )
    .returning({ id: feedbackCampaign.id });
  return Boolean(row);
}
