import { createHash } from "node:crypto";
import { type AnyColumn, and, desc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Stage } from "../../domain/engagement/stages";
import { competencyChange, type OthersMeans } from "../../domain/programmes/impact-views";
import type { AppContext } from "../context";
import type { Database } from "../db/database";
import { preparedStatement } from "../db/prepared-statements";
import {
  coachingSession,
  engagement,
  engagementFactVersion,
  feedbackCampaign,
  goal,
  programmeParticipant,
} from "../db/schema";
import { BoundedCache } from "../runtime/bounded-cache";

// What the programme's aggregates and health rest on, per participant, read in a few set-based
// queries over the whole programme (never one per participant): the participant, their
// engagement, counts of its sessions and goals, and the change between their two 360 rounds.

export interface ParticipantRow {
  participantId: string;
  cohortId: string;
  joined: boolean;
  engagementId: string | null;
  stage: Stage | null;
  coachId: string | null;
  sessionsPlanned: number | null;
  /** Scheduled sessions that have ended. */
  sessionsHeld: number;
  /** Sessions booked or counted as used by a late cancellation (the engagement's allowance). */
  sessionsUsed: number;
  goalsAchieved: number;
}

const count = (condition: ReturnType<typeof sql>) =>
  sql<number>`count(*) filter (where ${condition})`.mapWith(Number);

/** The engagement ids of the programme's participants, as a subquery. */
const programmeEngagements = (programmeId: string) =>
  sql`(select ${programmeParticipant.engagementId} from ${programmeParticipant} where ${programmeParticipant.programmeId} = ${programmeId})`;

const NO_ENGAGEMENT = { engagementId: null, stage: null, coachId: null, sessionsPlanned: null };

/** Every participant of the programme, with their engagement's counts when they have one. */
export async function participantRows(
  ctx: Pick<AppContext, "db">,
  programmeId: string,
  practiceId: string,
): Promise<ParticipantRow[]> {
  const engaged = programmeEngagements(programmeId);
  const [people, sessions, goals] = await Promise.all([
    ctx.db
      .select({
        participantId: programmeParticipant.id,
        cohortId: programmeParticipant.cohortId,
        joinedAt: programmeParticipant.joinedAt,
        engagementId: engagement.id,
        stage: engagement.stage,
        coachId: engagement.coachId,
        sessionsPlanned: engagement.sessionsPlanned,
        practiceId: engagement.practiceId,
      })
      .from(programmeParticipant)
      // By its key alone: a condition on the practice here lets a planner with stale statistics
      // join every engagement of the practice to every participant. It is checked below.
      .leftJoin(engagement, eq(engagement.id, programmeParticipant.engagementId))
      .where(eq(programmeParticipant.programmeId, programmeId)),
    ctx.db
      .select({
        engagementId: coachingSession.engagementId,
        held: count(
          sql`${coachingSession.status} = 'scheduled' and ${coachingSession.endsAt} <= now()`,
        ),
        used: count(
          sql`${coachingSession.status} = 'scheduled' or ${coachingSession.countsAsUsed} > 0`,
        ),
      })
      .from(coachingSession)
      .where(sql`${coachingSession.engagementId} in ${engaged}`)
      .groupBy(coachingSession.engagementId),
    // Counted with a filter, not selected by a condition on the state: a planner that guesses
    // few achieved goals would otherwise scan the participants once per goal.
    ctx.db
      .select({
        engagementId: goal.engagementId,
        achieved: count(sql`${goal.state} = 'achieved'`),
      })
      .from(goal)
      .where(sql`${goal.engagementId} in ${engaged}`)
      .groupBy(goal.engagementId),
  ]);
  const sessionsOf = new Map(sessions.map((s) => [s.engagementId, s]));
  const goalsOf = new Map(goals.map((g) => [g.engagementId, g.achieved]));
  return people.map(({ joinedAt, practiceId: engagementPractice, ...row }) => {
    const person = engagementPractice === practiceId ? row : { ...row, ...NO_ENGAGEMENT };
    const counted = person.engagementId ? sessionsOf.get(person.engagementId) : undefined;
    return {
      ...person,
      joined: joinedAt !== null,
      sessionsHeld: counted?.held ?? 0,
      sessionsUsed: counted?.used ?? 0,
      goalsAchieved: (person.engagementId && goalsOf.get(person.engagementId)) || 0,
    };
  });
}

/** Others' mean per competency of a frozen report, from the part kept beside it at release. */
const othersMeans = (campaign: { report: AnyColumn; reportForProposals: AnyColumn }) =>
  sql<OthersMeans | null>`(select jsonb_object_agg(c->>'id', c->'others') from jsonb_array_elements(coalesce(${campaign.reportForProposals}->'competencies', ${campaign.report}::jsonb->'competencies')) c)`;

// Released reports never change, so neither does the change between two of them.
const changeOfRounds = new BoundedCache<string, Record<string, number>>(20_000);

/**
 * Each programme engagement's change per competency: its latest released repeat of a 360 against
 * the released baseline it repeats, as the change report compares them (review/change-report.ts).
 * Only others' means per competency leave the database, and only for pairs not compared before.
 */
export async function competencyChanges(
  ctx: Pick<AppContext, "db">,
  programmeId: string,
): Promise<Map<string, Record<string, number>>> {
  const baseline = alias(feedbackCampaign, "baseline");
  const pairs = await ctx.db
    .selectDistinctOn([feedbackCampaign.engagementId], {
      engagementId: feedbackCampaign.engagementId,
      baselineId: baseline.id,
      repeatId: feedbackCampaign.id,
    })
    .from(feedbackCampaign)
    .innerJoin(
      baseline,
      and(
        eq(baseline.id, feedbackCampaign.repeatOf),
        eq(baseline.engagementId, feedbackCampaign.engagementId),
        eq(baseline.status, "released"),
        isNotNull(baseline.report),
      ),
    )
    .where(
      and(
        sql`${feedbackCampaign.engagementId} in ${programmeEngagements(programmeId)}`,
        eq(feedbackCampaign.status, "released"),
        isNotNull(feedbackCampaign.report),
      ),
    )
    .orderBy(
      feedbackCampaign.engagementId,
      desc(feedbackCampaign.releasedAt),
      desc(feedbackCampaign.id),
    );
  const keyOf = (pair: { baselineId: string; repeatId: string }) =>
    `${pair.baselineId}:${pair.repeatId}`;
  const unknown = pairs.filter((pair) => !changeOfRounds.get(keyOf(pair)));
  if (unknown.length > 0) await compareRounds(ctx, unknown, keyOf);
  return new Map(pairs.map((pair) => [pair.engagementId, changeOfRounds.get(keyOf(pair)) ?? {}]));
}

async function compareRounds(
  ctx: Pick<AppContext, "db">,
  pairs: { baselineId: string; repeatId: string }[],
  keyOf: (pair: { baselineId: string; repeatId: string }) => string,
) {
  const ids = [...new Set(pairs.flatMap((pair) => [pair.baselineId, pair.repeatId]))];
  const rows = await ctx.db
    .select({ id: feedbackCampaign.id, means: othersMeans(feedbackCampaign) })
    .from(feedbackCampaign)
    .where(inArray(feedbackCampaign.id, ids));
  const meansOf = new Map(rows.map((row) => [row.id, row.means ?? {}]));
  for (const pair of pairs)
    changeOfRounds.set(
      keyOf(pair),
      competencyChange(meansOf.get(pair.baselineId) ?? {}, meansOf.get(pair.repeatId) ?? {}),
    );
}

function prepareFactNumbers(db: Database) {
  return db
    .select({
      participantId: programmeParticipant.id,
      cohortId: programmeParticipant.cohortId,
      joinedAt: programmeParticipant.joinedAt,
      engagementId: programmeParticipant.engagementId,
      version: sql<number>`coalesce(${engagementFactVersion.version}, 0)::int`,
    })
    .from(programmeParticipant)
    .leftJoin(
      engagementFactVersion,
      eq(engagementFactVersion.engagementId, programmeParticipant.engagementId),
    )
    .where(eq(programmeParticipant.programmeId, sql.placeholder("programmeId")))
    .orderBy(programmeParticipant.id)
    .prepare("keel_programme_fact_numbers");
}

const factNumbers = preparedStatement(prepareFactNumbers);

/**
 * A fingerprint of all the programme's figures rest on, but the time: its participants and each
 * engagement's fact number (decision 033), which every change to a session, a goal, a stage or a
 * released 360 moves.
 */
export async function programmeFactsFingerprint(db: Database, programmeId: string) {
  const rows = await factNumbers(db).execute({ programmeId });
  return createHash("sha256").update(JSON.stringify(rows)).digest("base64url");
}

/** When the next of the programme's booked sessions ends: its figures hold until then. */
export async function nextSessionEnd(ctx: Pick<AppContext, "db">, programmeId: string) {
  const [row] = await ctx.db
    .select({
      at: sql<Date | null>`min(${coachingSession.endsAt})`.mapWith(coachingSession.endsAt),
    })
    .from(coachingSession)
    .where(
      and(
        sql`${coachingSession.engagementId} in ${programmeEngagements(programmeId)}`,
        eq(coachingSession.status, "scheduled"),
        sql`${coachingSession.endsAt} > now()`,
      ),
    );
  return row?.at ?? null;
}
