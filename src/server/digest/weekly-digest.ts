import { and, eq, exists, gte, inArray, or, sql } from "drizzle-orm";
import type { FastifyBaseLogger } from "fastify";
import { deliveryOf } from "../../domain/accounts/mail-topics";
import { checkInDue, dueInstant, previousWeek, weekOf } from "../../domain/check-ins/week";
import { knownTimeZone, localParts } from "../../domain/sessions/zoned-time";
import { listClientsAtRisk } from "../accountability/clients-at-risk";
import type { Config } from "../config";
import type { Database } from "../db/database";
import { mailDigestItem, mailDigestWeek, mailPreference, membership, user } from "../db/schema";
import type { Mailer } from "../mail/mailer";
import { digestMail } from "./digest-mail";

export const WEEKLY_DIGEST_QUEUE = "mail.weekly-digest";
/** Every fifteen minutes: a digest leaves at most fifteen minutes after Monday 07:00. */
export const WEEKLY_DIGEST_CRON = "*/15 * * * *";

/** Monday at 07:00 in the person's own zone (UTC without one). */
const DIGEST_TIME = { weekday: 1, hour: 7 } as const;
const FALLBACK_ZONE = "UTC";

type Deps = { db: Database; mailer: Mailer; config: Pick<Config, "publicUrl"> };

export function weeklyDigestJob(deps: Deps & { log: FastifyBaseLogger }) {
  return async () => {
    const { mailed, skipped } = await sendDueDigests(deps, new Date());
    if (mailed + skipped > 0) deps.log.info({ mailed, skipped }, "weekly digests");
  };
}

interface Candidate {
  userId: string;
  practiceId: string;
  name: string;
  email: string;
  timeZone: string;
  since: Date;
  /** A coach who has not turned the list of their clients at risk off. */
  wantsRiskList: boolean;
}

/**
 * Mails each person's weekly digest once its time has come: a coach's clients at risk (unless
 * they turned that off) and the mail they chose to get weekly. The week is claimed by inserting
 * its row (the key refuses a second process) in the transaction that records the mail and clears
 * what it gathered. A past week never mailed (Keel was down) is recorded as skipped, not sent:
 * mail it held waits for this week's.
 */
export async function sendDueDigests(
  deps: Deps,
  now: Date,
): Promise<{ mailed: number; skipped: number }> {
  const candidates = await selectCandidates(deps.db);
  const done = await weeksDone(
    deps.db,
    candidates.map((c) => c.userId),
    now,
  );
  let mailed = 0;
  let skipped = 0;
  for (const candidate of candidates) {
    const time = { ...DIGEST_TIME, timeZone: candidate.timeZone };
    const lastWeek = previousWeek(weekOf(now, candidate.timeZone));
    if (
      !done.has(`${candidate.userId}/${lastWeek}`) &&
      candidate.since < dueInstant(lastWeek, time)
    )
      skipped += await recordSkipped(deps.db, candidate.userId, lastWeek);
    const due = checkInDue(now, time);
    if (!due || done.has(`${candidate.userId}/${due.week}`)) continue;
    if (await mailWeek(deps, candidate, due.week, now)) mailed++;
  }
  return { mailed, skipped };
}

/** Every coach who wants the list of their clients at risk, and everyone with mail held. */
async function selectCandidates(db: Database): Promise<Candidate[]> {
  const holdsMail = exists(
    db
      .select({ one: sql`1` })
      .from(mailDigestItem)
      .where(eq(mailDigestItem.userId, membership.userId)),
  );
  const rows = await db
    .select({
      userId: user.id,
      practiceId: membership.practiceId,
      role: membership.role,
      name: user.name,
      email: user.email,
      timeZone: user.timeZone,
      since: user.createdAt,
      choice: { enabled: mailPreference.enabled, digest: mailPreference.digest },
      holds: sql<boolean>`${holdsMail}`,
    })
    .from(membership)
    .innerJoin(user, eq(user.id, membership.userId))
    .leftJoin(
      mailPreference,
      and(eq(mailPreference.userId, user.id), eq(mailPreference.topic, "coach_digest")),
    )
    .where(or(eq(membership.role, "coach"), holdsMail));
  return rows.flatMap(({ role, choice, holds, ...row }) => {
    const wantsRiskList =
      role === "coach" && deliveryOf("coach_digest", choice ?? undefined) !== "off";
    if (!wantsRiskList && !holds) return [];
    return [
      {
        ...row,
        wantsRiskList,
        timeZone: knownTimeZone(row.timeZone ?? "") ?? FALLBACK_ZONE,
      },
    ];
  });
}

/** The weeks already mailed or skipped lately, as "user/week". */
async function weeksDone(db: Database, userIds: string[], now: Date): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const since = new Date(now.getTime() - 16 * 24 * 3_600_000).toISOString().slice(0, 10);
  const rows = await db
    .select({ userId: mailDigestWeek.userId, week: mailDigestWeek.week })
    .from(mailDigestWeek)
    .where(and(gte(mailDigestWeek.week, since), inArray(mailDigestWeek.userId, userIds)));
  return new Set(rows.map((row) => `${row.userId}/${row.week}`));
}

async function recordSkipped(db: Database, userId: string, week: string): Promise<number> {
  const rows = await db
    .insert(mailDigestWeek)
    .values({ userId, week, outcome: "skipped" })
    .onConflictDoNothing()
    .returning({ week: mailDigestWeek.week });
  return rows.length;
}

async function mailWeek(
  deps: Deps,
  candidate: Candidate,
  week: string,
  now: Date,
): Promise<boolean> {
  // Read before the claim: the list takes several queries, and a second process claims nothing.
  const atRisk = candidate.wantsRiskList
    ? (await listClientsAtRisk(deps, candidate, now)).clients
    : undefined;
  return deps.db.transaction(async (tx) => {
    const [claimed] = await tx
      .insert(mailDigestWeek)
      .values({ userId: candidate.userId, week, outcome: "mailed" })
      .onConflictDoNothing()
      .returning({ week: mailDigestWeek.week });
    if (!claimed) return false;
    const held = await tx
      .delete(mailDigestItem)
      .where(eq(mailDigestItem.userId, candidate.userId))
      .returning({
        id: mailDigestItem.id,
        subject: mailDigestItem.subject,
        text: mailDigestItem.text,
        createdAt: mailDigestItem.createdAt,
      });
    if (!atRisk && held.length === 0) {
      await tx
        .update(mailDigestWeek)
        .set({ outcome: "skipped" })
        .where(and(eq(mailDigestWeek.userId, candidate.userId), eq(mailDigestWeek.week, week)));
      return false;
    }
    held.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
    const mail = digestMail({
      name: candidate.name,
      publicUrl: deps.config.publicUrl,
      atRisk,
      held: held.map((item) => ({
        subject: item.subject,
        text: item.text,
        on: localParts(item.createdAt, candidate.timeZone).date,
      })),
    });
    await deps.mailer.send({ to: candidate.email, ...mail, practiceId: candidate.practiceId }, tx);
    return true;
  });
}
