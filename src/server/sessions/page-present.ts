import { eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { SessionSummary } from "../../contract/sessions";
import { defaultRules } from "../../domain/sessions/availability";
import type { Executor } from "../db/database";
import { coachAvailability, coachingSession, engagement, user } from "../db/schema";
import { partyColumns } from "../engagements/queries";
import { presentSession } from "./queries";

// The session at the top of its page, read in one query with what its guard needs: the
// engagement's parties, and its coach's rule of how often a session may move.

const coach = alias(user, "coach");
const client = alias(user, "client");

export async function selectSessionForPage(db: Executor, sessionId: string) {
  const [row] = await db
    .select({
      session: coachingSession,
      engagementTitle: engagement.title,
      meetingLink: engagement.meetingLink,
      stage: engagement.stage,
      parties: partyColumns,
      coach: { id: coach.id, name: coach.name },
      client: { id: client.id, name: client.name },
      maxMoves: coachAvailability.maxMoves,
    })
    .from(coachingSession)
    .innerJoin(engagement, eq(engagement.id, coachingSession.engagementId))
    .innerJoin(coach, eq(coach.id, coachingSession.coachId))
    .innerJoin(client, eq(client.id, engagement.clientId))
    .leftJoin(coachAvailability, eq(coachAvailability.coachId, coachingSession.coachId))
    .where(eq(coachingSession.id, sessionId));
  return row;
}
export type SessionPageRow = NonNullable<Awaited<ReturnType<typeof selectSessionForPage>>>;

export function summaryOf(row: SessionPageRow, now: Date): SessionSummary {
  return presentSession(row, row.maxMoves ?? defaultRules(null).maxMoves, now);
}
