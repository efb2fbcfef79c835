import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import {
  answeredCount,
  commentProblems,
  mergeFeedbackAnswers,
  ratingProblems,
  submissionProblems,
} from "../../domain/feedback/answers";
import { acceptsResponses } from "../../domain/feedback/campaign-status";
import type { CompetencyModel, FeedbackAnswers } from "../../domain/feedback/competency-model";
import type { AppContext } from "../context";
import type { Database, Transaction } from "../db/database";
import {
  feedbackCampaign,
  feedbackComment,
  feedbackRater,
  feedbackResponse,
  practice,
  user,
} from "../db/schema";
import { AppError, conflict, invalidInput } from "../http/errors";
import { raterTokenHash } from "./rater-tokens";
import type { savedSurveyAnswers, saveFeedbackAnswersBody, surveyView } from "./schemas";
import { surveyModelOf } from "./survey-model";

type SurveyView = z.infer<typeof surveyView>;
type AnswersPatch = z.infer<typeof saveFeedbackAnswersBody>;
type SavedAnswers = z.infer<typeof savedSurveyAnswers>;

const NO_ANSWERS: FeedbackAnswers = { ratings: {}, comments: {} };
/** raterToken: an HMAC-SHA256 in base64url. Anything else is not a link Keel sent. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

const invalidLink = () => new AppError(404, "not_found", "This feedback link is not valid.");
const alreadySubmitted = () =>
  conflict(
    "already_submitted",
    "You have already sent your feedback. Thank you: nothing more can be changed.",
  );
const surveyClosed = () =>
  conflict("closed", "This survey has closed, so answers can no longer be given. Thank you.");

// The rater behind a link, with what the survey page tells them.

async function findByToken(db: Database, token: string) {
  if (!TOKEN_SHAPE.test(token)) throw invalidLink();
  const [row] = await db
    .select({
      raterId: feedbackRater.id,
      raterName: feedbackRater.name,
      group: feedbackRater.group,
      completed: feedbackRater.completed,
      draft: feedbackRater.draft,
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

function viewOf(row: RaterRow): SurveyView {
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
    answers: open ? (row.draft ?? NO_ANSWERS) : null,
  };
}

export async function surveyFor(ctx: AppContext, token: string): Promise<SurveyView> {
  return viewOf(await findByToken(ctx.db, token));
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
  const draft = await mergeIntoDraft(ctx.db, row.raterId, patch);
  if (!draft) throw await refusalAfterRace(ctx.db, token);
  return answeredCount(row.model, draft);
}

/**
 * One UPDATE merges the patch into the draft, only while the rater has not submitted and the
 * campaign still collects: a save racing a submission or the closing cannot half-win.
 * Comments cleared with "" become JSON nulls, which jsonb_strip_nulls removes.
 */
async function mergeIntoDraft(db: Database, raterId: string, patch: AnswersPatch) {
  const kept = mergeFeedbackAnswers(null, patch).comments;
  const comments = Object.fromEntries(
    Object.keys(patch.comments).map((id) => [id, kept[id] ?? null]),
  );
  const current = (part: string) => sql`coalesce(${feedbackRater.draft} -> ${part}, '{}'::jsonb)`;
  const [row] = await db
    .update(feedbackRater)
    .set({
      draft: sql`jsonb_build_object(
        'ratings', ${current("ratings")} || ${JSON.stringify(patch.ratings)}::jsonb,
        'comments', jsonb_strip_nulls(${current("comments")} || ${JSON.stringify(comments)}::jsonb)
      )`,
    })
    .where(
      and(
        eq(feedbackRater.id, raterId),
        eq(feedbackRater.completed, false),
        sql`exists (select 1 from ${feedbackCampaign}
          where ${feedbackCampaign.id} = ${feedbackRater.campaignId}
            and ${feedbackCampaign.status} = 'collecting'
            and ${feedbackCampaign.closesAt} > now())`,
      ),
    )
    .returning({ draft: feedbackRater.draft });
  return row?.draft ?? null;
}

/** Why a conditional write matched nothing: the state as it is now. */
async function refusalAfterRace(db: Database, token: string): Promise<AppError> {
  const row = await findByToken(db, token);
  return row.completed ? alreadySubmitted() : surveyClosed();
}

// Submitting.

/**
 * In one transaction: the ratings become a feedback_response and each comment a feedback_comment,
 * with the group and the day only, and the rater's row keeps nothing but `completed`. The
 * campaign row is share-locked so that closing waits for a submission in flight, or wins before it.
 */
export async function submitSurvey(ctx: AppContext, token: string): Promise<SurveyView> {
  const row = await findByToken(ctx.db, token);
  refuseUnlessOpen(row);
  await ctx.db.transaction(async (tx) => {
    const campaign = await lockCampaign(tx, row.campaignId);
    const rater = await lockRater(tx, row.raterId);
    if (!rater) throw invalidLink();
    if (rater.completed) throw alreadySubmitted();
    if (!campaign || !isCollecting(campaign)) throw surveyClosed();
    const answers = rater.draft ?? NO_ANSWERS;
    const problems = submissionProblems(campaign.model, answers);
    if (problems.length > 0)
      throw invalidInput(
        problems,
        "Some behaviours are not rated yet. Rate each one or choose Not observed.",
      );
    await storeAnonymously(tx, { ...campaign, group: rater.group }, answers);
    const done = await tx
      .update(feedbackRater)
      .set({ completed: true, draft: null })
      .where(and(eq(feedbackRater.id, rater.id), eq(feedbackRater.completed, false)))
      .returning({ id: feedbackRater.id });
    if (done.length === 0) throw alreadySubmitted();
  });
  return viewOf({ ...row, completed: true, draft: null });
}

async function lockCampaign(tx: Transaction, campaignId: string) {
  const [campaign] = await tx
    .select({
      id: feedbackCampaign.id,
      status: feedbackCampaign.status,
      closesAt: feedbackCampaign.closesAt,
      timeZone: feedbackCampaign.timeZone,
      model: feedbackCampaign.model,
    })
    .from(feedbackCampaign)
    .where(eq(feedbackCampaign.id, campaignId))
    .for("share");
  return campaign;
}

async function lockRater(tx: Transaction, raterId: string) {
  const [rater] = await tx
    .select({
      id: feedbackRater.id,
      group: feedbackRater.group,
      completed: feedbackRater.completed,
      draft: feedbackRater.draft,
    })
    .from(feedbackRater)
    .where(eq(feedbackRater.id, raterId))
    .for("update");
  return rater;
}

/** Rows that name no rater and no invitation, dated to the day in the campaign's time zone. */
async function storeAnonymously(
  tx: Transaction,
  campaign: { id: string; timeZone: string; model: CompetencyModel; group: RaterRow["group"] },
  answers: FeedbackAnswers,
) {
  const { ratings, comments } = answersToModel(campaign.model, answers);
  await tx.insert(feedbackResponse).values({
    campaignId: campaign.id,
    group: campaign.group,
    ratings,
    submittedOn: dayIn(campaign.timeZone),
  });
  if (comments.length === 0) return;
  await tx.insert(feedbackComment).values(
    comments.map(({ questionId, text }) => ({
      campaignId: campaign.id,
      group: campaign.group,
      questionId,
      text,
    })),
  );
}

/** The answers to the model's own items and questions, in its order; empty comments dropped. */
function answersToModel(model: CompetencyModel, answers: FeedbackAnswers) {
  const ratings = Object.fromEntries(
    model.competencies
      .flatMap((competency) => competency.items)
      .filter((item) => answers.ratings[item.id] !== undefined)
      .map((item) => [item.id, answers.ratings[item.id] ?? null]),
  );
  const comments = model.openQuestions
    .map((question) => ({
      questionId: question.id,
      text: (answers.comments[question.id] ?? "").trim(),
    }))
    .filter((comment) => comment.text !== "");
  return { ratings, comments };
}

/** Today as YYYY-MM-DD where the campaign runs: the finest time a response carries. */
export function dayIn(timeZone: string, at: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}
