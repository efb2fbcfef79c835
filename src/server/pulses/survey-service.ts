import { eq } from "drizzle-orm";
import type { PulseAnswersBody, PulseSurvey, SavedPulseAnswers } from "../../contract/pulses";
import {
  mergePulseAnswers,
  NO_PULSE_ANSWERS,
  type PulseAnswers,
  pulseAnswerProblems,
  unansweredProblems,
} from "../../domain/pulses/answers";
import type { AppContext } from "../context";
import type { Database, Transaction } from "../db/database";
import {
  engagement,
  practice,
  pulseInvitee,
  pulseRound,
  pulseStakeholder,
  user,
} from "../db/schema";
import { AnswersTooLong, openValue, sealValue } from "../feedback/sealing";
import { AppError, invalidInput } from "../http/errors";
import { closeRound } from "./closing";
import { PULSE_ANSWERS, pulseTokenHash } from "./links";

// A stakeholder's pulse through their private link: no account, the token is the only key. The
// answer is sealed on their row of the round until the round closes (closing.ts).

/** An HMAC-SHA256 in base64url. Anything else is not a link Keel sent. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

const invalidLink = () => new AppError("not_found", "This pulse link is not valid.");
const alreadySent = () =>
  new AppError("pulse_submitted", "You have sent your answers already. Thank you!");
const pulseClosed = () => new AppError("pulse_closed");

async function findByToken(db: Database, token: string) {
  if (!TOKEN_SHAPE.test(token)) throw invalidLink();
  const [row] = await db
    .select({
      inviteeId: pulseInvitee.id,
      completed: pulseInvitee.completed,
      sealed: pulseInvitee.sealedAnswers,
      stakeholderName: pulseStakeholder.name,
      roundId: pulseRound.id,
      status: pulseRound.status,
      closesAt: pulseRound.closesAt,
      questions: pulseRound.questions,
      threshold: pulseRound.threshold,
      clientName: user.name,
      practiceName: practice.name,
    })
    .from(pulseInvitee)
    .innerJoin(pulseStakeholder, eq(pulseStakeholder.id, pulseInvitee.stakeholderId))
    .innerJoin(pulseRound, eq(pulseRound.id, pulseInvitee.roundId))
    .innerJoin(engagement, eq(engagement.id, pulseRound.engagementId))
    .innerJoin(user, eq(user.id, engagement.clientId))
    .innerJoin(practice, eq(practice.id, engagement.practiceId))
    .where(eq(pulseInvitee.tokenHash, pulseTokenHash(token)));
  if (!row) throw invalidLink();
  return row;
}
type InviteeRow = Awaited<ReturnType<typeof findByToken>>;

const isOpen = (round: { status: string; closesAt: Date | null }) =>
  round.status === "open" && round.closesAt !== null && round.closesAt.getTime() > Date.now();

function stateOf(row: InviteeRow): PulseSurvey["state"] {
  if (!isOpen(row)) return "closed";
  return row.completed ? "submitted" : "open";
}

/** A read past the round's end closes it, so the link then says closed and answers are out. */
async function found(ctx: AppContext, token: string): Promise<InviteeRow> {
  const row = await findByToken(ctx.db, token);
  if (row.status === "open" && !isOpen(row)) {
    await closeRound(ctx, row.roundId);
    return { ...row, status: "closed", sealed: null };
  }
  return row;
}

function answersOf(secret: string, inviteeId: string, sealed: string | null): PulseAnswers {
  return sealed
    ? (openValue(PULSE_ANSWERS, secret, inviteeId, sealed) as PulseAnswers)
    : NO_PULSE_ANSWERS;
}

function viewOf(row: InviteeRow, secret: string): PulseSurvey {
  const open = stateOf(row) === "open";
  return {
    state: stateOf(row),
    clientName: row.clientName,
    practiceName: row.practiceName,
    stakeholderName: row.stakeholderName,
    closesAt: (row.closesAt ?? new Date()).toISOString(),
    threshold: row.threshold,
    questions: open ? row.questions : null,
    answers: open ? answersOf(secret, row.inviteeId, row.sealed) : null,
  };
}

export async function pulseSurveyFor(ctx: AppContext, token: string): Promise<PulseSurvey> {
  return viewOf(await found(ctx, token), ctx.authSecret);
}

function refuseUnlessOpen(row: InviteeRow) {
  if (!isOpen(row)) throw pulseClosed();
  if (row.completed) throw alreadySent();
}

export async function savePulseAnswers(
  ctx: AppContext,
  token: string,
  patch: PulseAnswersBody,
): Promise<SavedPulseAnswers> {
  const row = await found(ctx, token);
  refuseUnlessOpen(row);
  const problems = pulseAnswerProblems(row.questions, patch);
  if (problems.length > 0) throw invalidInput(problems, "Some answers do not fit this pulse.");
  const merged = await ctx.db.transaction(async (tx) => {
    const invitee = await lockOpen(tx, row);
    const answers = mergePulseAnswers(answersOf(ctx.authSecret, invitee.id, invitee.sealed), {
      ratings: patch.ratings ?? {},
      ...(patch.feedforward !== undefined ? { feedforward: patch.feedforward } : {}),
    });
    await tx
      .update(pulseInvitee)
      .set({ sealedAnswers: sealedOrRefused(ctx.authSecret, invitee.id, answers) })
      .where(eq(pulseInvitee.id, invitee.id));
    return answers;
  });
  return {
    answered: row.questions.filter((q) => merged.ratings[q.id] !== undefined).length,
    total: row.questions.length,
  };
}

function sealedOrRefused(secret: string, inviteeId: string, answers: PulseAnswers): string {
  try {
    return sealValue(PULSE_ANSWERS, secret, inviteeId, answers);
  } catch (error) {
    if (!(error instanceof AnswersTooLong)) throw error;
    throw invalidInput(
      [{ path: "feedforward", message: "Your suggestion is too long to keep. Shorten it." }],
      "Your answers are too long to keep.",
    );
  }
}

/** The answer becomes final; it stays sealed until the round closes and moves out with all. */
export async function submitPulse(ctx: AppContext, token: string): Promise<PulseSurvey> {
  const row = await found(ctx, token);
  refuseUnlessOpen(row);
  await ctx.db.transaction(async (tx) => {
    const invitee = await lockOpen(tx, row);
    const answers = answersOf(ctx.authSecret, invitee.id, invitee.sealed);
    const problems = unansweredProblems(row.questions, answers);
    if (problems.length > 0)
      throw invalidInput(problems, "Rate each behaviour or choose Not observed before sending.");
    await tx.update(pulseInvitee).set({ completed: true }).where(eq(pulseInvitee.id, invitee.id));
  });
  return viewOf({ ...row, completed: true }, ctx.authSecret);
}

/** Holds the round (shared: closing waits, or wins before) and the invitee's row. */
async function lockOpen(tx: Transaction, row: InviteeRow) {
  const [round] = await tx
    .select({ status: pulseRound.status, closesAt: pulseRound.closesAt })
    .from(pulseRound)
    .where(eq(pulseRound.id, row.roundId))
    .for("share");
  const [invitee] = await tx
    .select({
      id: pulseInvitee.id,
      completed: pulseInvitee.completed,
      sealed: pulseInvitee.sealedAnswers,
    })
    .from(pulseInvitee)
    .where(eq(pulseInvitee.id, row.inviteeId))
    .for("update");
  if (!invitee) throw invalidLink();
  if (!round || !isOpen(round)) throw pulseClosed();
  if (invitee.completed) throw alreadySent();
  return invitee;
}
