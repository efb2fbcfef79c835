import { and, asc, desc, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { CampaignStatus } from "../../domain/feedback/campaign-status";
import { prepareArrayRows, type RowOf } from "../db/array-rows";
import type { Database, Executor } from "../db/database";
import { preparedStatements } from "../db/prepared-statements";
import {
  engagement,
  feedbackCampaign,
  feedbackRater,
  feedbackRaterCounts,
  practice,
  user,
} from "../db/schema";
import { AppError } from "../http/errors";

const coach = alias(user, "coach");
const client = alias(user, "client");
const sponsor = alias(user, "sponsor");
const adder = alias(user, "adder");
const approver = alias(user, "approver");

/**
 * Nominated raters and completed ones per group in RATER_GROUPS order ([manager nominated,
 * manager completed, peer nominated, ...]), as triggers keep them: counting the raters of every
 * campaign on a page was half of PostgreSQL's time for the 360 dashboard. The campaign's id is
 * named with its table (or alias) always: Drizzle leaves a single table's columns bare, which
 * the subquery would read as the counts' own column.
 */
function groupCountsOf(campaignId: SQL) {
  return sql<
    number[]
  >`(select ${feedbackRaterCounts.counts} from ${feedbackRaterCounts} where ${feedbackRaterCounts.campaignId} = ${campaignId})`;
}

/** What a campaign shows in a list: no model, answers or report, only their facts. */
const summaryFacts = {
  id: feedbackCampaign.id,
  engagementId: feedbackCampaign.engagementId,
  status: feedbackCampaign.status,
  modelName: feedbackCampaign.modelName,
  deadline: feedbackCampaign.deadline,
  closesAt: feedbackCampaign.closesAt,
  selfSubmittedAt: feedbackCampaign.selfSubmittedAt,
  createdAt: feedbackCampaign.createdAt,
  releasedAt: feedbackCampaign.releasedAt,
  /** k: the counts of who answered are grouped by it. */
  threshold: feedbackCampaign.threshold,
};

export const summaryColumns = {
  ...summaryFacts,
  groupCounts: groupCountsOf(sql`${sql.identifier("feedback_campaign")}.${sql.identifier("id")}`),
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

interface DashboardShape {
  status: boolean;
  after: boolean;
}

const dashboardPages = preparedStatements<ReturnType<typeof prepareDashboardPage>>();

/**
 * One page of the campaigns in engagements the coach runs, newest first, with the counts per
 * group. The coach's engagements come from their index and each one's campaigns from the
 * campaign's engagement index (a lateral join; its limit keeps PostgreSQL from flattening it
 * into a scan of the practice's campaigns), so the cost follows the coach's own campaigns, not
 * the practice's; one row more than the page says whether another page follows.
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
  const shape = { status: page.status !== undefined, after: page.after !== undefined };
  const key = `${Number(shape.status)}${Number(shape.after)}`;
  const statement = dashboardPages(db, key, () =>
    prepareDashboardPage(db, shape, `keel_feedback_dashboard_${key}`),
  );
  const rows = await statement({
    practiceId: page.practiceId,
    coachId: page.coachId,
    status: page.status,
    afterCreatedAt: page.after?.createdAt,
    afterId: page.after?.id,
    limit: page.limit + 1,
  });
  return rows.map(toDashboardRow);
}

function toDashboardRow(row: RowOf<ReturnType<typeof selectDashboardRows>>) {
  return {
    id: row.id,
    engagementId: row.engagementId,
    status: row.status,
    modelName: row.modelName,
    deadline: row.deadline,
    groupCounts: row.groupCounts,
    createdAtKey: row.createdAtKey,
    closesAt: new Date(row.closesAt),
    selfSubmittedAt: row.selfSubmittedAt === null ? null : new Date(row.selfSubmittedAt),
    createdAt: new Date(row.createdAt),
    releasedAt: row.releasedAt === null ? null : new Date(row.releasedAt),
    clientId: row.clientId,
    clientName: row.clientName,
    engagementTitle: row.engagementTitle,
    threshold: Number(row.threshold),
  };
}

function prepareDashboardPage(db: Database, shape: DashboardShape, name: string) {
  return prepareArrayRows(db, name, selectDashboardRows(db, campaignsOfEngagement(db, shape)));
}

/** The page's campaigns of one engagement of the coach's (the lateral join's right side). */
function campaignsOfEngagement(db: Database, shape: DashboardShape) {
  const conditions: (SQL | undefined)[] = [eq(feedbackCampaign.engagementId, engagement.id)];
  if (shape.status) conditions.push(eq(feedbackCampaign.status, sql.placeholder("status")));
  if (shape.after) {
    conditions.push(
      sql`(${feedbackCampaign.createdAt}, ${feedbackCampaign.id}) < (${sql.placeholder("afterCreatedAt")}::timestamptz, ${sql.placeholder("afterId")}::uuid)`,
    );
  }
  return db
    .select({
      ...summaryFacts,
      clientId: feedbackCampaign.clientId,
      createdAtKey:
        sql<string>`to_char(${feedbackCampaign.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as(
          "created_at_key",
        ),
    })
    .from(feedbackCampaign)
    .where(and(...conditions))
    .orderBy(desc(feedbackCampaign.createdAt), desc(feedbackCampaign.id))
    .limit(sql.placeholder("limit"))
    .as("campaign");
}

function selectDashboardRows(db: Database, campaign: ReturnType<typeof campaignsOfEngagement>) {
  return db
    .select({
      id: campaign.id,
      engagementId: campaign.engagementId,
      status: campaign.status,
      modelName: campaign.modelName,
      deadline: campaign.deadline,
      closesAt: campaign.closesAt,
      selfSubmittedAt: campaign.selfSubmittedAt,
      createdAt: campaign.createdAt,
      releasedAt: campaign.releasedAt,
      groupCounts: groupCountsOf(sql`${campaign.id}`),
      createdAtKey: campaign.createdAtKey,
      clientId: client.id,
      clientName: client.name,
      engagementTitle: engagement.title,
      threshold: campaign.threshold,
    })
    .from(engagement)
    .innerJoinLateral(campaign, sql`true`)
    .innerJoin(client, eq(client.id, campaign.clientId))
    .where(
      and(
        eq(engagement.coachId, sql.placeholder("coachId")),
        eq(engagement.practiceId, sql.placeholder("practiceId")),
      ),
    )
    .orderBy(desc(campaign.createdAt), desc(campaign.id))
    .limit(sql.placeholder("limit"));
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
      sponsorEmail: sponsor.email,
      practiceName: practice.name,
      practiceThreshold: practice.feedbackThreshold,
    })
    .from(feedbackCampaign)
    .innerJoin(engagement, eq(engagement.id, feedbackCampaign.engagementId))
    .innerJoin(client, eq(client.id, feedbackCampaign.clientId))
    .innerJoin(coach, eq(coach.id, engagement.coachId))
    .leftJoin(sponsor, eq(sponsor.id, engagement.sponsorId))
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
  nominatedBy: feedbackRater.nominatedBy,
  addedLate: feedbackRater.addedLate,
  addedAt: feedbackRater.createdAt,
};

/**
 * A campaign's raters in the order they were named, with who added and who approved each.
 * `completed` is for counts, never shown.
 */
export async function selectRaters(db: Executor, campaignId: string) {
  return db
    .select({
      ...raterColumns,
      addedByName: adder.name,
      approvedByName: approver.name,
    })
    .from(feedbackRater)
    .innerJoin(adder, eq(adder.id, feedbackRater.nominatedBy))
    .leftJoin(approver, eq(approver.id, feedbackRater.approvedBy))
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
export type SingleRater = NonNullable<Awaited<ReturnType<typeof selectRater>>>;

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
  if (!row) throw new AppError("campaign_gone");
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
    throw new AppError(
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
