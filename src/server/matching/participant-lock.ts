import { and, asc, eq, sql } from "drizzle-orm";
import type { Executor } from "../db/database";
import {
  coachShortlist,
  membership,
  programme,
  programmeCohort,
  programmeParticipant,
} from "../db/schema";
import { AppError, notFound } from "../http/errors";

/** The participant with their programme and cohort start, their row locked until `tx` ends. */
export async function lockParticipant(
  tx: Executor,
  practiceId: string,
  where: { programmeId: string; participantId: string } | { userId: string },
) {
  const [row] = await tx
    .select({
      participant: programmeParticipant,
      programme,
      cohortStartDate: programmeCohort.startDate,
    })
    .from(programmeParticipant)
    .innerJoin(programme, eq(programme.id, programmeParticipant.programmeId))
    .innerJoin(programmeCohort, eq(programmeCohort.id, programmeParticipant.cohortId))
    .where(
      and(
        eq(programme.practiceId, practiceId),
        "userId" in where
          ? eq(programmeParticipant.userId, where.userId)
          : and(
              eq(programmeParticipant.id, where.participantId),
              eq(programme.id, where.programmeId),
            ),
      ),
    )
    // A client may be in several programmes (decision 030): the one offering them a shortlist.
    .orderBy(
      sql`${programmeParticipant.engagementId} is not null`,
      sql`not exists (select 1 from ${coachShortlist} where ${coachShortlist.participantId} = ${programmeParticipant.id})`,
      asc(programmeParticipant.createdAt),
      asc(programmeParticipant.id),
    )
    .limit(1)
    .for("update", { of: programmeParticipant });
  if (!row) throw notFound("This participant");
  return row;
}

export type LockedParticipant = Awaited<ReturnType<typeof lockParticipant>>;

/**
 * The joined participant's account, while they are still a client of the practice and have no
 * coach yet; otherwise the 409 that says why.
 */
export async function requireMatchable(
  tx: Executor,
  practiceId: string,
  { participant }: LockedParticipant,
): Promise<{ id: string; userId: string }> {
  if (participant.engagementId) throw new AppError("already_matched");
  const userId = participant.userId;
  if (!userId || !participant.joinedAt) throw new AppError("participant_not_joined");
  const [client] = await tx
    .select({ id: membership.userId })
    .from(membership)
    .where(
      and(
        eq(membership.userId, userId),
        eq(membership.practiceId, practiceId),
        eq(membership.role, "client"),
      ),
    );
  if (!client)
    throw new AppError(
      "participant_not_joined",
      "This participant is no longer a client of the practice.",
    );
  return { id: participant.id, userId };
}
