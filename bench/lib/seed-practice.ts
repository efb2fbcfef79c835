import { createHash, randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { STAGES, type Stage } from "../../src/domain/engagement/stages";
import { hashPassword } from "../../src/server/auth/passwords";
import type { Database } from "../../src/server/db/database";
import {
  account,
  engagement,
  engagementStageChange,
  invitation,
  mail,
  membership,
  practice,
  user,
} from "../../src/server/db/schema";

export const BENCH_PASSWORD = "benchmark password";

export interface SeededPractice {
  coachEmail: string;
  adminEmail: string;
  clientEmail: string;
  clientEngagementId: string;
  counts: Record<string, number>;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * A synthetic practice at `scale`: 50 coaches, 1,000 clients and 20 sponsors per unit, two years
 * of engagements in every stage with their stage history, pending invitations and their mail.
 * Rows go in through the real schema in batches; everyone shares one argon2id password hash.
 */
export async function seedPractice(db: Database, scale: number): Promise<SeededPractice> {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const now = Date.now();
  const [created] = await db.insert(practice).values({ name: "Benchmark Coaching" }).returning();
  if (!created) throw new Error("no practice");
  const practiceId = created.id;

  const coaches = people("coach", 50 * scale);
  const clients = people("client", 1000 * scale);
  const sponsors = people("sponsor", 20 * scale);
  const everyone = [...coaches, ...clients, ...sponsors];
  await insertBatches(
    db,
    user,
    everyone.map((p) => ({ id: p.id, name: p.name, email: p.email, emailVerified: true })),
  );
  await insertBatches(
    db,
    account,
    everyone.map((p) => ({
      id: randomUUID(),
      accountId: p.id,
      providerId: "credential",
      userId: p.id,
      password: passwordHash,
    })),
  );
  const coachOf = (index: number) => coaches[index % coaches.length] as Person;
  await insertBatches(db, membership, [
    ...coaches.map((p, i) => ({
      practiceId,
      userId: p.id,
      role: "coach" as const,
      isAdmin: i === 0,
    })),
    ...clients.map((p, i) => ({
      practiceId,
      userId: p.id,
      role: "client" as const,
      coachId: coachOf(i).id,
    })),
    ...sponsors.map((p) => ({ practiceId, userId: p.id, role: "sponsor" as const })),
  ]);

  const engagements: (typeof engagement.$inferInsert)[] = [];
  const changes: (typeof engagementStageChange.$inferInsert)[] = [];
  clients.forEach((client, i) => {
    const rounds = i % 3 === 0 ? 2 : 1;
    for (let round = 0; round < rounds; round++) {
      const id = randomUUID();
      const stage: Stage =
        round === 0 && rounds === 2 ? "closed" : (STAGES[i % STAGES.length] as Stage);
      const start = now - ((i * 37 + round * 300) % 730) * DAY;
      engagements.push({
        id,
        practiceId,
        coachId: coachOf(i).id,
        clientId: client.id,
        sponsorId: i % 2 === 0 ? (sponsors[i % sponsors.length] as Person).id : null,
        title: `Leadership engagement ${i + 1}.${round + 1}`,
        startDate: new Date(start).toISOString().slice(0, 10),
        sessionsPlanned: 6 + (i % 7),
        stage,
        createdAt: new Date(start),
      });
      changes.push(...historyTo(id, stage, coachOf(i).id, start));
    }
  });
  await insertBatches(db, engagement, engagements);
  await insertBatches(db, engagementStageChange, changes);

  const invitations = coaches.flatMap((coach, c) =>
    Array.from({ length: 5 }, (_, k) => ({
      practiceId,
      email: `invitee-${c}-${k}@bench.example`,
      name: `Invitee ${c}.${k}`,
      role: "client" as const,
      tokenHash: createHash("sha256").update(`bench-${c}-${k}`).digest("hex"),
      invitedBy: coach.id,
      expiresAt: new Date(now + 10 * DAY),
    })),
  );
  await insertBatches(db, invitation, invitations);
  await insertBatches(
    db,
    mail,
    invitations.map((inv) => ({
      practiceId,
      to: inv.email,
      subject: "You are invited to Benchmark Coaching on Keel",
      text: `Accept the invitation: http://localhost/invitations/${inv.tokenHash}`,
      status: "held" as const,
    })),
  );

  // A live database has planner statistics; a bulk load must gather them before it is measured.
  await db.execute(sql`analyze`);

  const firstClient = clients[1] as Person;
  const clientEngagement = engagements.find((e) => e.clientId === firstClient.id);
  return {
    adminEmail: (coaches[0] as Person).email,
    coachEmail: (coaches[1] as Person).email,
    clientEmail: firstClient.email,
    clientEngagementId: clientEngagement?.id ?? "",
    counts: {
      coaches: coaches.length,
      clients: clients.length,
      sponsors: sponsors.length,
      engagements: engagements.length,
      "stage changes": changes.length,
      invitations: invitations.length,
    },
  };
}

interface Person {
  id: string;
  name: string;
  email: string;
}

function people(role: string, count: number): Person[] {
  return Array.from({ length: count }, (_, i) => ({
    id: randomUUID(),
    name: `${role[0]?.toUpperCase()}${role.slice(1)} ${i + 1}`,
    email: `${role}-${i + 1}@bench.example`,
  }));
}

function historyTo(engagementId: string, stage: Stage, by: string, start: number) {
  const path = stage === "closed" ? STAGES : STAGES.slice(0, STAGES.indexOf(stage) + 1);
  return path.map((to, step) => ({
    engagementId,
    fromStage: step === 0 ? null : (path[step - 1] as Stage),
    toStage: to,
    changedBy: by,
    changedAt: new Date(start + step * 30 * DAY),
  }));
}

async function insertBatches<T extends PgTable>(
  db: Database,
  table: T,
  rows: T["$inferInsert"][],
  size = 500,
): Promise<void> {
  for (let i = 0; i < rows.length; i += size)
    await db.insert(table).values(rows.slice(i, i + size));
}
