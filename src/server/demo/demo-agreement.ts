import type { AppContext } from "../context";
import { engagementAgreement } from "../db/schema";

// Daniel's three-way agreement with Maya and his manager Grace, agreed in his first week: the
// purpose, the goals they started from, and that Grace sees his goals' titles and status. Grace's
// view of the engagement shows those; Daniel narrows it on his engagement page.

const terms = {
  purpose:
    "Prepare Daniel to lead the operations department next year: a team that runs the day-to-day without him, and a leader people bring problems to early.",
  goals: [
    "Hand stretch work to the team leads and coach them through it",
    "Listen first in team meetings",
  ],
  sponsorSees: [
    "goal-titles" as const,
    "goal-status" as const,
    "sessions" as const,
    "stage" as const,
  ],
};

export async function seedDemoAgreement(
  ctx: AppContext,
  parties: { engagementId: string; coachId: string; clientId: string; sponsorId: string },
  agreedDaysAgo: number,
) {
  const at = (hoursLater: number) =>
    new Date(Date.now() - agreedDaysAgo * 86_400_000 + hoursLater * 3_600_000);
  await ctx.db.insert(engagementAgreement).values({
    engagementId: parties.engagementId,
    terms,
    acceptedBy: [
      { party: "coach", userId: parties.coachId, at: at(0).toISOString() },
      { party: "client", userId: parties.clientId, at: at(5).toISOString() },
      { party: "sponsor", userId: parties.sponsorId, at: at(26).toISOString() },
    ],
    inForce: terms,
    inForceAt: at(26),
    sponsorId: parties.sponsorId,
    updatedBy: parties.coachId,
    updatedAt: at(0),
  });
}
