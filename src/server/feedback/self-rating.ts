import type { z } from "zod";
import type { saveFeedbackAnswersBody, selfRatingView } from "../../contract/feedback";
import {
  answeredCount,
  mergeFeedbackAnswers,
  ratingProblems,
  submissionProblems,
} from "../../domain/feedback/answers";
import { CAMPAIGN_STATUSES, maySelfRate } from "../../domain/feedback/campaign-status";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import { AppError, forbidden, invalidInput } from "../http/errors";
import { saveSelfRatingsIfUnchanged } from "./campaign-queries";
import { type FoundCampaign, findCurrentCampaign } from "./campaign-service";
import { surveyModelOf } from "./survey-model";

// The client rates themselves on the same behaviours as their raters, from nomination until the
// campaign closes. The coach sees the self-rating only in the report, beside the others'.

const SELF_RATING_STATUSES = CAMPAIGN_STATUSES.filter((status) => maySelfRate("client", status));
const ATTEMPTS = 3;

export async function getSelfRating(
  ctx: AppContext,
  viewer: Viewer,
  campaignId: string,
): Promise<z.infer<typeof selfRatingView>> {
  const { campaign } = await findOwnSelfRating(ctx, viewer, campaignId);
  return {
    campaignId: campaign.id,
    status: campaign.status,
    submitted: campaign.selfSubmittedAt !== null,
    ratings: { ...campaign.selfRatings },
    model: surveyModelOf(campaign.model),
  };
}

/** A draft save of some ratings; one bad rating and nothing is saved. */
export async function saveSelfRating(
  ctx: AppContext,
  viewer: Viewer,
  campaignId: string,
  body: z.infer<typeof saveFeedbackAnswersBody>,
) {
  const commentsGiven = Object.values(body.comments).some((text) => text.trim() !== "");
  if (commentsGiven)
    throw invalidInput([
      { path: "comments", message: "A self-rating takes ratings only; comments come from raters" },
    ]);
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const { campaign } = await findOpenSelfRating(ctx, viewer, campaignId);
    const problems = ratingProblems(campaign.model, body.ratings);
    if (problems.length > 0)
      throw invalidInput(problems, "Some ratings need fixing; nothing was saved.");
    const read = campaign.selfRatings;
    const ratings = mergeFeedbackAnswers({ ratings: read, comments: {} }, body).ratings;
    const saved = await saveSelfRatingsIfUnchanged(ctx.db, campaignId, SELF_RATING_STATUSES, read, {
      selfRatings: ratings,
    });
    if (saved) return answeredCount(campaign.model, { ratings });
  }
  throw changing();
}

/** Submits the self-rating once: every behaviour rated or marked "not observed". */
export async function submitSelfRating(ctx: AppContext, viewer: Viewer, campaignId: string) {
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const { campaign } = await findOpenSelfRating(ctx, viewer, campaignId);
    const problems = submissionProblems(campaign.model, { ratings: campaign.selfRatings });
    if (problems.length > 0)
      throw new AppError(
        "incomplete",
        `Rate the ${problems.length === 1 ? "behaviour" : `${problems.length} behaviours`} left, or mark them "not observed", before submitting.`,
        { fields: problems },
      );
    const submitted = await saveSelfRatingsIfUnchanged(
      ctx.db,
      campaignId,
      SELF_RATING_STATUSES,
      campaign.selfRatings,
      { selfSubmittedAt: new Date() },
    );
    if (submitted) return getSelfRating(ctx, viewer, campaignId);
  }
  throw changing();
}

async function findOwnSelfRating(
  ctx: AppContext,
  viewer: Viewer,
  campaignId: string,
): Promise<FoundCampaign> {
  const found = await findCurrentCampaign(ctx, viewer, campaignId);
  if (found.relation !== "client")
    throw forbidden("The coach sees the client's self-rating in the report, beside the others'.");
  return found;
}

async function findOpenSelfRating(ctx: AppContext, viewer: Viewer, campaignId: string) {
  const found = await findOwnSelfRating(ctx, viewer, campaignId);
  if (found.campaign.selfSubmittedAt !== null)
    throw new AppError("self_rating_submitted", "You submitted your self-rating; it is final.");
  if (!maySelfRate(found.relation, found.campaign.status))
    throw new AppError(
      "self_rating_closed",
      found.campaign.status === "draft"
        ? "Your self-rating opens when your coach starts the nominations."
        : "This 360 feedback is closed; your self-rating can no longer change.",
    );
  return found;
}

function changing() {
  return new AppError("answers_changing", "Your ratings were changing as you saved; try again.");
}
