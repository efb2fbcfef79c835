import { asc, eq } from "drizzle-orm";
import type { AddCommentBody, GoalComment } from "../../contract/goals";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import { goalComment, user } from "../db/schema";
import { requireGoal } from "./access";

// Coach and client comment on a goal either of them wrote; comments stay as written.

export async function listComments(
  ctx: AppContext,
  viewer: Viewer,
  goalId: string,
): Promise<GoalComment[]> {
  await requireGoal(ctx, viewer, goalId);
  const rows = await ctx.db
    .select({
      id: goalComment.id,
      goalId: goalComment.goalId,
      author: { id: user.id, name: user.name },
      body: goalComment.body,
      createdAt: goalComment.createdAt,
    })
    .from(goalComment)
    .innerJoin(user, eq(user.id, goalComment.authorId))
    .where(eq(goalComment.goalId, goalId))
    .orderBy(asc(goalComment.createdAt), asc(goalComment.id));
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}

export async function addComment(
  ctx: AppContext,
  viewer: Viewer,
  goalId: string,
  input: AddCommentBody,
): Promise<GoalComment> {
  const found = await requireGoal(ctx, viewer, goalId, true);
  const [row] = await ctx.db
    .insert(goalComment)
    .values({
      engagementId: found.engagementId,
      goalId,
      authorId: viewer.userId,
      body: input.body,
    })
    .returning();
  if (!row) throw new Error("comment was not added");
  return {
    id: row.id,
    goalId,
    author: { id: viewer.userId, name: viewer.name },
    body: row.body,
    createdAt: row.createdAt.toISOString(),
  };
}
