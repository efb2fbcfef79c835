import { and, eq, lte, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { usablePulseAnswers } from "../../domain/pulses/answers";
import type { PulseQuestion } from "../../domain/pulses/questions";
import { sendTopicMail } from "../accounts/mail-preferences";
import type { AppContext } from "../context";
import type { Transaction } from "../db/database";
import {
  engagement,
  pulseFeedforward,
  pulseInvitee,
  pulseResponse,
  pulseRound,
  user,
} from "../db/schema";
import { databaseCode, shuffled } from "../feedback/closing";
import { todayIn } from "../feedback/deadlines";
import { openValue } from "../feedback/sealing";
import { PULSE_ANSWERS } from "./links";
import { pulseClosedMail } from "./pulse-mails";

export type PulseClosingDeps = Pick<AppContext, "db" | "authSecret" | "log" | "mailer"> & {
  config: Pick<AppContext["config"], "publicUrl">;
};

/**
 * Closes an open round (by the job at its end, or when read past it) as closing a 360 does
 * (decision 009): one transaction opens every sent seal, writes the ratings and, apart, each
 * feedforward, shuffled and dated to the closing day, drops drafts and clears every seal; then
 * the invitee table is vacuumed. Returns whether this call closed it.
 */
export async function closeRound(
  deps: PulseClosingDeps,
  roundId: string,
  onlyIfDue = true,
): Promise<boolean> {
  const closed = await deps.db.transaction(async (tx) => {
    const closedOn = todayIn("UTC");
    const [round] = await tx
      .update(pulseRound)
      .set({ status: "closed", closedOn })
      .where(
        and(
          eq(pulseRound.id, roundId),
          eq(pulseRound.status, "open"),
          onlyIfDue ? lte(pulseRound.closesAt, sql`now()`) : undefined,
        ),
      )
      .returning({
        id: pulseRound.id,
        questions: pulseRound.questions,
        threshold: pulseRound.threshold,
        engagementId: pulseRound.engagementId,
      });
    if (!round) return false;
    const responses = await unsealAnswers(tx, deps.authSecret, round, closedOn);
    await tellTheParties(deps, tx, round, responses >= round.threshold);
    return true;
  });
  if (closed) await vacuumInvitees(deps);
  return closed;
}

/** Closes every round of the engagement (or of all, without one) whose end has passed. */
export async function closeDueRounds(deps: PulseClosingDeps, engagementId?: string) {
  const due = await deps.db
    .select({ id: pulseRound.id })
    .from(pulseRound)
    .where(
      and(
        eq(pulseRound.status, "open"),
        lte(pulseRound.closesAt, sql`now()`),
        engagementId ? eq(pulseRound.engagementId, engagementId) : undefined,
      ),
    );
  let closed = 0;
  for (const round of due) if (await closeRound(deps, round.id)) closed++;
  return closed;
}

async function unsealAnswers(
  tx: Transaction,
  secret: string,
  round: { id: string; questions: PulseQuestion[] },
  closedOn: string,
) {
  const invitees = await tx
    .select({ id: pulseInvitee.id, sealed: pulseInvitee.sealedAnswers })
    .from(pulseInvitee)
    .where(and(eq(pulseInvitee.roundId, round.id), eq(pulseInvitee.completed, true)));
  const sent = shuffled(
    invitees.flatMap((invitee) => {
      const answers = invitee.sealed
        ? usablePulseAnswers(round.questions, openedOrNull(secret, invitee.id, invitee.sealed))
        : null;
      return answers ? [answers] : [];
    }),
  );
  try {
    if (sent.length > 0)
      await tx
        .insert(pulseResponse)
        .values(
          sent.map((s) => ({ roundId: round.id, ratings: s.ratings, submittedOn: closedOn })),
        );
    const feedforward = shuffled(sent.map((s) => s.feedforward).filter((text) => text !== ""));
    if (feedforward.length > 0)
      await tx
        .insert(pulseFeedforward)
        .values(feedforward.map((text) => ({ roundId: round.id, text })));
  } catch (error) {
    // The message would carry the answers, and errors are logged: the code alone.
    throw new Error(`closing could not store the answers (${databaseCode(error) ?? "no code"})`);
  }
  await tx
    .update(pulseInvitee)
    .set({ sealedAnswers: null })
    .where(eq(pulseInvitee.roundId, round.id));
  await tx
    .update(pulseRound)
    .set({ answersLeftOut: invitees.length - sent.length })
    .where(eq(pulseRound.id, round.id));
  return sent.length;
}

/** The client and the coach hear that a round closed, and whether it shows anything. */
async function tellTheParties(
  deps: PulseClosingDeps,
  tx: Transaction,
  round: { engagementId: string; threshold: number },
  shown: boolean,
) {
  const coach = alias(user, "coach");
  const [found] = await tx
    .select({
      practiceId: engagement.practiceId,
      client: { id: user.id, name: user.name, email: user.email },
      coach: { id: coach.id, name: coach.name, email: coach.email },
    })
    .from(engagement)
    .innerJoin(user, eq(user.id, engagement.clientId))
    .innerJoin(coach, eq(coach.id, engagement.coachId))
    .where(eq(engagement.id, round.engagementId));
  if (!found) return;
  const url = `${deps.config.publicUrl}/engagements/${round.engagementId}`;
  for (const person of [found.client, found.coach]) {
    const mail = pulseClosedMail({
      recipientName: person.name,
      clientName: found.client.name,
      shown,
      threshold: round.threshold,
      url,
    });
    await sendTopicMail(
      { db: tx, mailer: deps.mailer },
      { userId: person.id, topic: "pulse_updates" },
      { to: person.email, ...mail, practiceId: found.practiceId },
      tx,
    );
  }
}

function openedOrNull(secret: string, inviteeId: string, sealed: string): unknown {
  try {
    return openValue(PULSE_ANSWERS, secret, inviteeId, sealed);
  } catch {
    return null;
  }
}

async function vacuumInvitees(deps: PulseClosingDeps): Promise<void> {
  try {
    await deps.db.execute(sql`vacuum pulse_invitee`);
  } catch (error) {
    deps.log.warn({ code: databaseCode(error) }, "could not vacuum pulse_invitee after closing");
  }
}
