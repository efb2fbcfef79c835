import { and, asc, eq } from "drizzle-orm";
import type { AppContext } from "../context";
import { commitmentComment, goal, sessionCommitment } from "../db/schema";

// Stage 4: beside the commitments made in Daniel's sessions (done, partly done, not done and
// open), two added between sessions, one towards his first goal and overdue, and a short thread
// of comments under the one he partly did.

const DAY = 86_400_000;

export async function seedDemoCommitments(
  ctx: AppContext,
  parties: { coachId: string; clientId: string; engagementId: string },
): Promise<void> {
  const { coachId, clientId, engagementId } = parties;
  const now = Date.now();
  const day = (offset: number) => new Date(now + offset * DAY).toISOString().slice(0, 10);
  await ctx.db.transaction(async (tx) => {
    const [firstGoal] = await tx
      .select({ id: goal.id })
      .from(goal)
      .where(eq(goal.engagementId, engagementId))
      .orderBy(asc(goal.position))
      .limit(1);
    await tx.insert(sessionCommitment).values([
      {
        engagementId,
        goalId: firstGoal?.id ?? null,
        text: "Ask Lena how she wants to run sprint planning, before I suggest anything",
        ownerId: clientId,
        dueOn: day(-2),
        createdBy: clientId,
        createdAt: new Date(now - 5 * DAY),
      },
      {
        engagementId,
        text: "Send Daniel two questions to take into the mid-point review",
        ownerId: coachId,
        dueOn: day(5),
        createdBy: coachId,
        createdAt: new Date(now - 2 * DAY),
      },
    ]);
    const [partly] = await tx
      .select({ id: sessionCommitment.id, markedAt: sessionCommitment.markedAt })
      .from(sessionCommitment)
      .where(
        and(
          eq(sessionCommitment.engagementId, engagementId),
          eq(sessionCommitment.status, "partly_done"),
        ),
      )
      .limit(1);
    if (!partly?.markedAt) return;
    const markedAt = partly.markedAt;
    const after = (hours: number) => new Date(markedAt.getTime() + hours * 3_600_000);
    await tx.insert(commitmentComment).values([
      {
        commitmentId: partly.id,
        authorId: coachId,
        text: "Checking the numbers against the brief is real progress. What made you rewrite the summary?",
        createdAt: after(20),
      },
      {
        commitmentId: partly.id,
        authorId: clientId,
        text: "It did not sound like me. Which is probably the point. I will send the next one back with a question.",
        createdAt: after(26),
      },
    ]);
  });
}
