import { randomUUID } from "node:crypto";
import type { ProgrammeBody } from "../../src/contract/programmes";
import {
  coachingSession,
  engagement,
  feedbackCampaign,
  goal,
  programmeParticipant,
  user,
} from "../../src/server/db/schema";
import type { Member } from "./factories";
import type { TestApp } from "./test-app";

// A programme's participants written straight into the database: each with an engagement of one
// coach, sessions held, a goal achieved and, if asked, a baseline 360 and its released repeat.
// The routes that read them are what the tests are about, not how the data arrived.

const DAY = 24 * 3_600_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
let sessionDays = 0;

/** A programme as the admin sends it: Acme Ltd's, six sessions over six months, the 360 model. */
export function programmeBody(overrides: Partial<ProgrammeBody> = {}): ProgrammeBody {
  return {
    name: "Leading at Acme",
    organisationName: "Acme Ltd",
    instrumentIds: [],
    competencyModelId: "keel-leadership",
    sessionsPlanned: 6,
    months: 6,
    courseId: null,
    pulseEveryWeeks: null,
    ...overrides,
  };
}

export interface SeedOptions {
  practiceId: string;
  programmeId: string;
  cohortId: string;
  coachId: string;
  people: number;
  /** A session booked ahead: no early warning for lack of one. */
  booked?: boolean;
  /** Others' mean for "communicating" in the baseline and in the repeat. */
  feedback?: { before: number; after: number };
}

export interface CohortSeed {
  name: string;
  people: number;
  booked?: boolean;
  feedback?: { before: number; after: number } | undefined;
}

/**
 * Cohorts the admin adds through the API, each with its participants written in by
 * seedParticipants: each cohort's id and its participants' engagements, by the cohort's name.
 */
export async function seedCohorts(
  t: TestApp,
  admin: Member,
  o: Omit<SeedOptions, "cohortId" | "people" | "booked" | "feedback"> & { startDate: string },
  cohorts: readonly CohortSeed[],
): Promise<Record<string, { id: string; engagements: string[] }>> {
  const seeded: Record<string, { id: string; engagements: string[] }> = {};
  for (const { name, people, booked, feedback } of cohorts) {
    const cohort = await admin.agent.post(`/api/programmes/${o.programmeId}/cohorts`, {
      name,
      startDate: o.startDate,
    });
    if (cohort.status !== 201) throw new Error(`cohort ${name}: ${cohort.status}`);
    const engagements = await seedParticipants(t, {
      practiceId: o.practiceId,
      programmeId: o.programmeId,
      coachId: o.coachId,
      cohortId: cohort.body.id,
      people,
      ...(booked ? { booked } : {}),
      ...(feedback ? { feedback } : {}),
    });
    seeded[name] = { id: cohort.body.id, engagements };
  }
  return seeded;
}

export async function seedParticipants(t: TestApp, o: SeedOptions): Promise<string[]> {
  const db = t.handle.db;
  const tag = randomUUID().slice(0, 8);
  const people = await db
    .insert(user)
    .values(
      Array.from({ length: o.people }, (_, i) => ({
        name: `Participant ${tag} ${i}`,
        email: `p-${tag}-${i}@seed.example`,
      })),
    )
    .returning({ id: user.id, email: user.email });
  const engagements = await db
    .insert(engagement)
    .values(
      people.map((person) => ({
        practiceId: o.practiceId,
        coachId: o.coachId,
        clientId: person.id,
        title: "Programme coaching",
        startDate: day(-60),
        sessionsPlanned: 6,
        stage: "active" as const,
      })),
    )
    .returning({ id: engagement.id, clientId: engagement.clientId });
  await db.insert(programmeParticipant).values(
    engagements.map((one, i) => ({
      programmeId: o.programmeId,
      cohortId: o.cohortId,
      name: `Participant ${tag} ${i}`,
      email: people[i]?.email ?? "",
      userId: one.clientId,
      joinedAt: new Date(),
      engagementId: one.id,
    })),
  );
  await db
    .insert(coachingSession)
    .values(
      engagements.flatMap((one) => [
        sessionOf(o.coachId, one.id, -(40 + sessionsDays())),
        ...(o.booked ? [sessionOf(o.coachId, one.id, 5 + sessionsDays())] : []),
      ]),
    );
  await db.insert(goal).values(
    engagements.map((one) => ({
      engagementId: one.id,
      position: 0,
      statement: "Delegate the weekly report",
      startDate: day(-50),
      state: "achieved" as const,
      closedOn: day(-2),
      createdBy: o.coachId,
      updatedBy: o.coachId,
    })),
  );
  if (o.feedback) for (const one of engagements) await seedFeedback(t, o, one, o.feedback);
  return engagements.map((one) => one.id);
}

function sessionsDays() {
  sessionDays += 1;
  return sessionDays;
}

function sessionOf(coachId: string, engagementId: string, offsetDays: number) {
  const startsAt = new Date(Date.now() + offsetDays * DAY);
  const endsAt = new Date(startsAt.getTime() + 3_600_000);
  return {
    engagementId,
    coachId,
    startsAt,
    endsAt,
    busyUntil: endsAt,
    timeZone: "Europe/London",
    mode: "video" as const,
    icalUid: `${randomUUID()}@keel.test`,
    bookedBy: coachId,
  };
}

async function seedFeedback(
  t: TestApp,
  o: SeedOptions,
  one: { id: string; clientId: string },
  means: { before: number; after: number },
) {
  const round = (others: number, repeatOf: string | null, daysAgo: number) => {
    const competencies = [
      { id: "communicating", others },
      { id: "deciding", others: null },
    ];
    return {
      practiceId: o.practiceId,
      engagementId: one.id,
      clientId: one.clientId,
      createdBy: o.coachId,
      repeatOf,
      status: "released" as const,
      modelSource: "built-in" as const,
      modelId: "keel-leadership",
      modelVersion: 1,
      model: { name: "Keel leadership" } as never,
      threshold: 3,
      groupLimits: {} as never,
      deadline: day(-daysAgo),
      timeZone: "Europe/London",
      closesAt: new Date(Date.now() - daysAgo * DAY),
      releasedAt: new Date(Date.now() - daysAgo * DAY),
      report: { competencies } as never,
      reportForProposals: { competencies } as never,
    };
  };
  const [baseline] = await t.handle.db
    .insert(feedbackCampaign)
    .values(round(means.before, null, 50))
    .returning({ id: feedbackCampaign.id });
  await t.handle.db.insert(feedbackCampaign).values(round(means.after, baseline?.id ?? null, 3));
}
