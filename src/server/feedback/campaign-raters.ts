import { and, eq, isNull } from "drizzle-orm";
import type { z } from "zod";
import type { raterBody, raterChange } from "../../contract/feedback";
import type { EngagementRelation } from "../../domain/engagement/access";
import {
  CAMPAIGN_STATUSES,
  type CampaignStatus,
  mayAddRaters,
  mayEditRaters,
} from "../../domain/feedback/campaign-status";
import {
  adderOf,
  additionsNeedApproval,
  approverOf,
  mayDecideOn,
} from "../../domain/feedback/late-raters";
import { mailboxOf } from "../../domain/feedback/mailbox";
import { raterAddressProblem } from "../../domain/feedback/rater-addresses";
import {
  type GroupLimits,
  RATER_NOUNS,
  type RaterGroup,
  ratersInWords,
} from "../../domain/feedback/rater-groups";
import type { Viewer } from "../access/viewer";
import { requireVerifiedAddress } from "../accounts/address-verification";
import { sendTopicMail } from "../accounts/mail-preferences";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import { feedbackRater } from "../db/schema";
import { isUniqueViolation } from "../db/unique-violation";
import { AppError, forbidden, invalidInput, notFound } from "../http/errors";
import {
  type CampaignFacts,
  lockCampaign,
  type RaterRow,
  type SingleRater,
  selectCampaignFacts,
  selectRater,
  selectRaters,
} from "./campaign-queries";
import { type FoundCampaign, findCurrentCampaign, presentCampaign } from "./campaign-service";
import { raterApprovalNeededMail } from "./feedback-mails";
import { campaignPageUrl, mailRaterLink } from "./rater-mail";
import { raterToken, raterTokenHash } from "./rater-tokens";

// The rater list: the client nominates while nominating, the coach edits until invitations go
// out. Once answers are being collected the list is frozen: either party may still add a rater,
// who gets no link until the other party approves (docs/decisions/009). Each change holds the
// campaign's row, so the limits and addresses are checked against the list as it is and a move
// of the campaign waits for the change.

type RaterInput = z.infer<typeof raterBody>;

export async function addRater(
  ctx: AppContext,
  viewer: Viewer,
  campaignId: string,
  input: RaterInput,
) {
  const found = await findCurrentCampaign(ctx, viewer, campaignId);
  refuseAdding(found.relation, found.campaign.status);
  // A rater added late is mailed to the other party to approve.
  if (additionsNeedApproval(found.campaign.status)) await requireVerifiedAddress(ctx, viewer);
  const facts = await selectCampaignFacts(ctx.db, campaignId);
  const late = await oneMailboxEach(input.email, () =>
    ctx.db.transaction(async (tx) => {
      const { status, groupLimits } = await lockCampaign(tx, campaignId);
      refuseAdding(found.relation, status);
      const raters = await selectRaters(tx, campaignId);
      refuseAddress(input.email, facts, raters);
      refuseFullGroup(raters, input.group, groupLimits);
      const late = additionsNeedApproval(status);
      await tx.insert(feedbackRater).values({
        campaignId,
        ...input,
        mailbox: mailboxOf(input.email),
        nominatedBy: viewer.userId,
        addedLate: late,
      });
      return late;
    }),
  );
  if (late) await askForApproval(ctx, found, facts, input);
  return presentCampaign(ctx, await findCurrentCampaign(ctx, viewer, campaignId));
}

export async function changeRater(
  ctx: AppContext,
  viewer: Viewer,
  raterId: string,
  change: z.infer<typeof raterChange>,
) {
  const { rater, found } = await findRater(ctx, viewer, raterId);
  refuseEditing(found.relation, found.campaign.status);
  if (rater.invited) throw alreadyInvited();
  if (rater.addedLate) throw waitingCannotChange();
  if (Object.keys(change).length === 0) return presentCampaign(ctx, found);
  const facts = await selectCampaignFacts(ctx.db, rater.campaignId);
  await oneMailboxEach(change.email ?? rater.email, () =>
    ctx.db.transaction(async (tx) => {
      const { status, groupLimits } = await lockCampaign(tx, rater.campaignId);
      refuseEditing(found.relation, status);
      const raters = await selectRaters(tx, rater.campaignId);
      if (change.email) refuseAddress(change.email, facts, raters, raterId);
      if (change.group && change.group !== rater.group)
        refuseFullGroup(raters, change.group, groupLimits);
      const [changed] = await tx
        .update(feedbackRater)
        .set({ ...change, ...(change.email ? { mailbox: mailboxOf(change.email) } : {}) })
        .where(and(eq(feedbackRater.id, raterId), isNull(feedbackRater.tokenHash)))
        .returning({ id: feedbackRater.id });
      if (!changed) throw alreadyInvited();
    }),
  );
  return presentCampaign(ctx, await findCurrentCampaign(ctx, viewer, rater.campaignId));
}

/**
 * Removing a rater while answers are being collected is refused for every invited rater alike:
 * allowing it only for those who have not answered would tell the coach who has. A rater still
 * waiting for approval has no link, so either party may take them off: the one who added them
 * withdraws them, the other declines them.
 */
export async function removeRater(ctx: AppContext, viewer: Viewer, raterId: string) {
  const { rater, found } = await findRater(ctx, viewer, raterId);
  if (isWaiting(rater, found.campaign.status)) return withdrawWaiting(ctx, viewer, rater);
  refuseEditing(found.relation, found.campaign.status);
  if (found.campaign.status === "collecting") throw noRemovalWhileCollecting();
  await ctx.db.transaction(async (tx) => {
    const { status } = await lockCampaign(tx, rater.campaignId);
    refuseEditing(found.relation, status);
    if (status === "collecting") throw noRemovalWhileCollecting();
    await tx.delete(feedbackRater).where(eq(feedbackRater.id, raterId));
  });
  return presentCampaign(ctx, await findCurrentCampaign(ctx, viewer, rater.campaignId));
}

/** The other party approves a rater added while collecting: only now do they get their link. */
export async function approveRater(ctx: AppContext, viewer: Viewer, raterId: string) {
  const { rater, found } = await findRater(ctx, viewer, raterId);
  refuseDeciding(found, rater);
  await requireVerifiedAddress(ctx, viewer);
  const tokenHash = raterTokenHash(raterToken(ctx.authSecret, rater.id));
  // The link and its mail commit together; only one approval finds the rater still waiting.
  await ctx.db.transaction(async (tx) => {
    const { status } = await lockCampaign(tx, rater.campaignId);
    if (status !== "collecting") throw notWaiting(status);
    const [approved] = await tx
      .update(feedbackRater)
      .set({ tokenHash, approvedBy: viewer.userId })
      .where(stillWaiting(rater.id))
      .returning({ id: feedbackRater.id });
    if (!approved) throw notWaiting(status);
    const facts = await selectCampaignFacts(tx, rater.campaignId);
    await mailRaterLink(ctx, found.campaign, facts, rater, "invitation", tx);
  });
  return presentCampaign(ctx, await findCurrentCampaign(ctx, viewer, rater.campaignId));
}

/** The other party declines a rater added while collecting: they are taken off, never asked. */
export async function declineRater(ctx: AppContext, viewer: Viewer, raterId: string) {
  const { rater, found } = await findRater(ctx, viewer, raterId);
  refuseDeciding(found, rater);
  return withdrawWaiting(ctx, viewer, rater);
}

async function withdrawWaiting(ctx: AppContext, viewer: Viewer, rater: SingleRater) {
  await ctx.db.transaction(async (tx) => {
    const { status } = await lockCampaign(tx, rater.campaignId);
    if (status !== "collecting") throw notWaiting(status);
    const [removed] = await tx
      .delete(feedbackRater)
      .where(stillWaiting(rater.id))
      .returning({ id: feedbackRater.id });
    if (!removed) throw notWaiting(status);
  });
  return presentCampaign(ctx, await findCurrentCampaign(ctx, viewer, rater.campaignId));
}

/**
 * Starts a repeat's list with its baseline's raters, within the transaction that creates it:
 * each is checked as an added rater is (no person of the engagement, one per mailbox, the group
 * limits), and one refused refuses the whole copy.
 */
export async function copyRatersInto(
  tx: Executor,
  viewer: Viewer,
  from: string,
  to: string,
): Promise<void> {
  const baseline = await selectRaters(tx, from);
  const facts = await selectCampaignFacts(tx, to);
  const { groupLimits } = await lockCampaign(tx, to);
  const invited = baseline.filter((rater) => !rater.addedLate || rater.approvedByName !== null);
  for (const { name, email, group } of invited) {
    const raters = await selectRaters(tx, to);
    refuseAddress(email, facts, raters);
    refuseFullGroup(raters, group, groupLimits);
    await tx.insert(feedbackRater).values({
      campaignId: to,
      name,
      email,
      group,
      mailbox: mailboxOf(email),
      nominatedBy: viewer.userId,
    });
  }
}

/** The rater's row while it still waits for approval: added late, with no link yet. */
function stillWaiting(raterId: string) {
  return and(
    eq(feedbackRater.id, raterId),
    eq(feedbackRater.addedLate, true),
    isNull(feedbackRater.tokenHash),
  );
}

function isWaiting(rater: SingleRater, status: CampaignStatus): boolean {
  return rater.addedLate && !rater.invited && additionsNeedApproval(status);
}

/** 403 for the party who added the rater (the other one decides), 409 if nothing waits. */
function refuseDeciding(found: FoundCampaign, rater: SingleRater) {
  const { status } = found.campaign;
  const adder = adderOf(rater.nominatedBy, found.campaign.clientId);
  if (!isWaiting(rater, status)) throw notWaiting(status);
  if (mayDecideOn(found.relation, adder, status)) return;
  throw forbidden(
    `You added this rater; ${approverOf(adder) === "client" ? "the client" : "the coach"} approves or declines them.`,
  );
}

async function askForApproval(
  ctx: AppContext,
  found: FoundCampaign,
  facts: CampaignFacts,
  rater: RaterInput,
) {
  const approver = approverOf(found.relation === "client" ? "client" : "coach");
  const mail = raterApprovalNeededMail({
    approverName: approver === "client" ? facts.clientName : facts.coachName,
    adderName: approver === "client" ? facts.coachName : facts.clientName,
    raterName: rater.name,
    raterEmail: rater.email,
    group: rater.group,
    url: campaignPageUrl(ctx.config.publicUrl, found.campaign.id),
  });
  await sendTopicMail(
    ctx,
    {
      userId: approver === "client" ? facts.clientId : facts.coachId,
      topic: "feedback_updates",
    },
    {
      to: approver === "client" ? facts.clientEmail : facts.coachEmail,
      ...mail,
      practiceId: found.campaign.practiceId,
    },
  );
}

/** The rater and their campaign, when the campaign is the viewer's; otherwise a 404. */
export async function findRater(ctx: AppContext, viewer: Viewer, raterId: string) {
  const rater = await selectRater(ctx.db, raterId);
  if (!rater) throw notFound("This rater");
  const found = await findCurrentCampaign(ctx, viewer, rater.campaignId).catch((error) => {
    throw error instanceof AppError && error.status === 404 ? notFound("This rater") : error;
  });
  return { rater, found };
}

/** 403 for a role that never edits the list, 409 for one that may, but not now. */
function refuseEditing(relation: EngagementRelation, status: CampaignStatus) {
  if (mayEditRaters(relation, status)) return;
  refuseListChange(relation, status, mayEditRaters);
}

function refuseAdding(relation: EngagementRelation, status: CampaignStatus) {
  if (mayAddRaters(relation, status)) return;
  refuseListChange(relation, status, mayAddRaters);
}

function refuseListChange(
  relation: EngagementRelation,
  status: CampaignStatus,
  may: (relation: EngagementRelation, status: CampaignStatus) => boolean,
): never {
  if (!CAMPAIGN_STATUSES.some((any) => may(relation, any)))
    throw forbidden("Only the client and their coach change the list of raters.");
  throw new AppError(
    "raters_locked",
    status === "closed" || status === "released"
      ? "This 360 feedback is closed; its raters can no longer change."
      : relation === "client"
        ? "The list of raters is with your coach now; ask them for any change."
        : "Invitations have gone out; raters can only be added now, with the client's approval.",
  );
}

/** A rater's address may be no person's of the engagement, nor a mailbox already listed. */
function refuseAddress(email: string, facts: CampaignFacts, raters: RaterRow[], self?: string) {
  const people = [
    { role: "client" as const, email: facts.clientEmail },
    { role: "coach" as const, email: facts.coachEmail },
    ...(facts.sponsorEmail ? [{ role: "sponsor" as const, email: facts.sponsorEmail }] : []),
  ];
  const problem = raterAddressProblem(email, people, raters, self);
  if (problem) throw invalidInput([problem], "This address cannot be a rater.");
}

/** The group's maximum counts every rater on the list, those waiting for approval too. */
function refuseFullGroup(raters: RaterRow[], group: RaterGroup, limits: GroupLimits) {
  const { max } = limits[group];
  if (raters.filter((rater) => rater.group === group).length >= max)
    throw invalidInput([{ path: "group", message: atMost(group, max) }], "This group is full.");
}

function atMost(group: RaterGroup, max: number): string {
  if (max === 0) return `No ${RATER_NOUNS[group].many} in this 360 feedback`;
  return `At most ${ratersInWords(group, max)}`;
}

/**
 * Runs a change to the list. The address was checked against the list under the campaign's
 * lock; the mailbox index refuses a second one all the same if anything slipped past.
 */
async function oneMailboxEach<T>(email: string, change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } catch (error) {
    if (isUniqueViolation(error, "feedback_rater_mailbox_unique"))
      throw invalidInput(
        [{ path: "email", message: `${email} is the same mailbox as a rater already on the list` }],
        "This address cannot be a rater.",
      );
    throw error;
  }
}

function alreadyInvited() {
  return new AppError(
    "rater_invited",
    "This rater already has their link; their name, address and group can no longer change.",
  );
}

function waitingCannotChange() {
  return new AppError(
    "rater_waiting",
    "This rater waits for approval as they were added; remove them and add them again to change them.",
  );
}

function notWaiting(status: CampaignStatus) {
  return new AppError(
    "rater_not_waiting",
    status === "collecting"
      ? "This rater is not waiting for approval."
      : "This 360 feedback is no longer collecting answers; raters who waited for approval were never invited.",
  );
}

function noRemovalWhileCollecting() {
  return new AppError(
    "raters_locked",
    "Raters cannot be removed while feedback is being collected.",
  );
}
