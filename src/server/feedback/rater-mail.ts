import type { RaterGroup } from "../../domain/feedback/rater-groups";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import type { feedbackCampaign } from "../db/schema";
import type { CampaignFacts } from "./campaign-queries";
import type { ReminderKind } from "./deadlines";
import { raterInvitationMail, raterLinkAgainMail, raterReminderMail } from "./feedback-mails";
import { raterToken, surveyUrl } from "./rater-tokens";

export type RaterMailDeps = Pick<AppContext, "mailer" | "config" | "authSecret">;

type Campaign = Pick<
  typeof feedbackCampaign.$inferSelect,
  "deadline" | "threshold" | "managerIdentified"
>;

interface Rater {
  id: string;
  name: string;
  email: string;
  group: RaterGroup;
}

/** The invitation, a reminder, or the same link again at the coach's asking. */
export type RaterMailKind = "invitation" | "again" | ReminderKind;

/**
 * Mails a rater their private link. The token is derived again from the rater's id; only its
 * hash was stored. Given a transaction, the mail exists only if that transaction commits.
 */
export async function mailRaterLink(
  deps: RaterMailDeps,
  campaign: Campaign,
  facts: CampaignFacts,
  rater: Rater,
  kind: RaterMailKind,
  tx?: Executor,
): Promise<void> {
  const input = {
    raterName: rater.name,
    group: rater.group,
    clientName: facts.clientName,
    coachName: facts.coachName,
    practiceName: facts.practiceName,
    deadline: campaign.deadline,
    threshold: campaign.threshold,
    managerIdentified: campaign.managerIdentified,
    url: surveyUrl(deps.config.publicUrl, raterToken(deps.authSecret, rater.id)),
  };
  const mail =
    kind === "invitation"
      ? raterInvitationMail(input)
      : kind === "again"
        ? raterLinkAgainMail(input)
        : raterReminderMail({ ...input, kind });
  // Of no practice, like a password reset: an admin's outbox must not hold a rater's link.
  await deps.mailer.send({ to: rater.email, ...mail, practiceId: null }, tx);
}

export function campaignPageUrl(publicUrl: string, campaignId: string): string {
  return `${publicUrl}/feedback-campaigns/${campaignId}`;
}
