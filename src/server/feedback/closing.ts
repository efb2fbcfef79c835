import { randomInt } from "node:crypto";
import { and, eq, isNotNull, lte, type SQL, sql } from "drizzle-orm";
import type { CompetencyModel, FeedbackAnswers } from "../../domain/feedback/competency-model";
import type { RaterGroup } from "../../domain/feedback/rater-groups";
import type { Database, Transaction } from "../db/database";
import { feedbackCampaign, feedbackComment, feedbackRater, feedbackResponse } from "../db/schema";
import { todayIn } from "./deadlines";
import { openAnswers } from "./sealing";

/**
 * Closes a collecting campaign (by its coach, by the deadline job, or when read past its
 * deadline) and, in the same transaction, takes every rater's sealed answers out of their rows
 * into feedback_response and feedback_comment, shuffled and dated to the closing day. All those
 * rows are written by one transaction, together, so neither their order, their day nor their
 * PostgreSQL transaction id ties one of them to a rater. Drafts never sent are dropped.
 * Returns whether this call closed it.
 */
export async function closeCampaign(
  db: Database,
  secret: string,
  campaignId: string,
  only?: SQL,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [closed] = await tx
      .update(feedbackCampaign)
      .set({ status: "closed", closedAt: new Date() })
      .where(
        and(eq(feedbackCampaign.id, campaignId), eq(feedbackCampaign.status, "collecting"), only),
      )
      .returning({
        id: feedbackCampaign.id,
        model: feedbackCampaign.model,
        timeZone: feedbackCampaign.timeZone,
      });
    if (!closed) return false;
    await unsealAnswers(tx, secret, closed);
    return true;
  });
}

/** Closes the campaign only if its deadline has passed (and, from a job, is still the job's). */
export function closeIfDue(
  db: Database,
  secret: string,
  campaignId: string,
  match: { deadline?: string; timeZone?: string } = {},
): Promise<boolean> {
  return closeCampaign(
    db,
    secret,
    campaignId,
    and(
      lte(feedbackCampaign.closesAt, sql`now()`),
      match.deadline ? eq(feedbackCampaign.deadline, match.deadline) : undefined,
      match.timeZone ? eq(feedbackCampaign.timeZone, match.timeZone) : undefined,
    ),
  );
}

interface ClosedCampaign {
  id: string;
  model: CompetencyModel;
  timeZone: string;
}

async function unsealAnswers(tx: Transaction, secret: string, campaign: ClosedCampaign) {
  const raters = await tx
    .select({
      id: feedbackRater.id,
      group: feedbackRater.group,
      completed: feedbackRater.completed,
      sealed: feedbackRater.sealedAnswers,
    })
    .from(feedbackRater)
    .where(and(eq(feedbackRater.campaignId, campaign.id), isNotNull(feedbackRater.sealedAnswers)));
  const sent = shuffled(
    raters.flatMap((r) => {
      const answers = r.completed && r.sealed ? openedOrNull(secret, r.id, r.sealed) : null;
      return answers ? [{ group: r.group, answers }] : [];
    }),
  );
  await storeAnonymously(tx, campaign, sent);
  await tx
    .update(feedbackRater)
    .set({ sealedAnswers: null })
    .where(eq(feedbackRater.campaignId, campaign.id));
}

async function storeAnonymously(
  tx: Transaction,
  campaign: ClosedCampaign,
  sent: { group: RaterGroup; answers: FeedbackAnswers }[],
) {
  if (sent.length === 0) return;
  const submittedOn = todayIn(campaign.timeZone);
  const tidy = sent.map((s) => ({ group: s.group, ...answersToModel(campaign.model, s.answers) }));
  await tx.insert(feedbackResponse).values(
    tidy.map((s) => ({
      campaignId: campaign.id,
      group: s.group,
      ratings: s.ratings,
      submittedOn,
    })),
  );
  const comments = shuffled(
    tidy.flatMap((s) => s.comments.map((c) => ({ ...c, group: s.group, campaignId: campaign.id }))),
  );
  if (comments.length > 0) await tx.insert(feedbackComment).values(comments);
}

/** The answers to the model's own items and questions, in its order; empty comments dropped. */
export function answersToModel(model: CompetencyModel, answers: FeedbackAnswers) {
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

/**
 * A seal that Keel's secret no longer opens (the secret was changed while the campaign collected,
 * which also broke every rater's link) is left out rather than blocking the close for everyone.
 */
function openedOrNull(secret: string, raterId: string, sealed: string): FeedbackAnswers | null {
  try {
    return openAnswers(secret, raterId, sealed);
  } catch {
    return null;
  }
}

/** A Fisher-Yates shuffle with a cryptographic source: the order must not be predictable. */
function shuffled<T>(items: T[]): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}
