import { and, eq, isNull } from "drizzle-orm";
import type { Executor } from "../db/database";
import { programmeParticipant } from "../db/schema";

/** Accepting a programme's invitation makes its participant joined, in the accepting transaction. */
export async function markParticipantJoined(tx: Executor, invitationId: string, userId: string) {
  await tx
    .update(programmeParticipant)
    .set({ userId, joinedAt: new Date() })
    .where(
      and(
        eq(programmeParticipant.invitationId, invitationId),
        isNull(programmeParticipant.joinedAt),
      ),
    );
}
