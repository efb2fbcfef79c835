import { randomInt } from "node:crypto";
import { and, eq, lte, type SQL, sql } from "drizzle-orm";
import type { CompetencyModel, FeedbackAnswers } from "../../domain/feedback/competency-model";
import type { RaterGroup } from "../../domain/feedback/rater-groups";
import { usableSentAnswers } from "../../domain/feedback/sent-answers";
import type { AppContext } from "../context";
import type { Transaction } from "../db/database";
import { feedbackCampaign, feedbackComment, feedbackRater, feedbackResponse } from "../db/schema";
import { todayIn } from "./deadlines";
import { openAnswers } from "./sealing";

export type ClosingDeps = Pick<AppContext, "db" | "authSecret" | "log">;

/**
 * Closes a collecting campaign (by its coach, by the deadline job, or when read past its
 * deadline) and, in the same transaction, takes every rater's sealed answers out of their rows
 * into feedback_response and feedback_comment, shuffled and dated to the closing day. All those
 * rows are written by one transaction, together, so neither their order, their day nor their
 * PostgreSQL transaction id ties one of them to a rater. Drafts never sent are dropped; sent
 * answers that cannot be read or stored are left out and counted. Once committed, the rater
 * table is vacuumed, so no old version of a rater's row keeps their seal beside their name.
 * Returns whether this call closed it.
 */
export async function closeCampaign(
  deps: ClosingDeps,
  campaignId: string,
  only?: SQL,
): Promise<boolean> {
  const closed = await deps.db.transaction(async (tx) => {
    const [row] = await tx
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
    if (!row) return false;
    await unsealAnswers(tx, deps.authSecret, row);
    return true;
  });
  if (closed) await vacuumRaters(deps);
  return closed;
}

/** Closes the campaign only if its deadline has passed (and, from a job, is still the job's). */
export function closeIfDue(
  deps: ClosingDeps,
  campaignId: string,
  match: { deadline?: string; timeZone?: string } = {},
): Promise<boolean> {
  return closeCampaign(
    deps,
    campaignId,
    and(
      lte(feedbackCampaign.closesAt, sql`now()`),
      match.deadline ? eq(feedbackCampaign.deadline, match.deadline) : undefined,
      match.timeZone ? eq(feedbackCampaign.timeZone, match.timeZone) : undefined,
    ),
  );
}

/**
 * PostgreSQL keeps the old versions of updated rows (each draft saved, the seals cleared) until
 * a vacuum. VACUUM cannot run in a transaction, so it runs after the close has committed; if it
 * fails, autovacuum will do it later, and the close stands.
 */
async function vacuumRaters(deps: ClosingDeps): Promise<void> {
  try {
    await deps.db.execute(sql`vacuum feedback_rater`);
  } catch (error) {
    deps.log.warn({ code: databaseCode(error) }, "could not vacuum feedback_rater after closing");
  }
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
      sealed: feedbackRater.sealedAnswers,
    })
    .from(feedbackRater)
    .where(and(eq(feedbackRater.campaignId, campaign.id), eq(feedbackRater.completed, true)));
  const usable = raters.map((r) => {
    const answers = usableSentAnswers(
      campaign.model,
      r.sealed && openedOrNull(secret, r.id, r.sealed),
    );
    return answers ? { group: r.group, answers } : null;
  });
  const sent = shuffled(usable.filter((answer) => answer !== null));
  await storeAnonymously(tx, campaign, sent);
  await tx
    .update(feedbackRater)
    .set({ sealedAnswers: null })
    .where(eq(feedbackRater.campaignId, campaign.id));
  await tx
    .update(feedbackCampaign)
    .set({ answersLeftOut: raters.length - sent.length })
    .where(eq(feedbackCampaign.id, campaign.id));
}

type SentAnswers = { group: RaterGroup; answers: FeedbackAnswers };

/**
 * Every answer was checked before (usableSentAnswers), so the database takes them all. Should it
 * still refuse one, the close fails with the database's error code only: its message would
 * carry every comment of the statement, and errors are logged. No savepoint per rater: each
 * would give that rater's rows a transaction id of their own.
 */
async function storeAnonymously(tx: Transaction, campaign: ClosedCampaign, sent: SentAnswers[]) {
  try {
    await insertAnswers(tx, campaign, sent);
  } catch (error) {
    throw new Error(`closing could not store the answers (${databaseCode(error) ?? "no code"})`);
  }
}

async function insertAnswers(tx: Transaction, campaign: ClosedCampaign, sent: SentAnswers[]) {
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
 * A seal that does not open (Keel's secret was changed while the campaign collected, which also
 * broke every rater's link) or does not hold JSON is left out rather than blocking the close.
 */
function openedOrNull(secret: string, raterId: string, sealed: string): unknown {
  try {
    return openAnswers(secret, raterId, sealed);
  } catch {
    return null;
  }
}

/** The SQLSTATE of a database error (Drizzle wraps it), never its message: that holds values. */
export function databaseCode(error: unknown): string | undefined {
  const cause = error instanceof Error && "cause" in error ? error.cause : error;
  const code = (cause as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** A Fisher-Yates shuffle with a cryptographic source: the order must not be predictable. */
export function shuffled<T>(items: T[]): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}
