import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { MatchResult, ParticipantMatch } from "../../contract/matching";
import { shortlistProblem } from "../../domain/matching/capacity";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import { queueLessonSending } from "../courses/lesson-sending";
import {
  coachShortlist,
  engagement,
  engagementCoachChange,
  programmeParticipant,
  user,
} from "../db/schema";
import { invalidInput } from "../http/errors";
import { findProgramme } from "../programmes/programmes";
import { coachesAmong, lockCoachWithRoom } from "./coaches";
import { openProgrammeEngagement } from "./open-engagement";
import { lockParticipant, requireMatchable } from "./participant-lock";

// The admin matches a joined participant to a coach, or offers them a shortlist to choose from.

type ParticipantRef = { programmeId: string; participantId: string };

export async function matchParticipant(
  ctx: AppContext,
  viewer: Viewer,
  ref: ParticipantRef,
  coachId: string,
): Promise<MatchResult> {
  const { result, courseId } = await ctx.db.transaction(async (tx) => {
    const locked = await lockParticipant(tx, viewer.practiceId, ref);
    const participant = await requireMatchable(tx, viewer.practiceId, locked);
    const coach = await lockCoachWithRoom(tx, viewer.practiceId, coachId);
    const engagementId = await openProgrammeEngagement(ctx, tx, {
      actor: viewer,
      programme: locked.programme,
      participant,
      cohortStartDate: locked.cohortStartDate,
      coach,
    });
    return { result: { engagementId, coach }, courseId: locked.programme.courseId };
  });
  if (courseId) await queueLessonSending(ctx);
  return result;
}

export async function offerShortlist(
  ctx: AppContext,
  viewer: Viewer,
  ref: ParticipantRef,
  coachIds: string[],
): Promise<ParticipantMatch> {
  const problem = shortlistProblem(coachIds);
  if (problem) throw invalidInput([{ path: "coachIds", message: problem }]);
  return ctx.db.transaction(async (tx) => {
    const locked = await lockParticipant(tx, viewer.practiceId, ref);
    const participant = await requireMatchable(tx, viewer.practiceId, locked);
    const coaches = [];
    for (const [index, id] of coachIds.entries())
      coaches.push(await lockCoachWithRoom(tx, viewer.practiceId, id, `coachIds.${index}`));
    await tx.delete(coachShortlist).where(eq(coachShortlist.participantId, participant.id));
    await tx
      .insert(coachShortlist)
      .values(coaches.map((coach) => ({ participantId: participant.id, coachId: coach.id })));
    return {
      participantId: participant.id,
      engagementId: null,
      coach: null,
      movedAt: null,
      shortlist: coaches,
    };
  });
}

/** Every participant of the programme who is matched or offered a shortlist. */
export async function listMatches(
  ctx: AppContext,
  viewer: Viewer,
  programmeId: string,
): Promise<ParticipantMatch[]> {
  await findProgramme(ctx.db, viewer, programmeId);
  const matched = await ctx.db
    .select({
      participantId: programmeParticipant.id,
      engagementId: engagement.id,
      coach: { id: user.id, name: user.name },
      movedAt:
        sql<Date | null>`(select max(moved.at) from engagement_coach_change moved where moved.engagement_id = ${engagement.id})`.mapWith(
          engagementCoachChange.at,
        ),
    })
    .from(programmeParticipant)
    .innerJoin(engagement, eq(engagement.id, programmeParticipant.engagementId))
    .innerJoin(user, eq(user.id, engagement.coachId))
    .where(
      and(
        eq(programmeParticipant.programmeId, programmeId),
        isNotNull(programmeParticipant.engagementId),
      ),
    );
  const offered = await ctx.db
    .select({ participantId: coachShortlist.participantId, id: user.id, name: user.name })
    .from(coachShortlist)
    .innerJoin(programmeParticipant, eq(programmeParticipant.id, coachShortlist.participantId))
    .innerJoin(user, eq(user.id, coachShortlist.coachId))
    .where(eq(programmeParticipant.programmeId, programmeId))
    .orderBy(user.name);
  const byParticipant = new Map<string, ParticipantMatch>(
    matched.map((row) => [
      row.participantId,
      { ...row, movedAt: row.movedAt?.toISOString() ?? null, shortlist: [] },
    ]),
  );
  for (const { participantId, id, name } of offered) {
    const match = byParticipant.get(participantId) ?? {
      participantId,
      engagementId: null,
      coach: null,
      movedAt: null,
      shortlist: [],
    };
    match.shortlist.push({ id, name });
    byParticipant.set(participantId, match);
  }
  return [...byParticipant.values()];
}

/** The coaches of a shortlist, with their profile, for the participant choosing. */
export async function shortlistCoaches(ctx: AppContext, practiceId: string, participantId: string) {
  const rows = await ctx.db
    .select({ coachId: coachShortlist.coachId })
    .from(coachShortlist)
    .where(eq(coachShortlist.participantId, participantId));
  const ids = rows.map((row) => row.coachId);
  if (ids.length === 0) return [];
  const coaches = await coachesAmong(ctx.db, practiceId, ids);
  return coaches.map(({ id, name, about }) => ({ id, name, about }));
}
