import type { Me } from "../../../../contract/accounts";
import type { EngagementSummary } from "../../../../contract/engagements";

/** Whether the viewer is the engagement's client or coach: the only ones who reflect in it. */
export function isParty(engagement: EngagementSummary, me: Me): boolean {
  return (
    (me.role === "client" && engagement.client.id === me.id) ||
    (me.role === "coach" && engagement.coach.id === me.id)
  );
}

/** The other side of a reflection, named for the viewer. */
export function otherSideName(engagement: EngagementSummary, me: Me): string {
  return me.id === engagement.client.id ? engagement.coach.name : engagement.client.name;
}
