import { createHash, randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { STAGES, type Stage } from "../../src/domain/engagement/stages";
import { hashPassword } from "../../src/server/auth/passwords";
import type { Database } from "../../src/server/db/database";
import {
  account,
  assessment,
  engagement,
  engagementStageChange,
  instrumentVersion,
  invitation,
  mail,
  membership,
  practice,
  user,
} from "../../src/server/db/schema";
import { seedCheckIns } from "./seed-check-ins";
import { seedFeedback } from "./seed-feedback";
import { seedGoals } from "./seed-goals";
import { insertBatches, seededRandom } from "./seed-helpers";
import { seedProgramme } from "./seed-programme";
import { seedSessions } from "./seed-sessions";

export const BENCH_PASSWORD = "benchmark password";

export interface SeededPractice {
  practiceId: string;
  coachId: string;
  coachEmail: string;
  adminEmail: string;
  clientEmail: string;
  clientEngagementId: string;
  /** The client's submitted IPIP-NEO-120, scored against the practice's norms. */
  clientResultsId: string;
  /** The client's IPIP 50-item questionnaire, in progress. */
  clientOpenAssessmentId: string;
  /** The client's released 360-degree feedback report. */
  clientReleasedCampaignId: string;
  /** The latest of the 50 sessions of the client's engagement. */
  clientSessionId: string;
  /** The coach of 60 clients with two years of weekly check-ins: the clients at risk measured. */
  accountabilityCoachEmail: string;
  /** Issue 20's programme of 500 participants, and its sponsor's address. */
  programmeId: string;
  programmeSponsorEmail: string;
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

  const firstClient = clients[1] as Person;
  const clientEngagement = engagements.find((e) => e.clientId === firstClient.id) as {
    id: string;
  };
  const questionnaires = await seedQuestionnaires(db, practiceId, engagements, clientEngagement.id);
  const feedback = await seedFeedback(db, {
    practiceId,
    scale,
    engagements,
    clientEngagementId: clientEngagement.id,
    random: seededRandom(7),
  });
  const goals = await seedGoals(db, {
    engagements,
    clientEngagementId: clientEngagement.id,
    random: seededRandom(11),
  });
  const sessions = await seedSessions(db, {
    practiceId,
    engagements,
    clientEngagementId: clientEngagement.id,
    benchCoachId: (coaches[1] as Person).id,
    coachIds: coaches.map((c) => c.id),
    random: seededRandom(13),
  });
  const checkIns = await seedCheckIns(db, {
    practiceId,
    scale,
    passwordHash,
    random: seededRandom(17),
  });
  const programme = await seedProgramme(db, {
    practiceId,
    coachIds: coaches.map((c) => c.id),
    passwordHash,
    random: seededRandom(19),
  });

  // A live database has planner statistics and, once autovacuum has passed, visibility maps
  // (which let counts read an index alone); a bulk load must gather both before it is measured.
  await db.execute(sql`vacuum analyze`);

  return {
    adminEmail: (coaches[0] as Person).email,
    practiceId,
    coachId: (coaches[1] as Person).id,
    coachEmail: (coaches[1] as Person).email,
    clientEmail: firstClient.email,
    clientEngagementId: clientEngagement.id,
    clientResultsId: questionnaires.clientResultsId,
    clientOpenAssessmentId: questionnaires.clientOpenAssessmentId,
    clientReleasedCampaignId: feedback.clientReleasedCampaignId,
    clientSessionId: sessions.clientSessionId,
    accountabilityCoachEmail: checkIns.coachEmail,
    programmeId: programme.programmeId,
    programmeSponsorEmail: programme.sponsorEmail,
    counts: {
      coaches: coaches.length,
      clients: clients.length,
      sponsors: sponsors.length,
      engagements: engagements.length,
      "stage changes": changes.length,
      invitations: invitations.length,
      "submitted questionnaires": questionnaires.submitted,
      ...feedback.counts,
      ...goals.counts,
      ...sessions.counts,
      ...checkIns.counts,
      ...programme.counts,
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

/**
 * Two of three engagements have a submitted IPIP 50-item questionnaire and one in four an
 * IPIP-NEO-120, so the practice has local norms; answers follow each person's trait level plus
 * noise, so reliabilities computed from them are realistic. The bench client has both, one open.
 */
async function seedQuestionnaires(
  db: Database,
  practiceId: string,
  engagements: (typeof engagement.$inferInsert)[],
  clientEngagementId: string,
) {
  const versions = await db.select().from(instrumentVersion);
  const find = (id: string) => {
    const found = versions.find((v) => v.instrumentId === id);
    if (!found) throw new Error(`Start Keel once before seeding: ${id} is not stored.`);
    return found;
  };
  const [ipip50, neo120] = [find("ipip-bffm-50"), find("ipip-neo-120")];
  const random = seededRandom(42);
  const rows: (typeof assessment.$inferInsert)[] = [];
  const submittedOn = (e: typeof engagement.$inferInsert, version: typeof ipip50) => ({
    id: randomUUID(),
    practiceId,
    engagementId: e.id as string,
    clientId: e.clientId,
    instrumentId: version.instrumentId,
    instrumentVersionId: version.id,
    assignedBy: e.coachId,
    status: "submitted" as const,
    answers: answerSheet(version.definition, random),
    startedAt: e.createdAt as Date,
    submittedAt: e.createdAt as Date,
  });
  engagements.forEach((e, i) => {
    if (e.id === clientEngagementId) return;
    if (i % 3 !== 2) rows.push(submittedOn(e, ipip50));
    if (i % 4 === 0) rows.push(submittedOn(e, neo120));
  });
  const clientEngagement = engagements.find(
    (e) => e.id === clientEngagementId,
  ) as typeof engagement.$inferInsert;
  const results = submittedOn(clientEngagement, neo120);
  const open = {
    ...submittedOn(clientEngagement, ipip50),
    status: "in_progress" as const,
    submittedAt: null,
  };
  open.answers = Object.fromEntries(Object.entries(open.answers).slice(0, 20));
  rows.push(results, open);
  await insertBatches(db, assessment, rows, 200);
  return {
    submitted: rows.length - 1,
    clientResultsId: results.id,
    clientOpenAssessmentId: open.id,
  };
}

function answerSheet(
  definition: {
    items: { id: string; keyed: "+" | "-" }[];
    scales: { kind: string; items: string[] }[];
  },
  random: () => number,
): Record<string, number> {
  const answers: Record<string, number> = {};
  for (const scale of definition.scales.filter((s) => s.kind !== "domain")) {
    const level = 1.5 + random() * 3;
    for (const itemId of scale.items) {
      const keyed = definition.items.find((item) => item.id === itemId)?.keyed;
      const value = Math.min(5, Math.max(1, Math.round(level + (random() - 0.5) * 2)));
      answers[itemId] = keyed === "-" ? 6 - value : value;
    }
  }
  return answers;
}
