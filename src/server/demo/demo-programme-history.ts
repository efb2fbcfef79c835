import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import type { Stage } from "../../domain/engagement/stages";
import { addDays, instantOf } from "../../domain/sessions/zoned-time";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import {
  assessment,
  coachingSession,
  engagement,
  engagementAgreement,
  engagementStageChange,
  goal,
} from "../db/schema";
import { seedDemoFeedback } from "./demo-feedback";
import { ipipAnswers } from "./demo-ipip";
import { programme360 } from "./demo-programme-360";
import type { ProgrammePerson, ProgrammeStanding } from "./demo-programme-people";

// What has happened in each matched leader's engagement since their cohort began: its stage and
// stage log, the questionnaire, sessions held and booked, goals, the 360s of the leaders near the
// end, and a three-way agreement with the sponsor for a few. Written in a few set-based inserts.

const DAY = 86_400_000;
const ZONE = "Europe/London";
/** Each leader keeps one hour of their coach's week, clear of the demo's other sessions. */
const HOURS = [7, 8, 9, 12.5, 15.5, 16.5, 17.5, 18.5, 19.5];

export interface ProgrammeParticipantStory {
  id: string;
  userId: string | null;
  person: ProgrammePerson;
  engagementId: string | null;
  coachId: string | null;
}

export interface CohortStory {
  startDate: string;
  participants: ProgrammeParticipantStory[];
}

interface Matched extends ProgrammeParticipantStory {
  engagementId: string;
  coachId: string;
  userId: string;
  startDate: string;
  /** Which of their coach's hours is theirs. */
  slot: number;
}

interface Course {
  stage: Stage;
  /** Days after the start of the stages after the first. */
  stages: [Stage, number][];
  /** Days after the cohort's start of the sessions held. */
  held: number[];
  /** Days from today of the next session, if booked. */
  next: number | null;
}

const COURSES: Record<Exclude<ProgrammeStanding, "awaiting-match" | "invited">, Course> = {
  reviewed: {
    stage: "review",
    stages: [
      ["planning", 42],
      ["active", 56],
      ["review", 140],
    ],
    held: [7, 28, 56, 77, 98],
    next: 5,
  },
  active: {
    stage: "active",
    stages: [
      ["planning", 42],
      ["active", 56],
    ],
    held: [7, 28, 56, 84],
    next: 6,
  },
  planning: { stage: "planning", stages: [["planning", 28]], held: [7, 28], next: 7 },
  starting: { stage: "assessment", stages: [], held: [14], next: 9 },
};

const GOALS = [
  "Hand the weekly depot planning to the shift leads and coach them through it",
  "Hold a monthly development conversation with each direct report",
  "Explain the reasons behind each change before announcing it",
];

export async function seedProgrammeHistory(
  ctx: AppContext,
  o: { practiceId: string; cohorts: CohortStory[]; sponsorId: string },
) {
  const matched = matchedOf(o.cohorts);
  await ctx.db.transaction(async (tx) => {
    await setStages(tx, matched);
    for (const one of matched) await updateQuestionnaire(ctx, tx, one, courseOf(one));
    await tx.insert(coachingSession).values(matched.flatMap(sessionsOf));
    const goals = matched.flatMap(goalsOf);
    if (goals.length > 0) await tx.insert(goal).values(goals);
  });
  await seedAgreements(ctx, matched, o.sponsorId);
  // Each leader's two rounds in turn, the leaders side by side: a pool's connections share them.
  await Promise.all(
    [...matched.entries()]
      .filter(([, one]) => one.person.standing === "reviewed")
      .map(([leader, one]) => seed360s(ctx, o.practiceId, one, leader)),
  );
}

/** The matched leaders, each with the next free hour of their coach's week. */
function matchedOf(cohorts: CohortStory[]): Matched[] {
  const slots = new Map<string, number>();
  return cohorts.flatMap((cohort) =>
    cohort.participants.flatMap((p) => {
      if (!p.engagementId || !p.coachId || !p.userId) return [];
      const slot = slots.get(p.coachId) ?? 0;
      slots.set(p.coachId, slot + 1);
      const { engagementId, coachId, userId } = p;
      return [{ ...p, engagementId, coachId, userId, startDate: cohort.startDate, slot }];
    }),
  );
}

/** Each engagement's stage, opened on its cohort's start, and the stage log since. */
async function setStages(tx: Executor, matched: Matched[]) {
  const groups = new Map<string, Matched[]>();
  for (const one of matched) {
    const key = `${courseOf(one).stage} ${one.startDate}`;
    groups.set(key, [...(groups.get(key) ?? []), one]);
  }
  for (const [key, ones] of groups) {
    const [stage, startDate] = key.split(" ") as [Stage, string];
    const ids = ones.map((one) => one.engagementId);
    const started = new Date(`${startDate}T09:00:00Z`);
    await tx
      .update(engagement)
      .set({ stage, createdAt: started })
      .where(inArray(engagement.id, ids));
    await tx
      .update(engagementStageChange)
      .set({ changedAt: started })
      .where(inArray(engagementStageChange.engagementId, ids));
  }
  const stageRows = matched.flatMap((one) => {
    let from: Stage = "assessment";
    return courseOf(one).stages.map(([to, after]) => {
      const row = {
        engagementId: one.engagementId,
        fromStage: from,
        toStage: to,
        changedBy: one.coachId,
        changedAt: afterStart(one, Math.min(after, daysSince(one.startDate) - 2)),
      };
      from = to;
      return row;
    });
  });
  if (stageRows.length > 0) await tx.insert(engagementStageChange).values(stageRows);
}

const courseOf = (one: Matched) => COURSES[one.person.standing as keyof typeof COURSES];
const daysSince = (day: string) => Math.floor((Date.now() - Date.parse(`${day}T00:00:00Z`)) / DAY);
const afterStart = (one: Matched, days: number) =>
  new Date(Date.parse(`${one.startDate}T10:00:00Z`) + days * DAY);

async function updateQuestionnaire(ctx: AppContext, tx: Executor, one: Matched, course: Course) {
  const ipip = ctx.instruments.newest("ipip-bffm-50");
  if (!ipip) return;
  const done = course.stage !== "assessment" || one.slot % 2 === 0;
  const levels = {
    E: 2 + (one.slot % 3),
    A: 3 + (one.slot % 2),
    C: 4,
    ES: 3 + (one.slot % 2),
    I: 3,
  };
  await tx
    .update(assessment)
    .set(
      done
        ? {
            status: "submitted",
            answers: ipipAnswers(ipip.definition, levels),
            startedAt: afterStart(one, 2),
            submittedAt: afterStart(one, 3),
            announcedAt: afterStart(one, 0),
            createdAt: afterStart(one, 0),
          }
        : { announcedAt: afterStart(one, 0), createdAt: afterStart(one, 0) },
    )
    .where(
      and(
        eq(assessment.engagementId, one.engagementId),
        eq(assessment.instrumentId, ipip.definition.id),
      ),
    );
}

function sessionsOf(one: Matched) {
  const course = courseOf(one);
  const hour = HOURS[one.slot % HOURS.length] ?? 7;
  const at = (day: string) => instantOf(day, hour * 60, ZONE) ?? new Date(`${day}T12:00:00Z`);
  const today = new Date().toISOString().slice(0, 10);
  // Within the coach's week: the leader's weekday is fixed, Monday to Thursday.
  const days = [
    ...course.held.map((after) => addDays(one.startDate, after + (one.slot % 4))),
    ...(course.next === null || one.person.lapsed
      ? []
      : [nextWeekday(addDays(today, course.next), one.slot % 4)]),
  ];
  return days.map((day) => {
    const startsAt = at(day);
    const endsAt = new Date(startsAt.getTime() + 3_600_000);
    return {
      engagementId: one.engagementId,
      coachId: one.coachId,
      startsAt,
      endsAt,
      busyUntil: endsAt,
      timeZone: ZONE,
      mode: "video" as const,
      icalUid: `${randomUUID()}@keel.demo`,
      bookedBy: one.coachId,
      scheduledAt: new Date(startsAt.getTime() - 14 * DAY),
    };
  });
}

/** The day on or after `day` that falls on Monday + `weekday`. */
function nextWeekday(day: string, weekday: number): string {
  const isoDay = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(day, (weekday - isoDay + 7) % 7);
}

function goalsOf(one: Matched) {
  const { standing, growth = 0 } = one.person;
  const count =
    standing === "reviewed" || standing === "active"
      ? 2
      : standing === "planning" && one.slot % 2 === 0
        ? 1
        : 0;
  const achievedFirst = standing === "reviewed" || (standing === "active" && one.slot % 2 === 0);
  return Array.from({ length: count }, (_, position) => {
    const achieved = position === 0 ? achievedFirst : standing === "reviewed" && growth >= 0.4;
    return {
      engagementId: one.engagementId,
      position,
      statement: GOALS[(one.slot + position) % GOALS.length] as string,
      startDate: addDays(one.startDate, Math.min(56, daysSince(one.startDate) - 3)),
      state: achieved ? ("achieved" as const) : ("open" as const),
      closedOn: achieved ? addDays(one.startDate, 112 + position * 14) : null,
      createdBy: one.coachId,
      updatedBy: one.coachId,
      createdAt: afterStart(one, Math.min(56, daysSince(one.startDate) - 3)),
    };
  });
}

/** A three-way agreement in force with the sponsor for the first leaders of each coach. */
async function seedAgreements(ctx: AppContext, matched: Matched[], sponsorId: string) {
  const agreed = matched.filter((one) => one.slot < 2 && courseOf(one).stage !== "assessment");
  if (agreed.length === 0) return;
  await ctx.db
    .update(engagement)
    .set({ sponsorId })
    .where(
      inArray(
        engagement.id,
        agreed.map((one) => one.engagementId),
      ),
    );
  await ctx.db.insert(engagementAgreement).values(
    agreed.map((one) => {
      const at = (hours: number) => new Date(afterStart(one, 4).getTime() + hours * 3_600_000);
      const terms = {
        purpose: `Help ${one.person.name.split(" ")[0]} lead their depot through the network change: a team that owns the daily plan, and clear reasons for every change.`,
        goals: [GOALS[one.slot % GOALS.length] as string],
        sponsorSees: [
          "goal-titles" as const,
          "goal-status" as const,
          "sessions" as const,
          "stage" as const,
        ],
      };
      return {
        engagementId: one.engagementId,
        terms,
        acceptedBy: [
          { party: "coach" as const, userId: one.coachId, at: at(0).toISOString() },
          { party: "client" as const, userId: one.userId, at: at(4).toISOString() },
          { party: "sponsor" as const, userId: sponsorId, at: at(28).toISOString() },
        ],
        inForce: terms,
        inForceAt: at(28),
        sponsorId,
        updatedBy: one.coachId,
        updatedAt: at(0),
      };
    }),
  );
}

/** The baseline in the programme's second month, the repeat before the final review. */
async function seed360s(ctx: AppContext, practiceId: string, one: Matched, leader: number) {
  const parties = {
    practiceId,
    engagementId: one.engagementId,
    coachId: one.coachId,
    clientId: one.userId,
    threshold: 3,
  };
  const sinceStart = daysSince(one.startDate);
  const baseline = await seedDemoFeedback(
    ctx,
    { ...parties, deadlineDaysAgo: sinceStart - 38 },
    programme360(leader, 0),
  );
  if (!baseline) return;
  await seedDemoFeedback(
    ctx,
    { ...parties, deadlineDaysAgo: 12, repeatOf: baseline },
    programme360(leader, one.person.growth ?? 0.3),
  );
}
