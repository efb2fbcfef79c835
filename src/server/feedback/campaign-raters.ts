import { randomUUID } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { z } from "zod";
import type { EngagementRelation } from "../../domain/engagement/access";
import {
  CAMPAIGN_STATUSES,
  type CampaignStatus,
  mayEditRaters,
} from "../../domain/feedback/campaign-status";
import {
  type GroupLimits,
  RATER_NOUNS,
  type RaterGroup,
  ratersInWords,
} from "../../domain/feedback/rater-groups";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import { feedbackRater } from "../db/schema";
import { isUniqueViolation } from "../db/unique-violation";
import { AppError, conflict, forbidden, invalidInput, notFound } from "../http/errors";
import { lockCampaign, selectCampaignFacts, selectRater } from "./campaign-queries";
import { findCurrentCampaign, presentCampaign } from "./campaign-service";
import { mailRaterLink } from "./rater-mail";
import { raterToken, raterTokenHash } from "./rater-tokens";
import type { raterBody, raterChange } from "./schemas";

// The rater list: the client nominates while nominating, the coach edits until invitations go
// out and may add raters while collecting. Each change holds the campaign's row, so the limits
// are checked against the list as it is and a move of the campaign waits for the change.

type RaterInput = z.infer<typeof raterBody>;

export async function addRater(
  ctx: AppContext,
  viewer: Viewer,
  campaignId: string,
  input: RaterInput,
) {
  const found = await findCurrentCampaign(ctx, viewer, campaignId);
  refuseEditing(found.relation, found.campaign.status);
  const facts = await selectCampaignFacts(ctx.db, campaignId);
  refuseClientAsRater(input.email, facts.clientEmail);
  const id = randomUUID();
  const invited = await uniqueEmail(input.email, () =>
    ctx.db.transaction(async (tx) => {
      const { status, groupLimits } = await lockedForEditing(tx, campaignId, found.relation);
      await refuseFullGroup(tx, campaignId, input.group, groupLimits);
      const collecting = status === "collecting";
      await tx.insert(feedbackRater).values({
        id,
        campaignId,
        ...input,
        nominatedBy: viewer.userId,
        tokenHash: collecting ? raterTokenHash(raterToken(ctx.authSecret, id)) : null,
      });
      return collecting;
    }),
  );
  if (invited) await mailRaterLink(ctx, found.campaign, facts, { id, ...input });
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
  if (Object.keys(change).length === 0) return presentCampaign(ctx, found);
  if (change.email) {
    const facts = await selectCampaignFacts(ctx.db, rater.campaignId);
    refuseClientAsRater(change.email, facts.clientEmail);
  }
  await uniqueEmail(change.email ?? rater.email, () =>
    ctx.db.transaction(async (tx) => {
      const { groupLimits } = await lockedForEditing(tx, rater.campaignId, found.relation);
      if (change.group && change.group !== rater.group)
        await refuseFullGroup(tx, rater.campaignId, change.group, groupLimits);
      const [changed] = await tx
        .update(feedbackRater)
        .set(change)
        .where(and(eq(feedbackRater.id, raterId), isNull(feedbackRater.tokenHash)))
        .returning({ id: feedbackRater.id });
      if (!changed) throw alreadyInvited();
    }),
  );
  return presentCampaign(ctx, await findCurrentCampaign(ctx, viewer, rater.campaignId));
}

/**
 * Removing a rater while answers are being collected is refused for every rater alike: allowing
 * it only for those who have not answered would tell the coach who has.
 */
export async function removeRater(ctx: AppContext, viewer: Viewer, raterId: string) {
  const { rater, found } = await findRater(ctx, viewer, raterId);
  refuseEditing(found.relation, found.campaign.status);
  if (found.campaign.status === "collecting") throw noRemovalWhileCollecting();
  await ctx.db.transaction(async (tx) => {
    const { status } = await lockedForEditing(tx, rater.campaignId, found.relation);
    if (status === "collecting") throw noRemovalWhileCollecting();
    await tx.delete(feedbackRater).where(eq(feedbackRater.id, raterId));
  });
  return presentCampaign(ctx, await findCurrentCampaign(ctx, viewer, rater.campaignId));
}

/** The rater and their campaign, when the campaign is the viewer's; otherwise a 404. */
async function findRater(ctx: AppContext, viewer: Viewer, raterId: string) {
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
  if (!CAMPAIGN_STATUSES.some((any) => mayEditRaters(relation, any)))
    throw forbidden("Only the client and their coach change the list of raters.");
  throw conflict(
    "raters_locked",
    relation === "client"
      ? "The list of raters is with your coach now; ask them for any change."
      : "This 360 feedback is closed; its raters can no longer change.",
  );
}

async function lockedForEditing(tx: Executor, campaignId: string, relation: EngagementRelation) {
  const locked = await lockCampaign(tx, campaignId);
  refuseEditing(relation, locked.status);
  return locked;
}

async function refuseFullGroup(
  tx: Executor,
  campaignId: string,
  group: RaterGroup,
  limits: GroupLimits,
) {
  const [row] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(feedbackRater)
    .where(and(eq(feedbackRater.campaignId, campaignId), eq(feedbackRater.group, group)));
  const { max } = limits[group];
  if ((row?.count ?? 0) >= max)
    throw invalidInput([{ path: "group", message: atMost(group, max) }], "This group is full.");
}

function atMost(group: RaterGroup, max: number): string {
  if (max === 0) return `No ${RATER_NOUNS[group].many} in this 360 feedback`;
  return `At most ${ratersInWords(group, max)}`;
}

function refuseClientAsRater(email: string, clientEmail: string) {
  if (email.trim().toLowerCase() === clientEmail.toLowerCase())
    throw invalidInput([
      { path: "email", message: "This is the client's own address; they rate themselves apart" },
    ]);
}

/** Runs a change to the list; an address already on it is a 409. */
async function uniqueEmail<T>(email: string, change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } catch (error) {
    if (isUniqueViolation(error, "feedback_rater_email_unique"))
      throw conflict("rater_exists", `${email} is already on the list of raters.`);
    throw error;
  }
}

function alreadyInvited() {
  return conflict(
    "rater_invited",
    "This rater already has their link; their name, address and group can no longer change.",
  );
}

function noRemovalWhileCollecting() {
  return conflict("raters_locked", "Raters cannot be removed while feedback is being collected.");
}
