import type { RaterLinkResent } from "../../contract/feedback";
import { CAMPAIGN_STATUS_LABELS, type CampaignStatus } from "../../domain/feedback/campaign-status";
import { mayResendLink, RESEND_INTERVAL_SECONDS } from "../../domain/feedback/rater-links";
import type { Viewer } from "../access/viewer";
import { requireVerifiedAddress } from "../accounts/address-verification";
import type { AppContext } from "../context";
import { AppError, forbidden } from "../http/errors";
import { consume, RateLimitError, waitOf } from "../http/rate-limit";
import { mailDeliveryOf } from "../mail/mailer";
import { lockCampaign, type SingleRater, selectCampaignFacts } from "./campaign-queries";
import { findRater } from "./campaign-raters";
import { mailRaterLink } from "./rater-mail";

/**
 * The coach mails a rater their same private link again, never seeing it. Whether the rater has
 * answered is never read here, so the answer is the same either way (docs/decisions/009). The
 * mail and the count that limits resends commit together, under the campaign's lock, so a close
 * meanwhile or a second click at once sends nothing more.
 */
export async function resendRaterLink(
  ctx: AppContext,
  viewer: Viewer,
  raterId: string,
): Promise<RaterLinkResent> {
  const { rater, found } = await findRater(ctx, viewer, raterId);
  if (found.relation !== "coach")
    throw forbidden("Only the coach sends a rater their link again; ask your coach.");
  refuseResending(found.campaign.status, rater);
  await requireVerifiedAddress(ctx, viewer);
  await ctx.db.transaction(async (tx) => {
    const { status } = await lockCampaign(tx, rater.campaignId);
    refuseResending(status, rater);
    const key = `rater-link:${rater.id}`;
    const { count, retryAfterSeconds } = await consume(tx, key, {
      windowSeconds: RESEND_INTERVAL_SECONDS,
    });
    if (count > 1) throw sentRecently(rater.name, retryAfterSeconds);
    const facts = await selectCampaignFacts(tx, rater.campaignId);
    await mailRaterLink(ctx, found.campaign, facts, rater, "again", tx);
  });
  return { mailDelivery: mailDeliveryOf(ctx.config) };
}

function refuseResending(status: CampaignStatus, rater: SingleRater) {
  if (mayResendLink("coach", status, rater.invited)) return;
  if (status === "closed" || status === "released")
    throw new AppError("campaign_closed", "This 360 feedback is closed; its links no longer open.");
  if (status !== "collecting")
    throw new AppError(
      "rater_not_invited",
      `Links go out once you approve the list; this 360 feedback is "${CAMPAIGN_STATUS_LABELS[status]}".`,
    );
  throw new AppError(
    "rater_waiting",
    `${rater.name} waits for approval and has no link yet; they get one once approved.`,
  );
}

function sentRecently(name: string, retryAfterSeconds: number) {
  return new RateLimitError(
    retryAfterSeconds,
    `You asked for ${name}'s link to go out again less than 10 minutes ago. You can ask again in ${waitOf(retryAfterSeconds)}.`,
  );
}
