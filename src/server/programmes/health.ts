import { and, asc, count, eq, ne, sql } from "drizzle-orm";
import type { ProgrammeHealth } from "../../contract/programme-impact";
import { MATCHING_LIMITS } from "../../domain/matching/capacity";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import { perDatabase } from "../db/per-database";
import { coachProfile, engagement, type programme, programmeParticipant, user } from "../db/schema";
import { BoundedCache } from "../runtime/bounded-cache";
import {
  type ParticipantRow,
  participantRows,
  programmeFactsFingerprint,
} from "./participant-facts";
import { engagementsAtRisk, programmeThresholds } from "./programme-warnings";
import { cohortsOf, findProgramme } from "./programmes";

// The admin's programme health (issue 20): per cohort and overall, sessions used against those
// planned and how many open engagements have an early warning (a count: the reasons quote the
// client and stay on their coach's page), and each coach's load against their capacity.

type Figures = ProgrammeHealth["overall"];
type Cohort = Awaited<ReturnType<typeof cohortsOf>>[number];

export async function getProgrammeHealth(
  ctx: AppContext,
  viewer: Viewer,
  programmeId: string,
): Promise<ProgrammeHealth> {
  const row = await findProgramme(ctx.db, viewer, programmeId);
  const [cohorts, facts, thresholds, coaches] = await Promise.all([
    cohortsOf(ctx.db, programmeId),
    programmeFactsFingerprint(ctx.db, programmeId),
    programmeThresholds(ctx, programmeId, row.practiceId),
    coachLoads(ctx, programmeId, row.practiceId),
  ]);
  const key = JSON.stringify([row.sessionsPlanned, cohorts, facts, thresholds.settings]);
  const kept = keptIn(ctx.db);
  let found = kept.get(programmeId);
  if (!found || found.key !== key || Date.now() >= found.until) {
    const now = new Date();
    const [rows, atRisk] = await Promise.all([
      participantRows(ctx, programmeId, row.practiceId),
      engagementsAtRisk(ctx, programmeId, row.practiceId, thresholds.of, now),
    ]);
    found = { key, until: nextQuarterHour(now), ...weigh(row, cohorts, rows, atRisk) };
    kept.set(programmeId, found);
  }
  return { overall: found.overall, cohorts: found.cohorts, coaches };
}

// The figures rest on the participants, their engagements' facts (decision 033) and the early
// warnings, which change with the day in each engagement's zone. Every zone's day turns on a
// quarter hour of UTC, so the figures are kept while the rest stays the same, until the next one.
// Coaches' loads count engagements outside the programme too, and are read each time.
interface KeptHealth extends Pick<ProgrammeHealth, "overall" | "cohorts"> {
  key: string;
  until: number;
}

const keptIn = perDatabase(() => new BoundedCache<string, KeptHealth>(200));

const QUARTER_HOUR = 15 * 60_000;
const nextQuarterHour = (now: Date) =>
  (Math.floor(now.getTime() / QUARTER_HOUR) + 1) * QUARTER_HOUR;

function weigh(
  row: typeof programme.$inferSelect,
  cohorts: Cohort[],
  rows: ParticipantRow[],
  atRisk: ReadonlySet<string>,
): Pick<ProgrammeHealth, "overall" | "cohorts"> {
  const figures = (of: readonly ParticipantRow[]) => figuresOf(of, row.sessionsPlanned, atRisk);
  return {
    overall: figures(rows),
    cohorts: cohorts.map((cohort) => ({
      cohortId: cohort.id,
      name: cohort.name,
      ...figures(rows.filter((one) => one.cohortId === cohort.id)),
    })),
  };
}

/** Planned: the engagement's own number once it is opened, the programme's until then. */
function figuresOf(
  rows: readonly ParticipantRow[],
  programmePlanned: number,
  atRisk: ReadonlySet<string>,
): Figures {
  const engaged = rows.filter((one) => one.engagementId !== null);
  return {
    participants: rows.length,
    joined: rows.filter((one) => one.joined).length,
    engagements: engaged.length,
    sessionsUsed: rows.reduce((sum, one) => sum + one.sessionsUsed, 0),
    sessionsPlanned: rows.reduce((sum, one) => sum + (one.sessionsPlanned ?? programmePlanned), 0),
    atRisk: engaged.filter((one) => atRisk.has(one.engagementId as string)).length,
  };
}

/** Each coach of the programme's open engagements: those, all their open ones, their capacity. */
async function coachLoads(
  ctx: Pick<AppContext, "db">,
  programmeId: string,
  practiceId: string,
): Promise<ProgrammeHealth["coaches"]> {
  const rows = await ctx.db
    .select({
      coachId: engagement.coachId,
      name: user.name,
      programmeEngagements: count(),
      openEngagements:
        sql<number>`(select count(*) from ${engagement} as every where every.coach_id = ${engagement.coachId} and every.practice_id = ${practiceId} and every.stage <> 'closed')`.mapWith(
          Number,
        ),
      capacity:
        sql<number>`coalesce(max(${coachProfile.capacity}), ${MATCHING_LIMITS.defaultCapacity})`.mapWith(
          Number,
        ),
    })
    .from(programmeParticipant)
    .innerJoin(
      engagement,
      and(
        eq(engagement.id, programmeParticipant.engagementId),
        eq(engagement.practiceId, practiceId),
        ne(engagement.stage, "closed"),
      ),
    )
    .innerJoin(user, eq(user.id, engagement.coachId))
    .leftJoin(coachProfile, eq(coachProfile.userId, engagement.coachId))
    .where(eq(programmeParticipant.programmeId, programmeId))
    .groupBy(engagement.coachId, user.name)
    .orderBy(asc(user.name), asc(engagement.coachId));
  return rows.map((one) => ({ ...one, programmeEngagements: Number(one.programmeEngagements) }));
}
