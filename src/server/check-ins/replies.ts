import { eq } from "drizzle-orm";
import type { CheckInReply, CheckInReplyInput } from "../../contract/check-ins";
import type { Viewer } from "../access/viewer";
import { requireVisible } from "../access/visible-record";
import type { AppContext } from "../context";
import { checkIn, checkInReply, engagement } from "../db/schema";
import { clientWork } from "../engagements/client-work";
import { partyColumns } from "../engagements/queries";
import { AppError } from "../http/errors";

// The thread under a check-in: the coach replies to what the client sent, and the client may
// answer. Like the check-in itself, it is the client's and their coach's alone.

async function selectReplyGuard(ctx: AppContext, checkInId: string) {
  const [row] = await ctx.db
    .select({ engagementId: checkIn.engagementId, stage: engagement.stage, parties: partyColumns })
    .from(checkIn)
    .innerJoin(engagement, eq(engagement.id, checkIn.engagementId))
    .where(eq(checkIn.id, checkInId));
  return row;
}
type ReplyGuardRow = NonNullable<Awaited<ReturnType<typeof selectReplyGuard>>>;
const checkIns = clientWork<ReplyGuardRow>("This check-in");

export async function addReply(
  ctx: AppContext,
  viewer: Viewer,
  checkInId: string,
  input: CheckInReplyInput,
): Promise<CheckInReply> {
  const found = requireVisible(viewer, await selectReplyGuard(ctx, checkInId), checkIns).row;
  if (found.stage === "closed")
    throw new AppError(
      "engagement_closed",
      "This engagement is closed; its check-ins cannot change.",
    );
  const [added] = await ctx.db
    .insert(checkInReply)
    .values({
      checkInId,
      engagementId: found.engagementId,
      authorId: viewer.userId,
      text: input.text.trim(),
    })
    .returning();
  if (!added) throw new Error("the reply was not saved");
  return {
    id: added.id,
    text: added.text,
    createdAt: added.createdAt.toISOString(),
    author: { id: viewer.userId, name: viewer.name },
  };
}
