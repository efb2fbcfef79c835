import { and, count, eq, lte, sql } from "drizzle-orm";
import type { ReviewSummary } from "../../contract/review";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import type { Database } from "../db/database";
import { preparedStatement } from "../db/prepared-statements";
import { coachingSession, sessionCommitment } from "../db/schema";
import { findEngagementForClientWork } from "../engagements/client-work";
import type { EngagementRow } from "../engagements/queries";

// The counts of the final review (sessions held, commitments by how they went), read whole: the
// commitments list shows only the latest marked ones. The client's and their coach's, as the
// sessions are.

export async function getReviewSummary(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
): Promise<ReviewSummary> {
  const { row } = await findEngagementForClientWork(
    ctx.db,
    viewer,
    engagementId,
    "Only the client and their coach see the review.",
  );
  return reviewSummaryOf(ctx, row);
}

/** The counts of an engagement the caller has already let the viewer see. */
export async function reviewSummaryOf(
  ctx: AppContext,
  row: Pick<EngagementRow, "engagement">,
): Promise<ReviewSummary> {
  const engagementId = row.engagement.id;
  const reads = summaryReads(ctx.db);
  const [[held], byStatus] = await Promise.all([
    reads.held.execute({ engagementId, now: new Date() }),
    reads.commitments.execute({ engagementId }),
  ]);
  const commitments = { open: 0, done: 0, partly_done: 0, not_done: 0 };
  for (const { status, n } of byStatus) commitments[status] = n;
  return {
    sessionsHeld: held?.n ?? 0,
    sessionsPlanned: row.engagement.sessionsPlanned,
    commitments,
  };
}

function prepareSummaryReads(db: Database) {
  const engagementId = sql.placeholder("engagementId");
  return {
    held: db
      .select({ n: count() })
      .from(coachingSession)
      .where(
        and(
          eq(coachingSession.engagementId, engagementId),
          eq(coachingSession.status, "scheduled"),
          lte(coachingSession.endsAt, sql.placeholder("now")),
        ),
      )
      .prepare("keel_review_sessions_held"),
    commitments: db
      .select({ status: sessionCommitment.status, n: count() })
      .from(sessionCommitment)
      .where(eq(sessionCommitment.engagementId, engagementId))
      .groupBy(sessionCommitment.status)
      .prepare("keel_review_commitments"),
  };
}

const summaryReads = preparedStatement(prepareSummaryReads);
