import { and, asc, count, eq, ne, sql } from "drizzle-orm";
import type { ProgrammeHealth } from "../../contract/programme-impact";
import { MATCHING_LIMITS } from "../../domain/matching/capacity";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import { coachProfile, engagement, programmeParticipant, user } from "../db/schema";
import { type ParticipantRow, participantRows } from "./participant-facts";
import { engagementsAtRisk } from "./programme-warnings";
import { cohortsOf, findProgramme } from "./programmes";

// The admin's programme health (issue 20): per cohort and overall, sessions used against those
// planned and how many open engagements have an early warning (a count: the reasons quote the
// client and stay on their coach's page), and each coach's load against their capacity.

type Figures = ProgrammeHealth["overall"];

export async function getProgrammeHealth(
  ctx: AppContext,
  viewer: Viewer,
  programmeId: string,
): Promise<ProgrammeHealth> {
  const row = await findProgramme(ctx.db, viewer, programmeId);
  const [cohorts, rows, atRisk, coaches] = await Promise.all([
    cohortsOf(ctx.db, programmeId),
    participantRows(ctx, programmeId, row.practiceId),
    engagementsAtRisk(ctx, programmeId, row.practiceId),
    coachLoads(ctx, programmeId, row.practiceId),
  ]);
  const figures = (of: readonly ParticipantRow[]) => figuresOf(of, row.sessionsPlanned, atRisk);
  return {
    overall: figures(rows),
    cohorts: cohorts.map((cohort) => ({
      cohortId: cohort.id,
      name: cohort.name,
      ...figures(rows.filter((one) => one.cohortId === cohort.id)),
    })),
    coaches,
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
