import { and, eq, gte, inArray } from "drizzle-orm";
import type { FastifyBaseLogger } from "fastify";
import { CHECK_IN_STAGES } from "../../domain/check-ins/stages";
import { checkInDue, dueInstant, previousWeek, weekOf } from "../../domain/check-ins/week";
import { knownTimeZone } from "../../domain/sessions/zoned-time";
import { sendTopicMail } from "../accounts/mail-preferences";
import type { Config } from "../config";
import type { Database } from "../db/database";
import {
  checkIn,
  checkInLink,
  checkInMailing,
  checkInSchedule,
  engagement,
  user,
} from "../db/schema";
import type { Mailer } from "../mail/mailer";
import { render } from "../mail/templates";
import { checkInUrl, LINK_LIFETIME_MS, newCheckInToken } from "./links";

export const CHECK_IN_MAIL_QUEUE = "check-in.mail";
/** Every fifteen minutes: a check-in leaves at most fifteen minutes after the client's hour. */
export const CHECK_IN_MAIL_CRON = "*/15 * * * *";

type Deps = { db: Database; mailer: Mailer; config: Pick<Config, "publicUrl"> };

export function checkInMailJob(deps: Deps & { log: FastifyBaseLogger }) {
  return async () => {
    const { mailed, skipped } = await sendDueCheckIns(deps, new Date());
    if (mailed + skipped > 0) deps.log.info({ mailed, skipped }, "check-in mails");
  };
}

interface Candidate {
  engagementId: string;
  practiceId: string;
  weekday: number;
  hour: number;
  timeZone: string;
  scheduledAt: Date;
  client: { id: string; name: string; email: string };
}

/**
 * Mails each engagement's check-in of this week once its time has come: the week is claimed by
 * inserting its row (the key refuses a second process's claim) in the transaction of the link and
 * the mail. A past week that was never mailed (Keel was down) is recorded as skipped, not sent.
 */
export async function sendDueCheckIns(
  deps: Deps,
  now: Date,
): Promise<{ mailed: number; skipped: number }> {
  const candidates = await selectCandidates(deps.db);
  const done = await weeksDone(
    deps.db,
    candidates.map((c) => c.engagementId),
    now,
  );
  let mailed = 0;
  let skipped = 0;
  for (const candidate of candidates) {
    const time = candidate;
    const thisWeek = weekOf(now, time.timeZone);
    const lastWeek = previousWeek(thisWeek);
    if (
      !done.has(`${candidate.engagementId}/${lastWeek}`) &&
      candidate.scheduledAt < dueInstant(lastWeek, time)
    )
      skipped += await recordSkipped(deps.db, candidate.engagementId, lastWeek);
    const due = checkInDue(now, time);
    if (!due || done.has(`${candidate.engagementId}/${due.week}`)) continue;
    const outcome = await mailWeek(deps, candidate, due.week, now);
    if (outcome === "mailed") mailed++;
    if (outcome === "skipped") skipped++;
  }
  return { mailed, skipped };
}

async function selectCandidates(db: Database): Promise<Candidate[]> {
  const rows = await db
    .select({
      engagementId: engagement.id,
      practiceId: engagement.practiceId,
      weekday: checkInSchedule.weekday,
      hour: checkInSchedule.hour,
      timeZone: checkInSchedule.timeZone,
      scheduledAt: checkInSchedule.updatedAt,
      client: { id: user.id, name: user.name, email: user.email },
    })
    .from(checkInSchedule)
    .innerJoin(engagement, eq(engagement.id, checkInSchedule.engagementId))
    .innerJoin(user, eq(user.id, engagement.clientId))
    .where(and(eq(checkInSchedule.enabled, true), inArray(engagement.stage, [...CHECK_IN_STAGES])));
  return rows.flatMap((row) => {
    const timeZone = knownTimeZone(row.timeZone);
    return timeZone ? [{ ...row, timeZone }] : [];
  });
}

/** The weeks already mailed or skipped lately, as "engagement/week". */
async function weeksDone(db: Database, engagementIds: string[], now: Date): Promise<Set<string>> {
  if (engagementIds.length === 0) return new Set();
  const since = new Date(now.getTime() - 16 * 24 * 3_600_000).toISOString().slice(0, 10);
  const rows = await db
    .select({ engagementId: checkInMailing.engagementId, week: checkInMailing.week })
    .from(checkInMailing)
    .where(
      and(gte(checkInMailing.week, since), inArray(checkInMailing.engagementId, engagementIds)),
    );
  return new Set(rows.map((row) => `${row.engagementId}/${row.week}`));
}

async function recordSkipped(db: Database, engagementId: string, week: string): Promise<number> {
  const rows = await db
    .insert(checkInMailing)
    .values({ engagementId, week, outcome: "skipped" })
    .onConflictDoNothing()
    .returning({ week: checkInMailing.week });
  return rows.length;
}

async function mailWeek(
  deps: Deps,
  candidate: Candidate,
  week: string,
  now: Date,
): Promise<"mailed" | "skipped" | null> {
  return deps.db.transaction(async (tx) => {
    const [claimed] = await tx
      .insert(checkInMailing)
      .values({ engagementId: candidate.engagementId, week, outcome: "mailed" })
      .onConflictDoNothing()
      .returning({ week: checkInMailing.week });
    if (!claimed) return null;
    const [answered] = await tx
      .select({ id: checkIn.id })
      .from(checkIn)
      .where(and(eq(checkIn.engagementId, candidate.engagementId), eq(checkIn.week, week)));
    const { token, hash } = newCheckInToken();
    const mail = checkInMail(candidate.client.name, checkInUrl(deps.config.publicUrl, token));
    const sent =
      !answered &&
      (await sendTopicMail(
        { db: tx, mailer: deps.mailer },
        { userId: candidate.client.id, topic: "check_ins" },
        { to: candidate.client.email, ...mail, practiceId: candidate.practiceId },
        tx,
      ));
    if (!sent) {
      // Checked in already from the app, or the client turned these mails off.
      await tx
        .update(checkInMailing)
        .set({ outcome: "skipped" })
        .where(
          and(
            eq(checkInMailing.engagementId, candidate.engagementId),
            eq(checkInMailing.week, week),
          ),
        );
      return "skipped";
    }
    await tx.insert(checkInLink).values({
      engagementId: candidate.engagementId,
      week,
      tokenHash: hash,
      expiresAt: new Date(now.getTime() + LINK_LIFETIME_MS),
    });
    return "mailed";
  });
}

export function checkInMail(clientName: string, url: string) {
  return render(
    "Your weekly check-in: two minutes",
    [
      `Hello ${clientName},`,
      "Time for your weekly check-in: where each goal's measure stands, how confident you feel, your energy, a win and a challenge. It takes under two minutes, on your phone too, and your coach reads it.",
      "The link opens your check-in without a password; keep it to yourself. It works once, for this week.",
      "You can turn these mails off in Keel, under Settings, Mail, or change the day and hour on your engagement's page.",
    ],
    { label: "Check in now", url },
  );
}
