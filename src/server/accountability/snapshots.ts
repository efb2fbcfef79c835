import { and, eq, inArray, ne, type Placeholder, type SQL, sql } from "drizzle-orm";
import { RECENT_MEASUREMENTS } from "../../domain/accountability/rules/goal-off-track";
import {
  type CheckInFact,
  checkInsOldestFirst,
  type EngagementSnapshot,
  type GoalFact,
  openGoals,
} from "../../domain/accountability/snapshot";
import { DEFAULT_THRESHOLDS, type Thresholds } from "../../domain/accountability/thresholds";
import { checkInsMailedIn } from "../../domain/check-ins/stages";
import { dueInstant, weekOf } from "../../domain/check-ins/week";
import type { Stage } from "../../domain/engagement/stages";
import type { GoalClosure } from "../../domain/goals/goal-status";
import { addDays, knownTimeZone, localParts } from "../../domain/sessions/zoned-time";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import type { Database } from "../db/database";
import { preparedStatements } from "../db/prepared-statements";
import { engagement } from "../db/schema";
import {
  built,
  type Query,
  type Runner,
  readSnapshotRows,
  type Statement,
} from "./snapshot-queries";

// The coach's open engagements as the early-warning rules read them, or one engagement for its
// celebrations. One query per kind of data over all of them, grouped here by engagement: the cost
// does not grow with the number of clients.
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

/**
 * The rules look back a bounded time: check-ins, their ratings and goal measurements are read
 * from the last weeks the default thresholds need, not the engagement's whole history (two years
 * of weekly check-ins is 100 rows and more a client). An engagement whose rules, under its own
 * thresholds, could see past that window (see `needsOlder`) is read again in full, so what the
 * rules find is the same either way.
 */
export async function coachSnapshots(
  ctx: Pick<AppContext, "db">,
  viewer: Pick<Viewer, "userId" | "practiceId">,
  now = new Date(),
  thresholdsOf: (engagementId: string) => Thresholds = () => DEFAULT_THRESHOLDS,
): Promise<CoachSnapshots> {
  const since = addDays(now.toISOString().slice(0, 10), -RECENT_DAYS);
  const run = preparedRunner(ctx.db, {
    coachId: viewer.userId,
    practiceId: viewer.practiceId,
    since,
  });
  const recent = await readSnapshots(ctx, COACH_OWN, now, "open", SINCE, run);
  const older = [...recent.snapshots.values()]
    .filter((s) => needsOlder(s, recent.historyFrom.get(s.engagementId), since, thresholdsOf))
    .map((s) => s.engagementId);
  if (older.length === 0) return recent;
  const whole = await readSnapshots(ctx, inArray(engagement.id, older), now, "open", null, built);
  for (const [id, snapshot] of whole.snapshots) recent.snapshots.set(id, snapshot);
  return recent;
}

// The coach's home runs on every visit: its reads are prepared once per database, with these
// placeholders (building a query with Drizzle costs more than running it).
const COACH_OWN = and(
  eq(engagement.coachId, sql.placeholder("coachId")),
  eq(engagement.practiceId, sql.placeholder("practiceId")),
  ne(engagement.stage, "closed"),
) as SQL;
const SINCE = sql.placeholder("since");

const statements = preparedStatements<Statement<unknown>>();

/** Runs each query as the statement prepared under its name, with `values` for its placeholders. */
function preparedRunner(db: Database, values: Record<string, unknown>): Runner {
  return <T>(name: string, build: () => Query<T>) =>
    statements(db, name, () => build().prepare(`clients_at_risk_${name}`)).execute(
      values,
    ) as Promise<T>;
}

/**
 * The days back the default thresholds look (the recurring obstacle's window, the longest), and
 * a week for the days of the week a check-in answers for and the zones.
 */
export const RECENT_DAYS =
  Math.max(
    DEFAULT_THRESHOLDS.recurringObstacle.withinDays,
    DEFAULT_THRESHOLDS.missedCheckIns.days,
    DEFAULT_THRESHOLDS.lowEnergy.weeks * 7,
  ) + 7;

/**
 * Whether a rule could reach past the window in this engagement, whose history began on
 * `historyFrom`: no check-in within it (the latest is older), a low-energy run that may go on
 * before it, an open goal with fewer ratings or measurements within it than the rules take, or
 * thresholds that look back further.
 */
export function needsOlder(
  snapshot: EngagementSnapshot,
  historyFrom: string | undefined,
  since: string,
  thresholdsOf: (engagementId: string) => Thresholds,
): boolean {
  if (!historyFrom || historyFrom >= since) return false;
  const t = thresholdsOf(snapshot.engagementId);
  const oldest = checkInsOldestFirst(snapshot)[0];
  if (!oldest) return true;
  if (t.recurringObstacle.withinDays + 7 > RECENT_DAYS) return true;
  const { atMost } = t.lowEnergy;
  if (snapshot.checkIns.every((c) => c.energy === null || c.energy <= atMost)) return true;
  return openGoals(snapshot).some((g) => {
    if (g.startDate >= since) return false;
    const ratings = snapshot.checkIns.filter((c) => c.goals.some((r) => r.goalId === g.id));
    return (
      ratings.length < t.fallingConfidence.checkIns || g.measurements.length < RECENT_MEASUREMENTS
    );
  });
}

/**
 * One engagement, whatever its stage, with its closed goals too (a goal achieved is celebrated);
 * undefined when there is no such engagement. The caller has checked who may read it.
 */
export async function engagementSnapshot(
  ctx: Pick<AppContext, "db">,
  engagementId: string,
  now = new Date(),
): Promise<EngagementSnapshot | undefined> {
  const { snapshots } = await readSnapshots(
    ctx,
    eq(engagement.id, engagementId),
    now,
    "all",
    null,
    built,
  );
  return snapshots.get(engagementId);
}

/**
 * The snapshots of the engagements `own` selects: one query per kind of data. With `since`,
 * check-ins, ratings and measurements from then on, commitments open or due since, and the
 * latest scheduled session: all the rules read of them (with null, everything). `historyFrom` is each engagement's
 * earliest day: its start or its first check-in, whichever came first.
 */
export async function readSnapshots(
  ctx: Pick<AppContext, "db">,
  own: SQL,
  now: Date,
  goals: "open" | "all",
  since: string | Placeholder | null,
  run: Runner,
): Promise<CoachSnapshots & { historyFrom: Map<string, string> }> {
  const { rows, commitments, checkIns, ratings, goalRows, measurements, milestones, sessions } =
    await readSnapshotRows(ctx, own, goals, since, run);
  // Each engagement's own coach: a programme's engagements have several.
  const coachZones = new Map(rows.map((r) => [r.id, knownTimeZone(r.coachZone ?? "") ?? "UTC"]));
  const coachZoneOf = (id: string) => coachZones.get(id) ?? "UTC";
  const zones = new Map(
    rows.map((r) => [r.id, knownTimeZone(r.schedule?.timeZone ?? "") ?? coachZoneOf(r.id)]),
  );
  const dayIn = (engagementId: string, instant: Date) =>
    localParts(instant, zones.get(engagementId) ?? coachZoneOf(engagementId)).date;

  const snapshots = new Map<string, EngagementSnapshot>();
  const goalEngagement = new Map<string, string>();
  const goalFacts = new Map<string, GoalFact>();
  const checkInFacts = new Map<string, CheckInFact>();
  const firstWeek = new Map<string, string>();

  for (const row of rows) {
    snapshots.set(row.id, {
      engagementId: row.id,
      today: localParts(now, zones.get(row.id) ?? coachZoneOf(row.id)).date,
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
  }
  for (const r of ratings) {
    checkInFacts.get(r.checkInId)?.goals.push({
      goalId: r.goalId,
      confidence: r.confidence,
      value: r.value,
    });
  }
  for (const { engagementId, state, closedOn, closedReason, ...g } of goalRows) {
    const fact: GoalFact = {
      ...g,
      measurements: [],
      milestones: [],
      closure: closureOf(state, closedOn, closedReason),
    };
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
  for (const { id, firstMailed, firstAnswered } of rows) {
    const first = [firstMailed, firstAnswered].filter((w) => w !== null).sort()[0];
    if (first) firstWeek.set(id, first);
  }
  const historyFrom = new Map(
    rows.map((r) => [
      r.id,
      r.firstAnswered && r.firstAnswered < r.startDate ? r.firstAnswered : r.startDate,
    ]),
  );
  for (const row of rows) {
    const schedule = row.schedule;
    const snapshot = snapshots.get(row.id);
    if (!schedule?.enabled || !snapshot || !checkInsMailedIn(snapshot.stage)) continue;
    const timeZone = knownTimeZone(schedule.timeZone) ?? coachZoneOf(row.id);
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
    historyFrom,
  };
}

function closureOf(
  state: "open" | "achieved" | "dropped" | "replaced",
  closedOn: string | null,
  closedReason: string | null,
): GoalClosure | null {
  if (state === "achieved" && closedOn) return { kind: "achieved", on: closedOn };
  if (state === "dropped") return { kind: "dropped", reason: closedReason ?? "" };
  if (state === "replaced") return { kind: "replaced" };
  return null;
}
