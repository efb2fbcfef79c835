import { and, asc, eq, isNull } from "drizzle-orm";
import type { MatchResult, MyShortlist } from "../../contract/matching";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import { queueLessonSending } from "../courses/lesson-sending";
import { coachShortlist, programme, programmeParticipant } from "../db/schema";
import { AppError, forbidden, invalidInput } from "../http/errors";
import { lockCoachWithRoom } from "./coaches";
import { shortlistCoaches } from "./match";
import { openProgrammeEngagement } from "./open-engagement";
import { lockParticipant, requireMatchable } from "./participant-lock";

// A participant offered a shortlist sees it on their home and picks a coach, which opens their
// engagement as the admin's match would.

const requireClient = (viewer: Viewer) => {
  if (viewer.role !== "client") throw forbidden("Only a programme's participant chooses a coach.");
};

export async function getMyShortlist(ctx: AppContext, viewer: Viewer): Promise<MyShortlist> {
  requireClient(viewer);
  const [offered] = await ctx.db
    .selectDistinct({
      participantId: programmeParticipant.id,
      programmeName: programme.name,
      since: programmeParticipant.createdAt,
    })
    .from(coachShortlist)
    .innerJoin(programmeParticipant, eq(programmeParticipant.id, coachShortlist.participantId))
    .innerJoin(programme, eq(programme.id, programmeParticipant.programmeId))
    .where(
      and(
        eq(programmeParticipant.userId, viewer.userId),
        eq(programme.practiceId, viewer.practiceId),
        isNull(programmeParticipant.engagementId),
      ),
    )
    // The one a choice is taken for (participant-lock.ts): the oldest unmatched row offered one.
    .orderBy(asc(programmeParticipant.createdAt), asc(programmeParticipant.id))
    .limit(1);
  if (!offered) return { shortlist: null };
  const coaches = await shortlistCoaches(ctx, viewer.practiceId, offered.participantId);
  return { shortlist: { programmeName: offered.programmeName, coaches } };
}

export async function chooseCoach(
  ctx: AppContext,
  viewer: Viewer,
  coachId: string,
): Promise<MatchResult> {
  requireClient(viewer);
  const { result, courseId } = await ctx.db.transaction(async (tx) => {
    const locked = await lockParticipant(tx, viewer.practiceId, { userId: viewer.userId });
    const participant = await requireMatchable(tx, viewer.practiceId, locked);
    const [offered] = await tx
      .select({ coachId: coachShortlist.coachId })
      .from(coachShortlist)
      .where(
        and(eq(coachShortlist.participantId, participant.id), eq(coachShortlist.coachId, coachId)),
      );
    if (!offered)
      throw invalidInput([
        { path: "coachId", message: "Choose one of the coaches offered to you" },
      ]);
    const coach = await lockCoachWithRoom(tx, viewer.practiceId, coachId).catch((error) => {
      if (error instanceof AppError && error.code === "coach_at_capacity")
        throw new AppError("coach_at_capacity", "This coach has no room left. Choose another one.");
      throw error;
    });
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
