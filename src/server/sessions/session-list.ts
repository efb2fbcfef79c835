import { eq } from "drizzle-orm";
import type { SessionList } from "../../contract/sessions";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import { engagement } from "../db/schema";
import { requireCoachOf, requireSessionsOf } from "./access";
import { rulesOf } from "./availability";
import { allowanceFrom, presentSession, selectEngagementSessions } from "./queries";

/** The engagement's sessions, oldest first, with its allowance and what the viewer may do. */
export async function listSessions(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
): Promise<SessionList> {
  const { row, relation } = await requireSessionsOf(ctx, viewer, engagementId);
  const [rows, { rules }, [link]] = await Promise.all([
    selectEngagementSessions(ctx.db, engagementId),
    rulesOf(ctx.db, row.engagement.coachId),
    ctx.db
      .select({ meetingLink: engagement.meetingLink })
      .from(engagement)
      .where(eq(engagement.id, engagementId)),
  ]);
  const allowance = allowanceFrom(row.engagement.sessionsPlanned, rows);
  const now = new Date();
  const open = row.engagement.stage !== "closed";
  return {
    sessions: rows.map((r) => presentSession(r, rules.maxMoves, now)),
    allowance,
    meetingLink: link?.meetingLink ?? null,
    mayBook: open && (relation === "coach" || allowance.left > 0),
  };
}

/** The engagement's video link, used by every video session that has none of its own. */
export async function setMeetingLink(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
  meetingLink: string | null,
) {
  await requireCoachOf(ctx, viewer, engagementId);
  await ctx.db.update(engagement).set({ meetingLink }).where(eq(engagement.id, engagementId));
  return { meetingLink };
}
