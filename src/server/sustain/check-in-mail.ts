import { and, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { FastifyBaseLogger } from "fastify";
import { daysBetween } from "../../domain/goals/dates";
import { formatIfThen } from "../../domain/goals/if-then";
import { localParts } from "../../domain/sessions/zoned-time";
import type { SustainItem } from "../../domain/sustain/plan";
import { selfCheckInDays } from "../../domain/sustain/self-check-ins";
import { type Slip, slips } from "../../domain/sustain/slips";
import { sendTopicMail } from "../accounts/mail-preferences";
import { newCheckInToken } from "../check-ins/links";
import type { Config } from "../config";
import type { Database } from "../db/database";
import { engagement, sustainCheckIn, sustainNudge, sustainPlan, user } from "../db/schema";
import type { Mailer } from "../mail/mailer";
import { render } from "../mail/templates";
import { selectEndedOn, selectSustainCheckIns, settledCheckIns } from "./queries";
import { clientTimeZone } from "./service";

export const SUSTAIN_MAIL_QUEUE = "sustain.mail";
/** Hourly: a self check-in leaves on its day, from 09:00 in the client's zone. */
export const SUSTAIN_MAIL_CRON = "5 * * * *";
/** A check-in whose day passed this many days ago or fewer is still sent; an older one is skipped. */
export const CATCH_UP_DAYS = 3;
/** A self check-in's link stays open two weeks; unanswered by then, it counts as missed. */
export const SUSTAIN_LINK_LIFETIME_MS = 14 * 24 * 3_600_000;
const MAIL_HOUR = "09:00";

type Deps = { db: Database; mailer: Mailer; config: Pick<Config, "publicUrl"> };

export function sustainMailJob(deps: Deps & { log: FastifyBaseLogger }) {
  return async () => {
    const done = await runSustainMail(deps, new Date());
    if (done.mailed + done.skipped + done.nudged > 0) deps.log.info(done, "sustain check-ins");
  };
}

export function sustainCheckInUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/sustain-check-in/${token}`;
}

const coach = alias(user, "coach");

/**
 * Mails each due self check-in once (its row, inserted in the transaction of the link and the
 * mail, refuses a second process), records one whose day is more than CATCH_UP_DAYS past as
 * skipped, and nudges a slip once. Runs for engagements in sustaining and closed ones whose
 * coaching reached sustaining: the plan keeps working after the end (decision 023).
 */
export async function runSustainMail(
  deps: Deps,
  now: Date,
): Promise<{ mailed: number; skipped: number; nudged: number }> {
  const candidates = await deps.db
    .select({
      id: engagement.id,
      practiceId: engagement.practiceId,
      stage: engagement.stage,
      plannedEndDate: engagement.plannedEndDate,
      items: sustainPlan.items,
      quarterly: sustainPlan.quarterly,
      tellCoach: sustainPlan.tellCoach,
      client: { id: user.id, name: user.name, email: user.email },
      coach: { id: coach.id, name: coach.name, email: coach.email },
    })
    .from(sustainPlan)
    .innerJoin(engagement, eq(engagement.id, sustainPlan.engagementId))
    .innerJoin(user, eq(user.id, engagement.clientId))
    .innerJoin(coach, eq(coach.id, engagement.coachId))
    .where(
      and(
        inArray(engagement.stage, ["sustaining", "closed"]),
        sql`jsonb_array_length(${sustainPlan.items}) > 0`,
      ),
    );
  const totals = { mailed: 0, skipped: 0, nudged: 0 };
  for (const candidate of candidates) {
    const timeZone = await clientTimeZone(deps.db, candidate.client.id);
    const endedOn = await selectEndedOn(deps.db, candidate, timeZone);
    if (!endedOn) continue;
    const local = localParts(now, timeZone);
    const done = new Set((await selectSustainCheckIns(deps.db, candidate.id)).map((r) => r.due));
    for (const due of selfCheckInDays(endedOn, candidate.quarterly, local.date)) {
      if (done.has(due)) continue;
      const late = daysBetween(due, local.date);
      if (late > CATCH_UP_DAYS) totals.skipped += await recordSkipped(deps.db, candidate.id, due);
      else if (late > 0 || local.time >= MAIL_HOUR) {
        const outcome = await mailCheckIn(deps, candidate, due, now);
        if (outcome) totals[outcome]++;
      }
    }
    if (await nudgeSlip(deps, candidate, now)) totals.nudged++;
  }
  return totals;
}

interface Candidate {
  id: string;
  practiceId: string;
  items: SustainItem[];
  tellCoach: boolean;
  client: { id: string; name: string; email: string };
  coach: { id: string; name: string; email: string };
}

async function recordSkipped(db: Database, engagementId: string, due: string): Promise<number> {
  const rows = await db
    .insert(sustainCheckIn)
    .values({ engagementId, due, outcome: "skipped" })
    .onConflictDoNothing()
    .returning({ id: sustainCheckIn.id });
  return rows.length;
}

async function mailCheckIn(
  deps: Deps,
  candidate: Candidate,
  due: string,
  now: Date,
): Promise<"mailed" | "skipped" | null> {
  return deps.db.transaction(async (tx) => {
    const { token, hash } = newCheckInToken();
    const [claimed] = await tx
      .insert(sustainCheckIn)
      .values({
        engagementId: candidate.id,
        due,
        outcome: "mailed",
        tokenHash: hash,
        expiresAt: new Date(now.getTime() + SUSTAIN_LINK_LIFETIME_MS),
      })
      .onConflictDoNothing({ target: [sustainCheckIn.engagementId, sustainCheckIn.due] })
      .returning({ id: sustainCheckIn.id });
    if (!claimed) return null;
    const sent = await sendTopicMail(
      { db: tx, mailer: deps.mailer },
      { userId: candidate.client.id, topic: "sustain_check_ins" },
      {
        to: candidate.client.email,
        ...checkInMail(candidate, sustainCheckInUrl(deps.config.publicUrl, token)),
        practiceId: candidate.practiceId,
      },
      tx,
    );
    if (sent) return "mailed";
    // The client turned these mails off: nothing was asked, so nothing can be missed.
    await tx
      .update(sustainCheckIn)
      .set({ outcome: "skipped", tokenHash: null, expiresAt: null })
      .where(eq(sustainCheckIn.id, claimed.id));
    return "skipped";
  });
}

function checkInMail(candidate: Candidate, url: string) {
  const names = candidate.items.map((item) => `• ${item.title}`);
  return render(
    "Your self check-in: how is your sustain plan going?",
    [
      `Hello ${candidate.client.name},`,
      `Time for a self check-in on what you set out to keep up after your coaching with ${candidate.coach.name}. Rate each, from 1 to 5, and say how it went: two minutes, on your phone too.`,
      ...names,
      "The link opens your check-in without a password; keep it to yourself. It works once, for two weeks.",
      "You can turn these mails off in Keel, under Settings, Mail.",
    ],
    { label: "Check in now", url },
  );
}

/**
 * Nudges a slip once, claimed by its row (engagement, the day of the slip's last check-in) in the
 * transaction of the mails: the client gets their own if-then plans; the coach hears of it only
 * if the client allowed it.
 */
async function nudgeSlip(deps: Deps, candidate: Candidate, now: Date): Promise<boolean> {
  const settled = settledCheckIns(await selectSustainCheckIns(deps.db, candidate.id), now);
  const found = slips(
    candidate.items.map((item) => item.id),
    settled,
  );
  const last = settled[settled.length - 1];
  if (found.length === 0 || !last) return false;
  return deps.db.transaction(async (tx) => {
    const [claimed] = await tx
      .insert(sustainNudge)
      .values({
        engagementId: candidate.id,
        due: last.due,
        itemIds: found.map((slip) => slip.habitId),
        coachTold: false,
      })
      .onConflictDoNothing()
      .returning({ due: sustainNudge.due });
    if (!claimed) return false;
    const mailDeps = { db: tx, mailer: deps.mailer };
    const url = `${deps.config.publicUrl}/engagements/${candidate.id}`;
    await sendTopicMail(
      mailDeps,
      { userId: candidate.client.id, topic: "sustain_check_ins" },
      {
        to: candidate.client.email,
        ...clientNudge(candidate, found, url),
        practiceId: candidate.practiceId,
      },
      tx,
    );
    if (!candidate.tellCoach) return true;
    const told = await sendTopicMail(
      mailDeps,
      { userId: candidate.coach.id, topic: "sustain_check_ins" },
      {
        to: candidate.coach.email,
        ...coachNudge(candidate, found, url),
        practiceId: candidate.practiceId,
      },
      tx,
    );
    if (told)
      await tx
        .update(sustainNudge)
        .set({ coachTold: true })
        .where(and(eq(sustainNudge.engagementId, candidate.id), eq(sustainNudge.due, last.due)));
    return true;
  });
}

function slippedItems(candidate: Candidate, found: Slip[]) {
  return found.flatMap((slip) => {
    const item = candidate.items.find((i) => i.id === slip.habitId);
    return item ? [{ item, slip }] : [];
  });
}

function clientNudge(candidate: Candidate, found: Slip[], url: string) {
  // One paragraph a line: the HTML part keeps no line breaks inside a paragraph.
  const paragraphs = slippedItems(candidate, found).flatMap(({ item, slip }) => [
    `${item.title}: ${slip.reason.toLowerCase()}.`,
    ...item.ifThen.map((plan) => `→ ${formatIfThen(plan)}`),
  ]);
  return render(
    "A nudge from your sustain plan",
    [
      `Hello ${candidate.client.name},`,
      "Some of what you set out to keep up has slipped lately. That happens; here are the plans you wrote for exactly this:",
      ...paragraphs,
      "Pick one for this week. Your next self check-in will ask again.",
    ],
    { label: "Open your sustain plan", url },
  );
}

function coachNudge(candidate: Candidate, found: Slip[], url: string) {
  const lines = slippedItems(candidate, found).map(
    ({ item, slip }) => `• ${item.title}: ${slip.reason.toLowerCase()}.`,
  );
  return render(
    `${candidate.client.name}'s sustain plan has slipped`,
    [
      `Hello ${candidate.coach.name},`,
      `${candidate.client.name} asked Keel to tell you when their sustain plan slips. They have been reminded of their own if-then plans.`,
      ...lines,
      "A short note from you may help them back on track.",
    ],
    { label: "Open the sustain plan", url },
  );
}
