import { eq } from "drizzle-orm";
import {
  CAMPAIGN_STATUS_LABELS,
  CAMPAIGN_STATUSES,
  type CampaignStatus,
  mayMove,
} from "../../domain/feedback/campaign-status";
import { nominationProblems } from "../../domain/feedback/nominations";
import type { Viewer } from "../access/viewer";
import { requireVerifiedAddress } from "../accounts/address-verification";
import { sendTopicMail } from "../accounts/mail-preferences";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import { feedbackCampaign, feedbackRater } from "../db/schema";
import { AppError, forbidden } from "../http/errors";
import { scheduleCampaignJobs } from "./campaign-jobs";
import { selectCampaignFacts, selectRaters, updateInStatus } from "./campaign-queries";
import {
  type FoundCampaign,
  findCurrentCampaign,
  getCampaign,
  refuseProblems,
} from "./campaign-service";
import { closeCampaign } from "./closing";
import { isAhead } from "./deadlines";
import {
  approvalRequestedMail,
  listReturnedMail,
  nominationsOpenMail,
  reportReadyMail,
} from "./feedback-mails";
import { campaignPageUrl, mailRaterLink } from "./rater-mail";
import { raterToken, raterTokenHash } from "./rater-tokens";
import { releasedReportColumns } from "./report-service";

type Campaign = FoundCampaign["campaign"];

/**
 * Moves a campaign along its life, with each move's effects. The status is changed only where it
 * is still the one read, so of two moves at once one wins and the other is a 409.
 */
export async function moveCampaign(
  ctx: AppContext,
  viewer: Viewer,
  id: string,
  to: CampaignStatus,
) {
  const found = await findCurrentCampaign(ctx, viewer, id);
  const from = found.campaign.status;
  if (!mayMove(found.relation, from, to)) refuseMove(found, to);
  if (to !== "closed") await requireVerifiedAddress(ctx, viewer);
  await EFFECTS[to](ctx, found.campaign, viewer);
  return getCampaign(ctx, viewer, id);
}

function refuseMove(found: FoundCampaign, to: CampaignStatus): never {
  if (!CAMPAIGN_STATUSES.some((from) => mayMove(found.relation, from, to)))
    throw forbidden(`Your role may not move a 360 feedback to "${CAMPAIGN_STATUS_LABELS[to]}".`);
  const from = found.campaign.status;
  throw new AppError(
    "invalid_move",
    `A 360 feedback in "${CAMPAIGN_STATUS_LABELS[from]}" cannot move to "${CAMPAIGN_STATUS_LABELS[to]}".`,
  );
}

type Effect = (ctx: AppContext, campaign: Campaign, viewer: Viewer) => Promise<void>;

const EFFECTS: Record<CampaignStatus, Effect> = {
  draft: async () => {
    throw new Error("no move leads back to draft");
  },
  nominating: openNominations,
  approval: askForApproval,
  collecting: inviteRaters,
  closed: async (ctx, campaign) => {
    if (!(await closeCampaign(ctx, campaign.id)))
      throw new AppError(
        "campaign_changed",
        "Someone changed this campaign meanwhile. Reload it and try again.",
      );
  },
  released: releaseReport,
};

/** From draft, or back from approval: the client (re)works the list. */
async function openNominations(ctx: AppContext, campaign: Campaign) {
  const from = campaign.status;
  await updateInStatus(ctx.db, campaign.id, from, { status: "nominating" });
  const facts = await selectCampaignFacts(ctx.db, campaign.id);
  const input = {
    clientName: facts.clientName,
    coachName: facts.coachName,
    url: campaignPageUrl(ctx.config.publicUrl, campaign.id),
  };
  const mail =
    from === "draft"
      ? nominationsOpenMail({ ...input, selfRatingUrl: `${input.url}/self-rating` })
      : listReturnedMail(input);
  await sendTopicMail(
    ctx,
    { userId: facts.clientId, topic: "feedback_updates" },
    { to: facts.clientEmail, ...mail, practiceId: campaign.practiceId },
  );
}

async function askForApproval(ctx: AppContext, campaign: Campaign, viewer: Viewer) {
  const raters = await ctx.db.transaction(async (tx) => {
    await updateInStatus(tx, campaign.id, "nominating", { status: "approval" });
    return refuseListBreakingLimits(tx, campaign);
  });
  const facts = await selectCampaignFacts(ctx.db, campaign.id);
  if (viewer.userId === facts.coachId) return;
  const mail = approvalRequestedMail({
    coachName: facts.coachName,
    clientName: facts.clientName,
    raterCount: raters.length,
    url: campaignPageUrl(ctx.config.publicUrl, campaign.id),
  });
  await sendTopicMail(
    ctx,
    { userId: facts.coachId, topic: "feedback_updates" },
    { to: facts.coachEmail, ...mail, practiceId: campaign.practiceId },
  );
}

/**
 * Approval: the move, every rater's link (its hash), their invitation mails and the close and
 * reminder jobs are one transaction, so either all of them happen or none does; the status
 * moves from approval only once, so each rater is invited once (docs/decisions/016).
 */
async function inviteRaters(ctx: AppContext, campaign: Campaign) {
  await ctx.db.transaction(async (tx) => {
    await updateInStatus(tx, campaign.id, "approval", {
      status: "collecting",
      invitedAt: new Date(),
    });
    const raters = await refuseListBreakingLimits(tx, campaign);
    if (!isAhead(campaign.deadline, campaign.timeZone))
      throw new AppError(
        "deadline_passed",
        "The deadline is today or past: move the deadline first, then approve.",
      );
    const facts = await selectCampaignFacts(tx, campaign.id);
    for (const rater of raters) {
      await tx
        .update(feedbackRater)
        .set({ tokenHash: raterTokenHash(raterToken(ctx.authSecret, rater.id)) })
        .where(eq(feedbackRater.id, rater.id));
      await mailRaterLink(ctx, campaign, facts, rater, "invitation", tx);
    }
    await scheduleCampaignJobs(ctx.jobs, campaign, tx);
  });
}

async function refuseListBreakingLimits(tx: Executor, campaign: Campaign) {
  const raters = await selectRaters(tx, campaign.id);
  refuseProblems(
    nominationProblems(raters, campaign.groupLimits),
    "The list of raters does not meet the limits of each group yet.",
  );
  return raters;
}

/** The report is computed once and frozen in the campaign's row: it never changes after. */
async function releaseReport(ctx: AppContext, campaign: Campaign) {
  await ctx.db.transaction(async (tx) => {
    // Locked first, so a redaction in flight is either in the frozen report or refused.
    await tx
      .select({ id: feedbackCampaign.id })
      .from(feedbackCampaign)
      .where(eq(feedbackCampaign.id, campaign.id))
      .for("update");
    await updateInStatus(tx, campaign.id, "closed", {
      status: "released",
      ...(await releasedReportColumns(tx, campaign)),
      releasedAt: new Date(),
    });
  });
  const facts = await selectCampaignFacts(ctx.db, campaign.id);
  const mail = reportReadyMail({
    clientName: facts.clientName,
    coachName: facts.coachName,
    url: `${campaignPageUrl(ctx.config.publicUrl, campaign.id)}/report`,
  });
  await sendTopicMail(
    ctx,
    { userId: facts.clientId, topic: "feedback_updates" },
    { to: facts.clientEmail, ...mail, practiceId: campaign.practiceId },
  );
}
