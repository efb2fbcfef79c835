import type { EngagementRelation } from "../engagement/access";
import type { CampaignStatus } from "./campaign-status";

// Sending a rater their private link again: the coach runs the survey, so the coach may, while
// answers are collected and once the rater has a link. The client, who is the one rated, may
// not: a mail about the survey that the rated person can set off at will is pressure on the
// raters, and the client asks their coach instead. Whether the rater has answered plays no part,
// so the answer to a resend never tells the coach who answered (docs/decisions/009).

/** The shortest time between two resends of one rater's link. */
export const RESEND_INTERVAL_SECONDS = 10 * 60;

export function mayResendLink(
  relation: EngagementRelation | null,
  status: CampaignStatus,
  invited: boolean,
): boolean {
  return relation === "coach" && status === "collecting" && invited;
}
