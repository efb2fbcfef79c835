import { and, asc, desc, eq, ne, type SQL } from "drizzle-orm";
import type { CommitmentList, CommitmentListQuery } from "../../contract/commitments";
import { toDoOrder } from "../../domain/commitments/commitments";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import { goal, sessionCommitment } from "../db/schema";
import { findEngagementForClientWork } from "../engagements/client-work";
import { listDueThisWeek, todayIn } from "../goals/due-this-week";
import { readCommitmentsWhere } from "./read";

// One list per person of everything they must do in an engagement: their open commitments, from
// sessions and added between them, overdue first; and, for the client, what their goals and plans
// have due this week (the same list as on their home). A fixed number of queries.

const MARKED_SHOWN = 20;

export async function listEngagementCommitments(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
  query: { who: NonNullable<CommitmentListQuery["who"]>; timeZone: string },
): Promise<CommitmentList> {
  const { row, relation } = await findEngagementForClientWork(
    ctx.db,
    viewer,
    engagementId,
    "Only the client and their coach keep commitments.",
  );
  const today = todayIn(query.timeZone);
  const ofEngagement = eq(sessionCommitment.engagementId, engagementId);
  const whose: SQL | undefined =
    query.who === "mine" ? eq(sessionCommitment.ownerId, viewer.userId) : undefined;
  const goalsDue = query.who === "all" || relation === "client";
  const [open, marked, due, goals] = await Promise.all([
    readCommitmentsWhere(ctx.db, and(ofEngagement, whose, eq(sessionCommitment.status, "open")), [
      asc(sessionCommitment.dueOn),
      asc(sessionCommitment.id),
    ]),
    readCommitmentsWhere(
      ctx.db,
      and(ofEngagement, whose, ne(sessionCommitment.status, "open")),
      [desc(sessionCommitment.markedAt), asc(sessionCommitment.id)],
      MARKED_SHOWN,
    ),
    goalsDue ? listDueThisWeek(ctx, viewer, engagementId, { timeZone: query.timeZone }) : null,
    ctx.db
      .select({ id: goal.id, statement: goal.statement })
      .from(goal)
      .where(and(eq(goal.engagementId, engagementId), eq(goal.state, "open")))
      .orderBy(asc(goal.position), asc(goal.createdAt)),
  ]);
  return {
    today,
    open: toDoOrder(open, today),
    marked,
    fromGoals: due?.items ?? [],
    mayAdd: row.engagement.stage !== "closed",
    goals,
    coach: row.coach,
    client: row.client,
  };
}
