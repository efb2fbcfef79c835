import { eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { SessionSummary } from "../../contract/sessions";
import { defaultRules } from "../../domain/sessions/availability";
import type { Database } from "../db/database";
import { preparedStatement } from "../db/prepared-statements";
import {
  coachAvailability,
  coachingSession,
  engagement,
  sessionPreparation,
  sessionReflection,
  sessionSeries,
  user,
} from "../db/schema";
import { partyColumns } from "../engagements/queries";
import { presentSession, seriesRuleColumns } from "./queries";

// The session at the top of its page, read in one query with what its guard needs: the
// engagement's parties, its coach's rules (how often it may move, how late it may be cancelled
// free) and its series' rule; and the client's preparation and reflection, one of each at most.

const coach = alias(user, "coach");
const client = alias(user, "client");

function prepareSessionForPage(db: Database) {
  return db
    .select({
      session: coachingSession,
      engagementTitle: engagement.title,
      meetingLink: engagement.meetingLink,
      stage: engagement.stage,
      parties: partyColumns,
      coach: { id: coach.id, name: coach.name },
      client: { id: client.id, name: client.name },
      maxMoves: coachAvailability.maxMoves,
      lateCancelHours: coachAvailability.lateCancelHours,
      series: seriesRuleColumns,
      preparation: sessionPreparation,
      reflection: sessionReflection,
    })
    .from(coachingSession)
    .innerJoin(engagement, eq(engagement.id, coachingSession.engagementId))
    .innerJoin(coach, eq(coach.id, coachingSession.coachId))
    .innerJoin(client, eq(client.id, engagement.clientId))
    .leftJoin(coachAvailability, eq(coachAvailability.coachId, coachingSession.coachId))
    .leftJoin(sessionSeries, eq(sessionSeries.id, coachingSession.seriesId))
    .leftJoin(sessionPreparation, eq(sessionPreparation.sessionId, coachingSession.id))
    .leftJoin(sessionReflection, eq(sessionReflection.sessionId, coachingSession.id))
    .where(eq(coachingSession.id, sql.placeholder("sessionId")))
    .prepare("keel_session_page");
}

const sessionForPage = preparedStatement(prepareSessionForPage);

/** Read on every visit of the page, so prepared once per database (docs/performance.md). */
export async function selectSessionForPage(db: Database, sessionId: string) {
  const [row] = await sessionForPage(db).execute({ sessionId });
  return row;
}
export type SessionPageRow = NonNullable<Awaited<ReturnType<typeof selectSessionForPage>>>;

export function summaryOf(row: SessionPageRow, now: Date): SessionSummary {
  return presentSession(row, row.maxMoves ?? defaultRules(null).maxMoves, now);
}
