import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { isoWeekday, localParts } from "../../src/domain/sessions/zoned-time";
import { CHECK_IN_MAIL_QUEUE } from "../../src/server/check-ins/check-in-mail";
import { type Database, openServer } from "../../src/server/db/database";
import {
  checkInSchedule,
  engagement,
  membership,
  practice,
  user,
} from "../../src/server/db/schema";
import { startJobQueue } from "../../src/server/jobs/job-queue";
import { startSmtpSink } from "../../test/support/smtp-sink";
import { insertBatches } from "./seed-helpers";

export const CHECK_IN_MAIL = "check-in mail";

export interface CheckInMailRun {
  clients: number;
  /** From sending the job until every engagement's week was claimed and its mail queued. */
  queuedMs: number;
  /** From sending the job until the SMTP server had every mail; NaN when it gave up waiting. */
  deliveredMs: number;
  delivered: number;
}

const ZONE = "Europe/London";

/** Twice the budget: long enough to tell by how much a slow run misses it. */
const GIVE_UP_MS = 10 * 60_000;

/**
 * The day's check-in mail as Keel sends it: `clients` engagements whose weekly check-in is due
 * now, the check-in job sent to the queue, and Keel (with its real workers, SMTP_URL pointing at
 * an SMTP server on loopback) running it and delivering every mail. Measured from sending the job
 * until the SMTP server has received the last mail.
 */
export async function measureCheckInMail(input: {
  url: string;
  clients: number;
  launch: (env: Record<string, string>) => Promise<{ stop: () => Promise<unknown> }>;
}): Promise<CheckInMailRun> {
  const sink = await startSmtpSink();
  const migrated = await input.launch({});
  await migrated.stop();
  const handle = await openServer(input.url, 2);
  try {
    await seedDueCheckIns(handle.db, input.clients);
    const keel = await input.launch({ SMTP_URL: sink.url });
    const jobs = await startJobQueue(handle, { maintenance: false });
    const began = performance.now();
    await jobs.send(CHECK_IN_MAIL_QUEUE, {});
    let queuedMs = Number.NaN;
    let deliveredMs = Number.NaN;
    while (performance.now() - began < GIVE_UP_MS) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      if (Number.isNaN(queuedMs) && (await mailings(handle.db)) >= input.clients)
        queuedMs = performance.now() - began;
      if (sink.received.length >= input.clients) {
        deliveredMs = performance.now() - began;
        break;
      }
    }
    const delivered = sink.received.length;
    await jobs.stop();
    await keel.stop();
    return { clients: input.clients, queuedMs, deliveredMs, delivered };
  } finally {
    await handle.close();
    await sink.close();
  }
}

async function mailings(db: Database): Promise<number> {
  const result = await db.execute(sql`select count(*)::int as n from check_in_mailing`);
  return (result as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0;
}

/**
 * One coach per 60 clients, each client in an active engagement whose check-in falls on today,
 * at midnight in London: due now, set up since last week's time (so nothing is recorded skipped).
 */
async function seedDueCheckIns(db: Database, clients: number): Promise<void> {
  const [created] = await db.insert(practice).values({ name: "Check-in mail" }).returning();
  if (!created) throw new Error("no practice");
  const practiceId = created.id;
  const now = new Date();
  const today = localParts(now, ZONE).date;
  const coaches = Array.from({ length: Math.ceil(clients / 60) }, (_, c) => ({
    id: randomUUID(),
    name: `Coach ${c + 1}`,
    email: `coach-${c + 1}@mail-bench.example`,
  }));
  const people = Array.from({ length: clients }, (_, i) => ({
    id: randomUUID(),
    name: `Client ${i + 1}`,
    email: `client-${i + 1}@mail-bench.example`,
  }));
  const coachOf = (i: number) => coaches[Math.floor(i / 60)] as { id: string };
  await insertBatches(
    db,
    user,
    [...coaches, ...people].map((p) => ({ ...p, emailVerified: true })),
  );
  await insertBatches(db, membership, [
    ...coaches.map((p) => ({ practiceId, userId: p.id, role: "coach" as const })),
    ...people.map((p, i) => ({
      practiceId,
      userId: p.id,
      role: "client" as const,
      coachId: coachOf(i).id,
    })),
  ]);
  const engagements = people.map((p, i) => ({
    id: randomUUID(),
    practiceId,
    coachId: coachOf(i).id,
    clientId: p.id,
    title: `Leadership engagement ${i + 1}`,
    startDate: today,
    sessionsPlanned: 10,
    stage: "active" as const,
  }));
  await insertBatches(db, engagement, engagements);
  await insertBatches(
    db,
    checkInSchedule,
    engagements.map((e) => ({
      engagementId: e.id,
      weekday: isoWeekday(today),
      hour: 0,
      timeZone: ZONE,
      updatedBy: e.clientId,
      updatedAt: new Date(now.getTime() - 60_000),
    })),
  );
  await db.execute(sql`vacuum analyze`);
}
