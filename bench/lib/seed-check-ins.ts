import { randomUUID } from "node:crypto";
import { addDays } from "../../src/domain/goals/dates";
import type { Database } from "../../src/server/db/database";
import {
  account,
  checkIn,
  checkInGoal,
  checkInMailing,
  checkInSchedule,
  coachingSession,
  engagement,
  goal,
  goalMeasurement,
  goalMilestone,
  membership,
  sessionCommitment,
  user,
} from "../../src/server/db/schema";
import { insertBatches, type Random } from "./seed-helpers";

type Row<T extends { $inferInsert: unknown }> = T["$inferInsert"];

const DAY = 86_400_000;
const MINUTE = 60_000;
const WEEKS = 104;
const CLIENTS = 60;
const ZONE = "Europe/London";
const OPEN_STAGES = ["active", "active", "review", "sustaining"] as const;

export interface SeededCheckIns {
  /** The coach whose home (the clients at risk) is measured: 60 clients, two years each. */
  coachEmail: string;
  counts: Record<string, number>;
}

/**
 * Per unit of scale, one more coach with 60 open engagements (at scale 10 the check-in tables
 * are ten times as large, and the measured coach, the first, still has 60 clients). Each
 * engagement has two years of weekly check-ins: two goals rated each week (confidence and the
 * measure, which becomes a goal measurement), energy, a win and a challenge; the weekly mailing
 * rows; two goals closed after the first year and two open since; a session every four weeks
 * with the client's commitment, most of them done, and one booked ahead. Every rule is evaluated
 * on every engagement, and each fires on a share of them, chosen by the client's number: falling
 * confidence (one in six), low energy (one in seven), missed check-ins (one in five), a recurring
 * obstacle (one in eight), a goal off track (one in four), no session booked (one in nine),
 * overdue commitments (one in three).
 */
export async function seedCheckIns(
  db: Database,
  input: { practiceId: string; scale: number; passwordHash: string; random: Random },
): Promise<SeededCheckIns> {
  const rows = emptyRows();
  const today = new Date().toISOString().slice(0, 10);
  const coaches = Array.from({ length: input.scale }, (_, c) => ({
    id: randomUUID(),
    name: `Accountability coach ${c + 1}`,
    email: `accountability-coach-${c + 1}@bench.example`,
  }));
  for (const [c, coach] of coaches.entries()) {
    rows.users.push({ ...coach, emailVerified: true, timeZone: ZONE });
    rows.memberships.push({ practiceId: input.practiceId, userId: coach.id, role: "coach" });
    for (let i = 0; i < CLIENTS; i++) {
      const client = {
        id: randomUUID(),
        name: `Checking-in client ${c + 1}.${i + 1}`,
        email: `checking-in-${c + 1}-${i + 1}@bench.example`,
      };
      rows.users.push({ ...client, emailVerified: true });
      rows.memberships.push({
        practiceId: input.practiceId,
        userId: client.id,
        role: "client",
        coachId: coach.id,
      });
      engagementOf(rows, { ...input, today, coachId: coach.id, clientId: client.id, i });
    }
  }
  // The coaches sign in, and the first client too: the benchmark's erasure is theirs.
  const firstClient = rows.users.find((u) => u.email === "checking-in-1-1@bench.example")?.id;
  if (!firstClient) throw new Error("The first checking-in client was not seeded.");
  const signingIn = [...coaches.map((coach) => coach.id), firstClient];
  rows.accounts.push(
    ...signingIn.map((id) => ({
      id: randomUUID(),
      accountId: id,
      providerId: "credential",
      userId: id,
      password: input.passwordHash,
    })),
  );
  await insertBatches(db, user, rows.users);
  await insertBatches(db, account, rows.accounts);
  await insertBatches(db, membership, rows.memberships);
  await insertBatches(db, engagement, rows.engagements);
  await insertBatches(db, checkInSchedule, rows.schedules);
  await insertBatches(db, goal, rows.goals);
  await insertBatches(db, goalMilestone, rows.milestones);
  await insertBatches(db, checkIn, rows.checkIns);
  await insertBatches(db, goalMeasurement, rows.measurements, 1000);
  await insertBatches(db, checkInGoal, rows.ratings, 1000);
  await insertBatches(db, checkInMailing, rows.mailings, 1000);
  await insertBatches(db, coachingSession, rows.sessions);
  await insertBatches(db, sessionCommitment, rows.commitments);
  return {
    coachEmail: (coaches[0] as { email: string }).email,
    counts: {
      "accountability coaches (60 clients each)": coaches.length,
      "weekly check-ins": rows.checkIns.length,
      "check-in goal ratings": rows.ratings.length,
      "check-in measurements": rows.measurements.length,
    },
  };
}

function emptyRows() {
  return {
    users: [] as Row<typeof user>[],
    accounts: [] as Row<typeof account>[],
    memberships: [] as Row<typeof membership>[],
    engagements: [] as Row<typeof engagement>[],
    schedules: [] as Row<typeof checkInSchedule>[],
    goals: [] as Row<typeof goal>[],
    milestones: [] as Row<typeof goalMilestone>[],
    measurements: [] as Row<typeof goalMeasurement>[],
    checkIns: [] as Row<typeof checkIn>[],
    ratings: [] as Row<typeof checkInGoal>[],
    mailings: [] as Row<typeof checkInMailing>[],
    sessions: [] as Row<typeof coachingSession>[],
    commitments: [] as Row<typeof sessionCommitment>[],
  };
}

type Rows = ReturnType<typeof emptyRows>;

interface Owner {
  practiceId: string;
  today: string;
  coachId: string;
  clientId: string;
  /** The client's number under the coach: which rules fire. */
  i: number;
  random: Random;
}

function engagementOf(rows: Rows, o: Owner): void {
  const { today, coachId, clientId, i, random } = o;
  const fires = {
    fallingConfidence: i % 6 === 0,
    lowEnergy: i % 7 === 0,
    missedCheckIns: i % 5 === 0,
    recurringObstacle: i % 8 === 0,
    goalOffTrack: i % 4 === 0,
    noSessionBooked: i % 9 === 0,
    overdueCommitments: i % 3 === 0,
  };
  const id = randomUUID();
  // The Monday two years and a week ago: the first check-in is the Monday after.
  const start = mondayOnOrBefore(addDays(today, -(WEEKS + 1) * 7));
  rows.engagements.push({
    id,
    practiceId: o.practiceId,
    coachId,
    clientId,
    title: `Leadership engagement with weekly check-ins ${i + 1}`,
    startDate: start,
    sessionsPlanned: 40,
    stage: OPEN_STAGES[i % OPEN_STAGES.length] as (typeof OPEN_STAGES)[number],
    createdAt: new Date(`${start}T09:00:00Z`),
  });
  rows.schedules.push({
    engagementId: id,
    weekday: 1,
    hour: 8,
    timeZone: ZONE,
    updatedBy: clientId,
    updatedAt: new Date(`${start}T09:00:00Z`),
  });

  const halfway = addDays(start, 52 * 7);
  const goals = [0, 1, 2, 3].map((g) => {
    const first = g < 2;
    const goalId = randomUUID();
    const startDate = first ? start : halfway;
    const dueDate = first ? halfway : addDays(today, 60);
    rows.goals.push({
      id: goalId,
      engagementId: id,
      position: g + 1,
      statement: GOALS[g] as string,
      measureWhat: "Times a week",
      measureUnit: "a week",
      direction: "higher",
      baseline: 2,
      target: 8,
      startDate,
      dueDate,
      state: first ? "achieved" : "open",
      closedOn: first ? halfway : null,
      createdBy: clientId,
      updatedBy: clientId,
    });
    rows.milestones.push({
      engagementId: id,
      goalId,
      title: "Agree the first step with the team",
      dueOn: addDays(startDate, 28),
      doneAt: new Date(`${addDays(startDate, 25)}T12:00:00Z`),
      doneBy: clientId,
      createdBy: coachId,
    });
    return { id: goalId, startDate, dueDate, stalls: !first && g === 2 && fires.goalOffTrack };
  });

  // Weekly check-ins, the missed ones stopping three weeks ago.
  const weeks = fires.missedCheckIns ? WEEKS - 3 : WEEKS;
  for (let w = 0; w < weeks; w++) {
    const week = addDays(start, (w + 1) * 7);
    if (week > today) break;
    const fromEnd = weeks - 1 - w;
    const checkInId = randomUUID();
    const energy =
      fires.lowEnergy && fromEnd < 3 ? ([2, 1, 2][2 - fromEnd] as number) : 3 + (w % 3);
    const challenge =
      fires.recurringObstacle && (fromEnd === 0 || fromEnd === 3)
        ? RECURRING[fromEnd === 0 ? 0 : 1]
        : CHALLENGES[w % CHALLENGES.length];
    rows.checkIns.push({
      id: checkInId,
      engagementId: id,
      week,
      submittedAt: new Date(`${week}T08:${String(10 + (i % 50)).padStart(2, "0")}:00Z`),
      submittedBy: clientId,
      channel: w % 2 === 0 ? "link" : "app",
      energy,
      win: WINS[w % WINS.length],
      challenge,
    });
    rows.mailings.push({ engagementId: id, week, outcome: "mailed" });
    for (const g of goals.filter((g) => g.startDate < week && week <= g.dueDate)) {
      const measurementId = randomUUID();
      const share = Math.min(1, dayCount(g.startDate, week) / dayCount(g.startDate, g.dueDate));
      const onLine = 2 + 6 * share;
      const value = Math.round((g.stalls ? 3 : onLine + (random() - 0.5) / 5) * 10) / 10;
      const falling = fires.fallingConfidence && g === goals[3] && fromEnd < 3;
      const confidence = falling ? 6 + fromEnd : 7 + (w % 2);
      rows.measurements.push({
        id: measurementId,
        engagementId: id,
        goalId: g.id,
        value,
        measuredOn: week,
        recordedBy: clientId,
      });
      rows.ratings.push({
        checkInId,
        engagementId: id,
        goalId: g.id,
        confidence,
        value,
        measurementId,
      });
    }
  }

  // A session every four weeks, at a time of its own on the coach's calendar; one ahead.
  const at = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + i * 90 * MINUTE);
  const past = Array.from({ length: 26 }, (_, k) => addDays(start, 7 + k * 28)).filter(
    (day) => at(day).getTime() + DAY < Date.parse(`${today}T00:00:00Z`),
  );
  const held = fires.noSessionBooked ? past.slice(0, -2) : past;
  for (const [k, day] of held.entries()) {
    const sessionId = session(rows, { id, coachId, clientId }, at(day));
    const last = k >= held.length - 2;
    const dueOn = addDays(day, 14);
    rows.commitments.push({
      engagementId: id,
      sessionId,
      text: COMMITMENTS[k % COMMITMENTS.length] as string,
      ownerId: clientId,
      dueOn,
      ...(last && fires.overdueCommitments
        ? {}
        : {
            status: "done" as const,
            markedAt: new Date(`${dueOn}T09:00:00Z`),
            markedBy: clientId,
          }),
      createdBy: coachId,
    });
  }
  if (!fires.noSessionBooked) session(rows, { id, coachId, clientId }, at(addDays(today, 3)));
}

function session(
  rows: Rows,
  e: { id: string; coachId: string; clientId: string },
  startsAt: Date,
): string {
  const id = randomUUID();
  const endsAt = new Date(startsAt.getTime() + 60 * MINUTE);
  rows.sessions.push({
    id,
    engagementId: e.id,
    coachId: e.coachId,
    startsAt,
    endsAt,
    busyUntil: new Date(endsAt.getTime() + 15 * MINUTE),
    timeZone: ZONE,
    mode: "video",
    place: `https://meet.example.com/${e.id.slice(0, 8)}`,
    icalUid: `${id}@keel`,
    bookedBy: e.clientId,
    createdAt: new Date(startsAt.getTime() - 10 * DAY),
  });
  return id;
}

const dayCount = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY;

function mondayOnOrBefore(day: string): string {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

const GOALS = [
  "Run the weekly team meeting without deciding first",
  "Give feedback on the same day",
  "Hand one piece of stretch work a week to someone in my team",
  "Block two hours a week for thinking",
];

const WINS = [
  "The team lead ran the planning meeting on her own.",
  "I gave difficult feedback and it landed well.",
  "Finished the budget a day early.",
  "Said no to a request that was not mine.",
];

/** No two share two words that name an obstacle: a healthy client's challenges never recur. */
const CHALLENGES = [
  "Travel to the Leeds office",
  "A supplier missed its delivery",
  "Hiring for the analyst role",
  "My deputy was on holiday",
  "The quarterly audit",
  "Migrating the customer database",
  "Sickness in the support desk",
  "Preparing the investor update",
  "",
  "Onboarding two graduates",
  "A product launch slipped",
  "Office move planning",
];

const RECURRING = ["Board meetings ate my week again", "Too many meetings with the board"];

const COMMITMENTS = [
  "Ask two open questions before offering a solution.",
  "Hand over the planning and not take it back.",
  "Give the feedback on the same day.",
];
