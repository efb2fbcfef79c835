import { eq } from "drizzle-orm";
import type { SessionList } from "../../contract/sessions";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import { engagement } from "../db/schema";
import { requireSessionsOf } from "./access";
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
    lateCancelHours: rules.lateCancelHours,
    mayBook: open && (relation === "coach" || allowance.left > 0),
  };
}
