import type { EngagementRelation } from "../engagement/access";

// Who reads an engagement's moves from coach to coach (decision 032). The client, the coach and
// the admin read when and from whom to whom; the sponsor does not (it is not among what the
// agreement lets them see). Why is for the admin and the coaches of that move alone: a reason
// such as a conflict or the client's wish may be confidential.

export const mayReadCoachChanges = (relation: EngagementRelation | null) =>
  relation === "coach" || relation === "client" || relation === "practice-admin";

export function mayReadMoveReason(
  viewer: { userId: string; isAdmin: boolean },
  move: { fromCoachId: string | null; toCoachId: string | null },
): boolean {
  return viewer.isAdmin || viewer.userId === move.fromCoachId || viewer.userId === move.toCoachId;
}
