import { and, eq, gte, inArray, isNull, lte, ne } from "drizzle-orm";
import type { FastifyBaseLogger } from "fastify";
import { addDays, instantOf, knownTimeZone, localParts } from "../../domain/sessions/zoned-time";
import { sendTopicMail } from "../accounts/mail-preferences";
import type { Config } from "../config";
import type { Database } from "../db/database";
import { coachAvailability, engagement, sessionCommitment, user } from "../db/schema";
import { spokenDate } from "../feedback/deadlines";
import type { Mailer } from "../mail/mailer";
import { render } from "../mail/templates";

export const COMMITMENT_REMINDERS_QUEUE = "commitment.remind";
/** Every fifteen minutes: a reminder leaves at most fifteen minutes after its hour. */
export const COMMITMENT_REMINDERS_CRON = "*/15 * * * *";

/** The owner's local hour, the day before the due date. */
const REMIND_AT_MINUTE = 8 * 60;
/** A reminder this late (Keel was down) is skipped: the day has moved on without it. */
const STALE_AFTER_MS = 3 * 3_600_000;
const FALLBACK_ZONE = "Europe/London";

type Deps = { db: Database; mailer: Mailer; config: Pick<Config, "publicUrl"> };

export function commitmentRemindersJob(deps: Deps & { log: FastifyBaseLogger }) {
  return async () => {
    const mailed = await sendDueCommitmentReminders(deps, new Date());
    if (mailed > 0) deps.log.info({ owners: mailed }, "commitment reminders sent");
  };
}

interface Candidate {
  id: string;
  engagementId: string;
  practiceId: string;
  clientId: string;
  dueOn: string;
  createdAt: Date;
  owner: { id: string; name: string; email: string; timeZone: string | null };
  coachZone: string | null;
}

/**
 * Mails each owner, the morning before, the open commitments due the next day: one mail per
 * owner and day. Each commitment is claimed by setting `reminded_at` where it is null, in the
 * transaction of the mail, so runs at once send it once; one whose hour passed long ago, or that
 * was made after it, is left alone.
 */
export async function sendDueCommitmentReminders(deps: Deps, now: Date): Promise<number> {
  const due = (await selectCandidates(deps.db, now)).filter((c) => isDue(c, now));
  const byOwnerDay = new Map<string, Candidate[]>();
  for (const candidate of due) {
    const key = `${candidate.owner.id}/${candidate.dueOn}`;
    byOwnerDay.set(key, [...(byOwnerDay.get(key) ?? []), candidate]);
  }
  let mailed = 0;
  for (const group of byOwnerDay.values()) if (await remindOwner(deps, group, now)) mailed++;
  return mailed;
}

async function selectCandidates(db: Database, now: Date): Promise<Candidate[]> {
  const today = now.toISOString().slice(0, 10);
  return db
    .select({
      id: sessionCommitment.id,
      engagementId: sessionCommitment.engagementId,
      practiceId: engagement.practiceId,
      clientId: engagement.clientId,
      dueOn: sessionCommitment.dueOn,
      createdAt: sessionCommitment.createdAt,
      owner: { id: user.id, name: user.name, email: user.email, timeZone: user.timeZone },
      coachZone: coachAvailability.timeZone,
    })
    .from(sessionCommitment)
    .innerJoin(engagement, eq(engagement.id, sessionCommitment.engagementId))
    .innerJoin(user, eq(user.id, sessionCommitment.ownerId))
    .leftJoin(coachAvailability, eq(coachAvailability.coachId, engagement.coachId))
    .where(
      and(
        eq(sessionCommitment.status, "open"),
        isNull(sessionCommitment.remindedAt),
        ne(engagement.stage, "closed"),
        // Every zone's "tomorrow" lies within a day of UTC's.
        gte(sessionCommitment.dueOn, today),
        lte(sessionCommitment.dueOn, addDays(today, 2)),
      ),
    );
}

function zoneOf(candidate: Candidate): string {
  return (
    knownTimeZone(candidate.owner.timeZone ?? "") ??
    knownTimeZone(candidate.coachZone ?? "") ??
    FALLBACK_ZONE
  );
}

/** The reminder's moment: the owner's morning the day before the due date. */
export function reminderMoment(dueOn: string, zone: string): Date {
  const dayBefore = addDays(dueOn, -1);
  for (let minute = REMIND_AT_MINUTE; minute < 24 * 60; minute += 60) {
    const at = instantOf(dayBefore, minute, zone);
    if (at) return at;
  }
  return new Date(`${dayBefore}T08:00:00Z`);
}

function isDue(candidate: Candidate, now: Date): boolean {
  const zone = zoneOf(candidate);
  const moment = reminderMoment(candidate.dueOn, zone);
  return (
    moment <= now &&
    now.getTime() - moment.getTime() <= STALE_AFTER_MS &&
    candidate.createdAt <= moment &&
    localParts(now, zone).date < candidate.dueOn
  );
}

async function remindOwner(deps: Deps, group: Candidate[], now: Date): Promise<boolean> {
  const [first] = group;
  if (!first) return false;
  return deps.db.transaction(async (tx) => {
    const claimed = await tx
      .update(sessionCommitment)
      .set({ remindedAt: now })
      .where(
        and(
          inArray(
            sessionCommitment.id,
            group.map((c) => c.id),
          ),
          isNull(sessionCommitment.remindedAt),
          eq(sessionCommitment.status, "open"),
          eq(sessionCommitment.ownerId, first.owner.id),
        ),
      )
      .returning({ text: sessionCommitment.text, engagementId: sessionCommitment.engagementId });
    if (claimed.length === 0) return false;
    const url = toDoListUrl(deps.config.publicUrl, group, claimed);
    const mail = commitmentReminderMail(
      first.owner.name,
      first.dueOn,
      claimed.map((c) => c.text).sort((a, b) => a.localeCompare(b)),
      url,
    );
    return sendTopicMail(
      { db: tx, mailer: deps.mailer },
      { userId: first.owner.id, topic: "commitment_reminders" },
      { to: first.owner.email, ...mail, practiceId: first.practiceId },
      tx,
    );
  });
}

/** The client's home holds their to-do list; a coach's is on the engagement's page. */
function toDoListUrl(
  publicUrl: string,
  group: Candidate[],
  claimed: { engagementId: string }[],
): string {
  const engagements = new Set(claimed.map((c) => c.engagementId));
  const [only] = engagements;
  const ownerIsClient = group.some((c) => c.clientId === c.owner.id);
  if (ownerIsClient || engagements.size !== 1 || !only) return `${publicUrl}/`;
  return `${publicUrl}/engagements/${only}`;
}

/**
 * Sent the day before, but it may wait for the person's weekly digest: the due day is named by
 * its date, never as "tomorrow".
 */
export function commitmentReminderMail(
  ownerName: string,
  dueOn: string,
  texts: string[],
  url: string,
) {
  const one = texts.length === 1;
  const day = spokenDate(dueOn);
  return render(
    one ? `A commitment due on ${day}` : `${texts.length} commitments due on ${day}`,
    [
      `Hello ${ownerName},`,
      one
        ? `This commitment of yours is due on ${day} and still open:`
        : `These commitments of yours are due on ${day} and still open:`,
      ...texts.map((text) => `- ${text}`),
      "Mark each one on your to-do list once it is done, or say how far it went.",
      "You can turn these mails off in Keel, under Settings, Mail.",
    ],
    { label: "Open your to-do list", url },
  );
}
