import { randomUUID } from "node:crypto";
import { and, eq, gt, gte, inArray, isNotNull, isNull, lte } from "drizzle-orm";
import type { FastifyBaseLogger } from "fastify";
import { CHECK_IN_STAGES } from "../../domain/check-ins/stages";
import { closesAt, roundsDue } from "../../domain/pulses/cadence";
import { questionProblems } from "../../domain/pulses/questions";
import { whyNoRound } from "../../domain/pulses/stakeholders";
import { pulseThreshold } from "../../domain/pulses/trend";
import type { AppContext } from "../context";
import type { Database, Transaction } from "../db/database";
import {
  engagement,
  practice,
  pulseInvitee,
  pulseRound,
  pulseSettings,
  pulseStakeholder,
  user,
} from "../db/schema";
import { todayIn } from "../feedback/deadlines";
import { closeDueRounds } from "./closing";
import { pulseToken, pulseTokenHash, pulseUrl } from "./links";
import { pulseInvitationMail, pulseReminderMail } from "./pulse-mails";

export const PULSE_ROUNDS_QUEUE = "pulse.rounds";
/** Every fifteen minutes: rounds open and close at most fifteen minutes late. */
export const PULSE_ROUNDS_CRON = "*/15 * * * *";

export type RoundDeps = Pick<AppContext, "db" | "mailer" | "authSecret" | "log"> & {
  config: Pick<AppContext["config"], "publicUrl">;
};

const TOO_LATE =
  "Keel was not running when this pulse was due; it was skipped rather than sent late.";
const STILL_OPEN = "The round before was still open.";

export function pulseRoundsJob(deps: RoundDeps & { log: FastifyBaseLogger }) {
  return async () => {
    const outcome = await runPulseRounds(deps, new Date());
    if (outcome.opened + outcome.skipped + outcome.closed + outcome.reminded > 0)
      deps.log.info(outcome, "pulse rounds");
  };
}

/**
 * Closes the rounds whose week is over, then opens each engagement's round once its moment has
 * come: the moment is claimed by inserting its row (the key refuses a second process's claim),
 * in the transaction of the links and mails. A moment that passed while Keel was down is
 * recorded as skipped, not sent late.
 */
export async function runPulseRounds(deps: RoundDeps, now: Date) {
  const closed = await closeDueRounds(deps);
  const reminded = await remindDue(deps, now);
  const candidates = await deps.db
    .select({
      engagementId: pulseSettings.engagementId,
      anchor: pulseSettings.anchor,
      everyWeeks: pulseSettings.everyWeeks,
    })
    .from(pulseSettings)
    .innerJoin(engagement, eq(engagement.id, pulseSettings.engagementId))
    .where(and(eq(pulseSettings.enabled, true), inArray(engagement.stage, [...CHECK_IN_STAGES])));
  const done = await momentsDone(
    deps.db,
    candidates.map((c) => c.engagementId),
    now,
  );
  let opened = 0;
  let skipped = 0;
  for (const candidate of candidates) {
    const plan = roundsDue(
      candidate.anchor,
      candidate.everyWeeks,
      now,
      done.get(candidate.engagementId) ?? new Set(),
    );
    for (const moment of plan.skip)
      skipped += await recordSkipped(deps.db, candidate.engagementId, moment, TOO_LATE);
    if (!plan.open) continue;
    const outcome = await openRound(deps, candidate.engagementId, plan.open, now);
    if (outcome === "opened") opened++;
    if (outcome === "skipped") skipped++;
  }
  return { opened, skipped, closed, reminded };
}

/** The moments already opened or skipped in the last year, per engagement. */
async function momentsDone(db: Database, engagementIds: string[], now: Date) {
  const done = new Map<string, Set<number>>();
  if (engagementIds.length === 0) return done;
  const rows = await db
    .select({ engagementId: pulseRound.engagementId, dueAt: pulseRound.dueAt })
    .from(pulseRound)
    .where(
      and(
        inArray(pulseRound.engagementId, engagementIds),
        gte(pulseRound.dueAt, new Date(now.getTime() - 366 * 24 * 3_600_000)),
      ),
    );
  for (const row of rows) {
    const set = done.get(row.engagementId) ?? new Set<number>();
    set.add(row.dueAt.getTime());
    done.set(row.engagementId, set);
  }
  return done;
}

async function recordSkipped(
  db: Database | Transaction,
  engagementId: string,
  dueAt: Date,
  because: string,
): Promise<number> {
  const rows = await db
    .insert(pulseRound)
    .values({ engagementId, dueAt, status: "skipped", skippedBecause: because })
    .onConflictDoNothing({ target: [pulseRound.engagementId, pulseRound.dueAt] })
    .returning({ id: pulseRound.id });
  return rows.length;
}

/**
 * Opens the engagement's round of `dueAt` once: claims it, then gives each approved stakeholder
 * a link and its mail, in one transaction. Fewer than k approved stakeholders, questions that do
 * not make a pulse, or a round still open: the moment is recorded as skipped, with why.
 * Returns null when another process (or an earlier run) had claimed it.
 */
export async function openRound(
  deps: RoundDeps,
  engagementId: string,
  dueAt: Date,
  now: Date,
): Promise<"opened" | "skipped" | null> {
  return deps.db.transaction(async (tx) => {
    const [facts] = await tx
      .select({
        questions: pulseSettings.questions,
        practiceThreshold: practice.feedbackThreshold,
        practiceName: practice.name,
        clientName: user.name,
      })
      .from(pulseSettings)
      .innerJoin(engagement, eq(engagement.id, pulseSettings.engagementId))
      .innerJoin(practice, eq(practice.id, engagement.practiceId))
      .innerJoin(user, eq(user.id, engagement.clientId))
      .where(eq(pulseSettings.engagementId, engagementId));
    if (!facts) return null;
    const [claimed] = await tx
      .insert(pulseRound)
      .values({ engagementId, dueAt, status: "skipped", skippedBecause: STILL_OPEN })
      .onConflictDoNothing({ target: [pulseRound.engagementId, pulseRound.dueAt] })
      .returning({ id: pulseRound.id });
    if (!claimed) return null;
    const [stillOpen] = await tx
      .select({ id: pulseRound.id })
      .from(pulseRound)
      .where(and(eq(pulseRound.engagementId, engagementId), eq(pulseRound.status, "open")));
    if (stillOpen) return "skipped";
    const threshold = pulseThreshold(facts.practiceThreshold);
    const stakeholders = await tx
      .select({
        id: pulseStakeholder.id,
        name: pulseStakeholder.name,
        email: pulseStakeholder.email,
      })
      .from(pulseStakeholder)
      .where(
        and(
          eq(pulseStakeholder.engagementId, engagementId),
          isNotNull(pulseStakeholder.approvedAt),
          isNull(pulseStakeholder.removedAt),
        ),
      );
    const why =
      questionProblems(facts.questions).length > 0
        ? "The pulse's questions are not ready: ask about three to five behaviours."
        : whyNoRound(stakeholders.length, threshold);
    if (why) {
      await tx.update(pulseRound).set({ skippedBecause: why }).where(eq(pulseRound.id, claimed.id));
      return "skipped";
    }
    const ends = closesAt(now);
    await tx
      .update(pulseRound)
      .set({
        status: "open",
        skippedBecause: null,
        questions: facts.questions,
        threshold,
        openedOn: todayIn("UTC", now),
        closesAt: ends,
        invited: stakeholders.length,
      })
      .where(eq(pulseRound.id, claimed.id));
    for (const stakeholder of stakeholders) {
      const inviteeId = randomUUID();
      const token = pulseToken(deps.authSecret, inviteeId);
      await tx.insert(pulseInvitee).values({
        id: inviteeId,
        roundId: claimed.id,
        stakeholderId: stakeholder.id,
        tokenHash: pulseTokenHash(token),
      });
      const mail = pulseInvitationMail({
        stakeholderName: stakeholder.name,
        clientName: facts.clientName,
        practiceName: facts.practiceName,
        questions: facts.questions.length,
        closesOn: todayIn("UTC", ends),
        threshold,
        url: pulseUrl(deps.config.publicUrl, token),
      });
      // Always sent, and of no practice, like a 360 rater's link: no outbox holds the link.
      await deps.mailer.send({ to: stakeholder.email, ...mail, practiceId: null }, tx);
    }
    return "opened";
  });
}

/** The reminder goes out this long before a round closes, once, to whoever has not sent. */
export const REMIND_BEFORE_CLOSE_MS = 2 * 24 * 3_600_000;

/**
 * Reminds the stakeholders of each open round who have not sent their answers, once a round:
 * the round's reminded_at is claimed (set where still null) in the transaction of the mails, so
 * two processes send it once. The link is the same: it is derived again from the invitee's id.
 */
async function remindDue(deps: RoundDeps, now: Date): Promise<number> {
  const due = await deps.db
    .select({ id: pulseRound.id })
    .from(pulseRound)
    .where(
      and(
        eq(pulseRound.status, "open"),
        isNull(pulseRound.remindedAt),
        lte(pulseRound.closesAt, new Date(now.getTime() + REMIND_BEFORE_CLOSE_MS)),
        gt(pulseRound.closesAt, now),
      ),
    );
  let reminded = 0;
  for (const round of due) {
    reminded += await deps.db.transaction(async (tx) => {
      const [claimed] = await tx
        .update(pulseRound)
        .set({ remindedAt: now })
        .where(
          and(
            eq(pulseRound.id, round.id),
            eq(pulseRound.status, "open"),
            isNull(pulseRound.remindedAt),
          ),
        )
        .returning({ closesAt: pulseRound.closesAt, engagementId: pulseRound.engagementId });
      if (!claimed?.closesAt) return 0;
      const [client] = await tx
        .select({ name: user.name })
        .from(engagement)
        .innerJoin(user, eq(user.id, engagement.clientId))
        .where(eq(engagement.id, claimed.engagementId));
      const waiting = await tx
        .select({ id: pulseInvitee.id, name: pulseStakeholder.name, email: pulseStakeholder.email })
        .from(pulseInvitee)
        .innerJoin(pulseStakeholder, eq(pulseStakeholder.id, pulseInvitee.stakeholderId))
        .where(and(eq(pulseInvitee.roundId, round.id), eq(pulseInvitee.completed, false)));
      for (const invitee of waiting) {
        const mail = pulseReminderMail({
          stakeholderName: invitee.name,
          clientName: client?.name ?? "",
          closesOn: todayIn("UTC", claimed.closesAt),
          url: pulseUrl(deps.config.publicUrl, pulseToken(deps.authSecret, invitee.id)),
        });
        await deps.mailer.send({ to: invitee.email, ...mail, practiceId: null }, tx);
      }
      return 1;
    });
  }
  return reminded;
}
