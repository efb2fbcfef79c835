import { randomUUID } from "node:crypto";
import { reportForProposals } from "../../src/domain/development/feedback-proposals";
import { DEFAULT_GROUP_LIMITS } from "../../src/domain/feedback/rater-groups";
import { buildReport } from "../../src/domain/feedback/report";
import type { Database } from "../../src/server/db/database";
import {
  account,
  checkInSchedule,
  coachingSession,
  engagement,
  feedbackCampaign,
  goal,
  membership,
  programme,
  programmeCohort,
  programmeParticipant,
  programmeSponsor,
  user,
} from "../../src/server/db/schema";
import { keelModel, reportInputOf } from "./seed-feedback";
import { insertBatches, type Random } from "./seed-helpers";

// Issue 20's programme: 500 participants in 4 cohorts of the bench practice, each a client with an
// engagement of one of the practice's coaches, sessions held, goals achieved, a check-in
// schedule on a share (with no check-ins, so "missed check-ins" fires for them) and, for most, a
// released baseline 360 and its released repeat with frozen reports as the feature stores them.

const DAY = 24 * 60 * 60 * 1000;
const PARTICIPANTS = 500;
const COHORTS = 4;
const HELD_SESSIONS = 3;
export const PROGRAMME_SPONSOR_EMAIL = "programme-sponsor@bench.example";

export interface SeededProgramme {
  programmeId: string;
  sponsorEmail: string;
  counts: Record<string, number>;
}

interface Input {
  practiceId: string;
  coachIds: string[];
  passwordHash: string;
  random: Random;
}

type Row<T extends { $inferInsert: unknown }> = T["$inferInsert"];

export async function seedProgramme(db: Database, o: Input): Promise<SeededProgramme> {
  const now = Date.now();
  const iso = (offsetDays: number) => new Date(now + offsetDays * DAY).toISOString().slice(0, 10);
  const [created] = await db
    .insert(programme)
    .values({
      practiceId: o.practiceId,
      name: "Leading at Northwind",
      organisationName: "Northwind Trading",
      competencyModelId: "keel-leadership",
      sessionsPlanned: 8,
      months: 9,
    })
    .returning({ id: programme.id });
  if (!created) throw new Error("no programme");
  const programmeId = created.id;
  const cohorts = await db
    .insert(programmeCohort)
    .values(
      Array.from({ length: COHORTS }, (_, c) => ({
        programmeId,
        name: `Cohort ${c + 1}`,
        startDate: iso(-200 + c * 30),
      })),
    )
    .returning({ id: programmeCohort.id });
  await seedSponsor(db, o, programmeId);

  const rows = participantRows(o, programmeId, cohorts, now);
  await insertBatches(db, user, rows.users);
  await insertBatches(db, membership, rows.memberships);
  await insertBatches(db, engagement, rows.engagements);
  await insertBatches(db, programmeParticipant, rows.participants);
  await insertBatches(db, coachingSession, rows.sessions);
  await insertBatches(db, goal, rows.goals);
  await insertBatches(db, checkInSchedule, rows.schedules);
  const campaigns = feedbackRounds(o, rows.engagements, now);
  await insertBatches(db, feedbackCampaign, campaigns, 50);
  return {
    programmeId,
    sponsorEmail: PROGRAMME_SPONSOR_EMAIL,
    counts: {
      "programme participants": rows.participants.length,
      "programme sessions": rows.sessions.length,
      "programme check-in schedules": rows.schedules.length,
      "programme 360 rounds": campaigns.length,
    },
  };
}

async function seedSponsor(db: Database, o: Input, programmeId: string) {
  const id = randomUUID();
  await db
    .insert(user)
    .values({ id, name: "Programme Sponsor", email: PROGRAMME_SPONSOR_EMAIL, emailVerified: true });
  await db.insert(account).values({
    id: randomUUID(),
    accountId: id,
    providerId: "credential",
    userId: id,
    password: o.passwordHash,
  });
  await db.insert(membership).values({ practiceId: o.practiceId, userId: id, role: "sponsor" });
  await db.insert(programmeSponsor).values({ programmeId, userId: id });
}

/** Stage by participant: mostly active, a share in review, sustaining or still planning. */
const stageOf = (i: number) =>
  i % 10 === 9 ? "planning" : i % 10 === 8 ? "sustaining" : i % 10 === 7 ? "review" : "active";

function participantRows(o: Input, programmeId: string, cohorts: { id: string }[], now: number) {
  const rows = {
    users: [] as Row<typeof user>[],
    memberships: [] as Row<typeof membership>[],
    engagements: [] as Row<typeof engagement>[],
    participants: [] as Row<typeof programmeParticipant>[],
    sessions: [] as Row<typeof coachingSession>[],
    goals: [] as Row<typeof goal>[],
    schedules: [] as Row<typeof checkInSchedule>[],
  };
  for (let i = 0; i < PARTICIPANTS; i++) {
    const userId = randomUUID();
    const engagementId = randomUUID();
    const coachId = o.coachIds[i % o.coachIds.length] as string;
    // The n-th engagement of its coach: its sessions fall on days no other of theirs uses.
    const nth = Math.floor(i / o.coachIds.length);
    const name = `Participant ${i + 1}`;
    const email = `participant-${i + 1}@bench.example`;
    const start = new Date(now - (120 + nth) * DAY);
    rows.users.push({ id: userId, name, email, emailVerified: true });
    rows.memberships.push({ practiceId: o.practiceId, userId, role: "client", coachId });
    rows.engagements.push({
      id: engagementId,
      practiceId: o.practiceId,
      coachId,
      clientId: userId,
      title: "Leading at Northwind",
      startDate: start.toISOString().slice(0, 10),
      sessionsPlanned: 8,
      stage: stageOf(i),
      createdAt: start,
    });
    rows.participants.push({
      programmeId,
      cohortId: (cohorts[i % cohorts.length] as { id: string }).id,
      name,
      email,
      userId,
      joinedAt: i % 20 === 19 ? null : start,
      engagementId,
    });
    for (let k = 0; k < HELD_SESSIONS; k++)
      rows.sessions.push(sessionOf(coachId, engagementId, now - (7 + k * 20 + nth) * DAY));
    // One in three has nothing booked ahead: the "no session booked" warning fires for them.
    if (i % 3 !== 0) rows.sessions.push(sessionOf(coachId, engagementId, now + (3 + nth) * DAY));
    rows.goals.push(...goalsOf(engagementId, coachId, i, start));
    if (i % 4 === 0)
      rows.schedules.push({
        engagementId,
        weekday: 1,
        hour: 8,
        timeZone: "Europe/London",
        updatedBy: userId,
        updatedAt: start,
      });
  }
  return rows;
}

/** At 01:00 UTC, half an hour: clear of the bench's other sessions of the same coach. */
function sessionOf(
  coachId: string,
  engagementId: string,
  dayAt: number,
): Row<typeof coachingSession> {
  const startsAt = new Date(Math.floor(dayAt / DAY) * DAY + 3_600_000);
  const endsAt = new Date(startsAt.getTime() + 30 * 60_000);
  return {
    engagementId,
    coachId,
    startsAt,
    endsAt,
    busyUntil: endsAt,
    timeZone: "Europe/London",
    mode: "video",
    icalUid: `${randomUUID()}@bench.example`,
    bookedBy: coachId,
  };
}

/** Two goals each; the first achieved for two in three participants. */
function goalsOf(engagementId: string, coachId: string, i: number, start: Date) {
  const startDate = start.toISOString().slice(0, 10);
  return [0, 1].map((position) => ({
    engagementId,
    position,
    statement: position === 0 ? "Delegate the weekly report" : "Run shorter meetings",
    startDate,
    state: position === 0 && i % 3 !== 0 ? ("achieved" as const) : ("open" as const),
    closedOn: position === 0 && i % 3 !== 0 ? new Date().toISOString().slice(0, 10) : null,
    createdBy: coachId,
    updatedBy: coachId,
  }));
}

/** Four in five participants: a released baseline 360 and its released repeat, 6 raters each. */
function feedbackRounds(o: Input, engagements: Row<typeof engagement>[], now: number) {
  const model = keelModel();
  const round = (e: Row<typeof engagement>, repeatOf: string | null, daysAgo: number) => {
    const report = buildReport(reportInputOf(model, 6, o.random));
    const at = new Date(now - daysAgo * DAY);
    return {
      id: randomUUID(),
      practiceId: o.practiceId,
      engagementId: e.id as string,
      clientId: e.clientId,
      createdBy: e.coachId,
      repeatOf,
      status: "released" as const,
      modelSource: "built-in" as const,
      modelId: model.id,
      modelVersion: model.version,
      model,
      threshold: 3,
      groupLimits: DEFAULT_GROUP_LIMITS,
      deadline: at.toISOString().slice(0, 10),
      timeZone: "Europe/London",
      closesAt: at,
      closedAt: at,
      releasedAt: at,
      createdAt: new Date(at.getTime() - 21 * DAY),
      report,
      reportForProposals: reportForProposals(report),
    };
  };
  return engagements
    .filter((_, i) => i % 5 !== 0)
    .flatMap((e) => {
      const baseline = round(e, null, 100);
      return [baseline, round(e, baseline.id, 5)];
    });
}
