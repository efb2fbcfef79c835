import { eq } from "drizzle-orm";
import type { z } from "zod";
import type {
  savedSurveyAnswers,
  saveFeedbackAnswersBody,
  surveyView,
} from "../../contract/feedback";
import {
  answeredCount,
  commentProblems,
  mergeFeedbackAnswers,
  ratingProblems,
  submissionProblems,
} from "../../domain/feedback/answers";
import { acceptsResponses } from "../../domain/feedback/campaign-status";
import type { FeedbackAnswers } from "../../domain/feedback/competency-model";
import type { AppContext } from "../context";
import type { Database, Transaction } from "../db/database";
import { feedbackCampaign, feedbackRater, practice, user } from "../db/schema";
import { AppError, invalidInput } from "../http/errors";
import { raterTokenHash } from "./rater-tokens";
import { AnswersTooLong, openAnswers, sealAnswers } from "./sealing";
import { surveyModelOf } from "./survey-model";

type SurveyView = z.infer<typeof surveyView>;
type AnswersPatch = z.infer<typeof saveFeedbackAnswersBody>;
type SavedAnswers = z.infer<typeof savedSurveyAnswers>;

const NO_ANSWERS: FeedbackAnswers = { ratings: {}, comments: {} };
/** raterToken: an HMAC-SHA256 in base64url. Anything else is not a link Keel sent. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

const invalidLink = () => new AppError("not_found", "This feedback link is not valid.");
const alreadySubmitted = () =>
  new AppError(
    "already_submitted",
    "You have already sent your feedback. Thank you: nothing more can be changed.",
  );
const surveyClosed = () =>
  new AppError("closed", "This survey has closed, so answers can no longer be given. Thank you.");

// The rater behind a link, with what the survey page tells them.

async function findByToken(db: Database, token: string) {
  if (!TOKEN_SHAPE.test(token)) throw invalidLink();
  const [row] = await db
    .select({
      raterId: feedbackRater.id,
      raterName: feedbackRater.name,
      group: feedbackRater.group,
      completed: feedbackRater.completed,
      sealedAnswers: feedbackRater.sealedAnswers,
      campaignId: feedbackCampaign.id,
      status: feedbackCampaign.status,
      closesAt: feedbackCampaign.closesAt,
      deadline: feedbackCampaign.deadline,
      timeZone: feedbackCampaign.timeZone,
      threshold: feedbackCampaign.threshold,
      managerIdentified: feedbackCampaign.managerIdentified,
      model: feedbackCampaign.model,
      clientName: user.name,
      practiceName: practice.name,
    })
    .from(feedbackRater)
    .innerJoin(feedbackCampaign, eq(feedbackCampaign.id, feedbackRater.campaignId))
    .innerJoin(user, eq(user.id, feedbackCampaign.clientId))
    .innerJoin(practice, eq(practice.id, feedbackCampaign.practiceId))
    .where(eq(feedbackRater.tokenHash, raterTokenHash(token)));
  if (!row) throw invalidLink();
  return row;
}
type RaterRow = Awaited<ReturnType<typeof findByToken>>;

function isCollecting(campaign: { status: RaterRow["status"]; closesAt: Date }): boolean {
  return acceptsResponses(campaign.status) && campaign.closesAt.getTime() > Date.now();
}

function stateOf(row: RaterRow): SurveyView["state"] {
  if (row.completed) return "submitted";
  return isCollecting(row) ? "open" : "closed";
}

function refuseUnlessOpen(row: RaterRow): void {
  const state = stateOf(row);
  if (state === "submitted") throw alreadySubmitted();
  if (state === "closed") throw surveyClosed();
}

function viewOf(row: RaterRow, secret: string): SurveyView {
  const open = stateOf(row) === "open";
  return {
    state: stateOf(row),
    clientName: row.clientName,
    practiceName: row.practiceName,
    raterName: row.raterName,
    group: row.group,
    deadline: row.deadline,
    threshold: row.threshold,
    managerIdentified: row.managerIdentified,
    model: open ? surveyModelOf(row.model) : null,
    answers: open ? answersOf(secret, row.raterId, row.sealedAnswers) : null,
  };
}

export async function surveyFor(ctx: AppContext, token: string): Promise<SurveyView> {
  return viewOf(await findByToken(ctx.db, token), ctx.authSecret);
}

function answersOf(secret: string, raterId: string, sealed: string | null): FeedbackAnswers {
  return sealed ? openAnswers(secret, raterId, sealed) : NO_ANSWERS;
}

// Saving a draft.

export async function saveSurveyAnswers(
  ctx: AppContext,
  token: string,
  patch: AnswersPatch,
): Promise<SavedAnswers> {
  const row = await findByToken(ctx.db, token);
  refuseUnlessOpen(row);
  const problems = [
    ...ratingProblems(row.model, patch.ratings),
    ...commentProblems(row.model, patch.comments),
  ];
  if (problems.length > 0) throw invalidInput(problems, "Some answers do not fit this survey.");
  const merged = await ctx.db.transaction(async (tx) => {
    const { rater } = await lockOpen(tx, row);
    const answers = mergeFeedbackAnswers(answersOf(ctx.authSecret, rater.id, rater.sealed), patch);
    await tx
      .update(feedbackRater)
      .set({ sealedAnswers: sealedOrRefused(ctx.authSecret, rater.id, answers) })
      .where(eq(feedbackRater.id, rater.id));
    return answers;
  });
  return answeredCount(row.model, merged);
}

/** Every seal has one size, which answers within the survey's limits fit (sealing.ts). */
function sealedOrRefused(secret: string, raterId: string, answers: FeedbackAnswers): string {
  try {
    return sealAnswers(secret, raterId, answers);
  } catch (error) {
    if (!(error instanceof AnswersTooLong)) throw error;
    throw invalidInput(
      [{ path: "comments", message: "Your comments are too long together. Shorten them." }],
      "Your answers are too long to keep.",
    );
  }
}

// Submitting.

/**
 * The rater's sealed answers become final: the row records `completed`, and the answers stay
 * sealed until the campaign closes, when closing.ts moves every rater's answers out at once.
 * The campaign row is share-locked, so closing waits for a submission in flight, or wins before it.
 */
export async function submitSurvey(ctx: AppContext, token: string): Promise<SurveyView> {
  const row = await findByToken(ctx.db, token);
  refuseUnlessOpen(row);
  await ctx.db.transaction(async (tx) => {
    const { campaign, rater } = await lockOpen(tx, row);
    const answers = answersOf(ctx.authSecret, rater.id, rater.sealed);
    const problems = submissionProblems(campaign.model, answers);
    if (problems.length > 0)
      throw invalidInput(
        problems,
        "Some behaviours are not rated yet. Rate each one or choose Not observed.",
      );
    await tx.update(feedbackRater).set({ completed: true }).where(eq(feedbackRater.id, rater.id));
  });
  return viewOf({ ...row, completed: true }, ctx.authSecret);
}

/** Locks the campaign (shared) and the rater, and refuses unless the rater may still answer. */
async function lockOpen(tx: Transaction, row: RaterRow) {
  const [campaign] = await tx
    .select({
      status: feedbackCampaign.status,
      closesAt: feedbackCampaign.closesAt,
      model: feedbackCampaign.model,
    })
    .from(feedbackCampaign)
    .where(eq(feedbackCampaign.id, row.campaignId))
    .for("share");
  const [rater] = await tx
    .select({
      id: feedbackRater.id,
      completed: feedbackRater.completed,
      sealed: feedbackRater.sealedAnswers,
    })
    .from(feedbackRater)
    .where(eq(feedbackRater.id, row.raterId))
    .for("update");
  if (!rater) throw invalidLink();
  if (rater.completed) throw alreadySubmitted();
  if (!campaign || !isCollecting(campaign)) throw surveyClosed();
  return { campaign, rater };
}
