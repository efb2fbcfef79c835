import { and, eq, gt, inArray, isNull, lte, type SQL, sql } from "drizzle-orm";
import type { FastifyBaseLogger } from "fastify";
import { knownTimeZone } from "../../domain/sessions/zoned-time";
import { sendTopicMail } from "../accounts/mail-preferences";
import type { Config } from "../config";
import type { Database, Executor } from "../db/database";
import { coachingSession, sessionPreparation } from "../db/schema";
import type { Mailer } from "../mail/mailer";
import { type SessionWithParties, sessionsWithParties } from "./calendar-sessions";
import { preparationRequestMail, sessionReminderMail } from "./session-reminder-text";

export const SESSION_REMINDERS_QUEUE = "session.remind";
/** Every five minutes: a reminder leaves at most five minutes after its time. */
export const SESSION_REMINDERS_CRON = "*/5 * * * *";

const HOUR = 3_600_000;

/**
 * The mails a session gets before it, each claimed once by setting its column: `lead` hours
 * before the start, and no later than `until` hours before it (a run that comes late after
 * downtime skips what would arrive too late to help). A session booked or moved inside a
 * window gets none for it: its invitation has just told the same.
 */
const WINDOWS = {
  preparation: { key: "preparationAskedAt", lead: 48, until: 1 },
  day: { key: "reminded24hAt", lead: 24, until: 1 },
  hour: { key: "reminded1hAt", lead: 1, until: 0 },
} as const;
type Reminder = keyof typeof WINDOWS;

/** The columns a move sets: the session's new time, its reminders all still to come. */
export function remindersAnew(now: Date) {
  return { scheduledAt: now, reminded24hAt: null, reminded1hAt: null, preparationAskedAt: null };
}

type Deps = { db: Database; mailer: Mailer; config: Pick<Config, "publicUrl"> };

/** The scheduled job: whatever is due now, however many processes run it at once. */
export function sessionRemindersJob(deps: Deps & { log: FastifyBaseLogger }) {
  return async () => {
    const sent = await sendDueReminders(deps, new Date());
    if (sent > 0) deps.log.info({ sessions: sent }, "session reminders sent");
  };
}

/**
 * Claims each due reminder with `update ... where <column> is null` and records its mails in the
 * same transaction: two runs at once send each one once, and a failed run leaves it unclaimed.
 * Answers how many sessions were reminded or asked.
 */
export async function sendDueReminders(deps: Deps, now: Date): Promise<number> {
  let count = 0;
  for (const reminder of Object.keys(WINDOWS) as Reminder[]) {
    count += await deps.db.transaction(async (tx) => {
      const sessions = await claimDue(tx, deps.config.publicUrl, reminder, now);
      for (const session of sessions) await mailReminder(deps.mailer, tx, reminder, session);
      return sessions.length;
    });
  }
  return count;
}

async function claimDue(
  tx: Executor,
  publicUrl: string,
  reminder: Reminder,
  now: Date,
): Promise<SessionWithParties[]> {
  const { key, lead, until } = WINDOWS[reminder];
  const column = coachingSession[key];
  const claimed = await tx
    .update(coachingSession)
    .set({ [key]: now })
    .where(
      and(
        eq(coachingSession.status, "scheduled"),
        isNull(column),
        gt(coachingSession.startsAt, new Date(now.getTime() + until * HOUR)),
        lte(coachingSession.startsAt, new Date(now.getTime() + lead * HOUR)),
        sql`${coachingSession.scheduledAt} <= ${coachingSession.startsAt} - ${sql.raw(`interval '${lead} hours'`)}`,
        reminder === "preparation" ? notPrepared() : undefined,
      ),
    )
    .returning({ id: coachingSession.id });
  if (claimed.length === 0) return [];
  return sessionsWithParties(
    tx,
    publicUrl,
    inArray(
      coachingSession.id,
      claimed.map((row) => row.id),
    ),
  );
}

/** The client has written nothing of their preparation yet. */
function notPrepared(): SQL {
  return sql`not exists (select 1 from ${sessionPreparation} where ${sessionPreparation.sessionId} = ${coachingSession.id} and (${sessionPreparation.wins} <> '' or ${sessionPreparation.focus} <> '' or ${sessionPreparation.question} <> ''))`;
}

async function mailReminder(
  mailer: Mailer,
  tx: Executor,
  reminder: Reminder,
  session: SessionWithParties,
): Promise<void> {
  const zoneOf = (person: { timeZone: string | null }) =>
    knownTimeZone(person.timeZone ?? "") ?? session.timeZone;
  const { coach, client } = session;
  if (reminder === "preparation") {
    const mail = preparationRequestMail({
      clientName: client.name,
      coachName: coach.name,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      timeZone: zoneOf(client),
      pageUrl: session.pageUrl,
    });
    await sendTopicMail(
      { db: tx, mailer },
      { userId: client.id, topic: "session_preparation" },
      { to: client.email, ...mail, practiceId: session.practiceId },
      tx,
    );
    return;
  }
  for (const [recipient, other] of [
    [coach, client],
    [client, coach],
  ] as const) {
    const mail = sessionReminderMail({
      lead: reminder,
      recipientName: recipient.name,
      otherName: other.name,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      timeZone: zoneOf(recipient),
      mode: session.mode,
      place: session.place,
      pageUrl: session.pageUrl,
    });
    await sendTopicMail(
      { db: tx, mailer },
      { userId: recipient.id, topic: "session_reminders" },
      { to: recipient.email, ...mail, practiceId: session.practiceId },
      tx,
    );
  }
}
