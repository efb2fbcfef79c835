import { and, asc, eq, isNull, ne, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type {
  CheckInFact,
  EngagementSnapshot,
  GoalFact,
} from "../../domain/accountability/snapshot";
import { checkInsMailedIn } from "../../domain/check-ins/stages";
import { dueInstant, weekOf } from "../../domain/check-ins/week";
import type { Stage } from "../../domain/engagement/stages";
import { addDays, knownTimeZone, localParts } from "../../domain/sessions/zoned-time";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import {
  checkIn,
  checkInGoal,
  checkInMailing,
  checkInSchedule,
  coachingSession,
  engagement,
  goal,
  goalMeasurement,
  goalMilestone,
  sessionCommitment,
  user,
} from "../db/schema";

// The coach's open engagements as the early-warning rules read them. One query per kind of data
// over all of them, grouped here by engagement: the cost does not grow with the number of clients.
// Instants become days in the engagement's zone: the check-in schedule's, else the coach's.

export interface OwnEngagement {
  id: string;
  title: string;
  client: { id: string; name: string };
}

export interface CoachSnapshots {
  engagements: OwnEngagement[];
  snapshots: Map<string, EngagementSnapshot>;
}

export async function coachSnapshots(
  ctx: AppContext,
  viewer: Viewer,
  now = new Date(),
): Promise<CoachSnapshots> {
  const own: SQL = and(
    eq(engagement.coachId, viewer.userId),
    eq(engagement.practiceId, viewer.practiceId),
    ne(engagement.stage, "closed"),
  ) as SQL;
  const coach = alias(user, "coach");
  const [
    rows,
    commitments,
    checkIns,
    ratings,
    goals,
    measurements,
    milestones,
    sessions,
    mailings,
  ] = await Promise.all([
    ctx.db
      .select({
        id: engagement.id,
        title: engagement.title,
        stage: engagement.stage,
        startDate: engagement.startDate,
        clientId: engagement.clientId,
        clientName: user.name,
        coachZone: coach.timeZone,
        schedule: {
          weekday: checkInSchedule.weekday,
          hour: checkInSchedule.hour,
          timeZone: checkInSchedule.timeZone,
          enabled: checkInSchedule.enabled,
          since: checkInSchedule.updatedAt,
        },
      })
      .from(engagement)
      .innerJoin(user, eq(user.id, engagement.clientId))
      .innerJoin(coach, eq(coach.id, engagement.coachId))
      .leftJoin(checkInSchedule, eq(checkInSchedule.engagementId, engagement.id))
      .where(own)
      .orderBy(asc(user.name), asc(engagement.id)),
    ctx.db
      .select({
        engagementId: sessionCommitment.engagementId,
        id: sessionCommitment.id,
        text: sessionCommitment.text,
        dueOn: sessionCommitment.dueOn,
        status: sessionCommitment.status,
        markedAt: sessionCommitment.markedAt,
      })
      .from(sessionCommitment)
      .innerJoin(
        engagement,
        and(
          eq(engagement.id, sessionCommitment.engagementId),
          eq(engagement.clientId, sessionCommitment.ownerId),
        ),
      )
      .where(own),
    ctx.db
      .select({
        engagementId: checkIn.engagementId,
        id: checkIn.id,
        week: checkIn.week,
        submittedAt: checkIn.submittedAt,
        energy: checkIn.energy,
        win: checkIn.win,
        challenge: checkIn.challenge,
      })
      .from(checkIn)
      .innerJoin(engagement, eq(engagement.id, checkIn.engagementId))
      .where(own)
      .orderBy(asc(checkIn.week)),
    ctx.db
      .select({
        checkInId: checkInGoal.checkInId,
        goalId: checkInGoal.goalId,
        confidence: checkInGoal.confidence,
        value: checkInGoal.value,
      })
      .from(checkInGoal)
      .innerJoin(engagement, eq(engagement.id, checkInGoal.engagementId))
      .where(own),
    ctx.db
      .select({
        engagementId: goal.engagementId,
        id: goal.id,
        statement: goal.statement,
        direction: goal.direction,
        baseline: goal.baseline,
        target: goal.target,
        startDate: goal.startDate,
        dueDate: goal.dueDate,
      })
      .from(goal)
      .innerJoin(engagement, eq(engagement.id, goal.engagementId))
      .where(and(own, eq(goal.state, "open")))
      .orderBy(asc(goal.position)),
    ctx.db
      .select({
        goalId: goalMeasurement.goalId,
        value: goalMeasurement.value,
        date: goalMeasurement.measuredOn,
      })
      .from(goalMeasurement)
      .innerJoin(engagement, eq(engagement.id, goalMeasurement.engagementId))
      .where(and(own, isNull(goalMeasurement.withdrawnAt)))
      .orderBy(asc(goalMeasurement.measuredOn), asc(goalMeasurement.createdAt)),
    ctx.db
      .select({
        goalId: goalMilestone.goalId,
        id: goalMilestone.id,
        title: goalMilestone.title,
        dueOn: goalMilestone.dueOn,
        doneAt: goalMilestone.doneAt,
      })
      .from(goalMilestone)
      .innerJoin(engagement, eq(engagement.id, goalMilestone.engagementId))
      .where(own)
      .orderBy(asc(goalMilestone.dueOn)),
    ctx.db
      .select({
        engagementId: coachingSession.engagementId,
        id: coachingSession.id,
        startsAt: coachingSession.startsAt,
        status: coachingSession.status,
      })
      .from(coachingSession)
      .innerJoin(engagement, eq(engagement.id, coachingSession.engagementId))
      .where(own),
    ctx.db
      .select({ engagementId: checkInMailing.engagementId, week: checkInMailing.week })
      .from(checkInMailing)
      .innerJoin(engagement, eq(engagement.id, checkInMailing.engagementId))
      .where(own)
      .orderBy(asc(checkInMailing.week)),
  ]);
  const coachZone = knownTimeZone(rows[0]?.coachZone ?? "") ?? "UTC";
  const zones = new Map(
    rows.map((r) => [r.id, knownTimeZone(r.schedule?.timeZone ?? "") ?? coachZone]),
  );
  const dayIn = (engagementId: string, instant: Date) =>
    localParts(instant, zones.get(engagementId) ?? coachZone).date;

  const snapshots = new Map<string, EngagementSnapshot>();
  const goalEngagement = new Map<string, string>();
  const goalFacts = new Map<string, GoalFact>();
  const checkInFacts = new Map<string, CheckInFact>();
  const firstWeek = new Map<string, string>();

  for (const row of rows) {
    snapshots.set(row.id, {
      engagementId: row.id,
      today: localParts(now, zones.get(row.id) ?? coachZone).date,
      stage: row.stage as Stage,
      startedOn: row.startDate,
      firstCheckInDue: null,
      commitments: [],
      checkIns: [],
      goals: [],
      sessions: [],
    });
  }
  for (const c of commitments) {
    snapshots.get(c.engagementId)?.commitments.push({
      id: c.id,
      text: c.text,
      dueOn: c.dueOn,
      status: c.status,
      markedOn: c.status === "open" || !c.markedAt ? null : dayIn(c.engagementId, c.markedAt),
    });
  }
  for (const c of checkIns) {
    const fact: CheckInFact = {
      id: c.id,
      submittedOn: dayIn(c.engagementId, c.submittedAt),
      energy: c.energy,
      goals: [],
      win: c.win.trim() || null,
      challenge: c.challenge.trim() || null,
    };
    checkInFacts.set(c.id, fact);
    snapshots.get(c.engagementId)?.checkIns.push(fact);
    if (!firstWeek.has(c.engagementId)) firstWeek.set(c.engagementId, c.week);
  }
  for (const r of ratings) {
    checkInFacts.get(r.checkInId)?.goals.push({
      goalId: r.goalId,
      confidence: r.confidence,
      value: r.value,
    });
  }
  for (const { engagementId, ...g } of goals) {
    const fact: GoalFact = { ...g, measurements: [], milestones: [], closure: null };
    goalFacts.set(g.id, fact);
    goalEngagement.set(g.id, engagementId);
    snapshots.get(engagementId)?.goals.push(fact);
  }
  for (const m of measurements) {
    goalFacts.get(m.goalId)?.measurements.push({ value: m.value, date: m.date });
  }
  for (const m of milestones) {
    const engagementId = goalEngagement.get(m.goalId);
    goalFacts.get(m.goalId)?.milestones.push({
      id: m.id,
      title: m.title,
      dueOn: m.dueOn,
      doneOn: m.doneAt && engagementId ? dayIn(engagementId, m.doneAt) : null,
    });
  }
  for (const s of sessions) {
    snapshots.get(s.engagementId)?.sessions.push({
      id: s.id,
      startsOn: dayIn(s.engagementId, s.startsAt),
      status: s.status,
    });
  }
  // The first week a check-in was asked for: the first mailed (or skipped), the first answered,
  // or the first due once the schedule was set, whichever came first.
  for (const m of mailings) {
    const answered = firstWeek.get(m.engagementId);
    if (!answered || m.week < answered) firstWeek.set(m.engagementId, m.week);
  }
  for (const row of rows) {
    const schedule = row.schedule;
    const snapshot = snapshots.get(row.id);
    if (!schedule?.enabled || !snapshot || !checkInsMailedIn(snapshot.stage)) continue;
    const timeZone = knownTimeZone(schedule.timeZone) ?? coachZone;
    const time = { weekday: schedule.weekday, hour: schedule.hour, timeZone };
    const setWeek = weekOf(schedule.since, timeZone);
    const firstAfterSet =
      dueInstant(setWeek, time) >= schedule.since ? setWeek : addDays(setWeek, 7);
    const known = firstWeek.get(row.id);
    const week = known && known < firstAfterSet ? known : firstAfterSet;
    snapshot.firstCheckInDue = localParts(dueInstant(week, time), timeZone).date;
  }

  return {
    engagements: rows.map((r) => ({
      id: r.id,
      title: r.title,
      client: { id: r.clientId, name: r.clientName },
    })),
    snapshots,
  };
}
