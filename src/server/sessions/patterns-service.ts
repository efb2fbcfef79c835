import { and, asc, eq, inArray, ne, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type {
  EngagementPatterns,
  EngagementTimeline,
  TimelineEvent,
} from "../../contract/session-patterns";
import {
  type PhraseRow,
  RECURS_IN,
  ratingsTrend,
  recurringObstacles,
  recurringPhrases,
  recurringThemes,
  wordsOfObstacles,
} from "../../domain/sessions/patterns";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import {
  actionPlanVersion,
  coachingSession,
  engagementStageChange,
  goal,
  notePhrase,
  practiceTheme,
  sessionCommitment,
  sessionReflection,
  sessionTheme,
  user,
} from "../db/schema";
import { requireSessionsOf } from "./access";

// The engagement looking back, for its client and coach (as its sessions are): the timeline of
// what happened and the patterns across it. Each reads a fixed number of tables whatever the
// engagement's size, and does no language work: the phrases were found when the text was saved.

export async function getTimeline(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
): Promise<EngagementTimeline> {
  await requireSessionsOf(ctx, viewer, engagementId);
  const [sessions, plans, commitments, stages] = await Promise.all([
    sessionsWithRatings(ctx.db, engagementId),
    planVersions(ctx.db, engagementId),
    commitmentsOf(ctx.db, engagementId),
    stageChanges(ctx.db, engagementId),
  ]);
  const events: TimelineEvent[] = [
    ...sessions.map(
      (s): TimelineEvent => ({
        kind: "session",
        at: s.startsAt.toISOString(),
        sessionId: s.sessionId,
        status: s.status,
        endsAt: s.endsAt.toISOString(),
        rating: s.rating,
        reflected: s.reflectedAt !== null,
      }),
    ),
    ...plans.map(
      (p): TimelineEvent => ({
        kind: "plan",
        at: p.changedAt.toISOString(),
        goalId: p.goalId,
        goal: p.goal,
        version: p.version,
        by: p.by,
        reason: p.reason,
        sessionId: p.sessionId,
      }),
    ),
    ...commitments.map(
      (c): TimelineEvent => ({
        kind: "commitment",
        at: c.createdAt.toISOString(),
        sessionId: c.sessionId,
        text: c.text,
        owner: c.owner,
        dueOn: c.dueOn,
        done: c.doneAt !== null,
      }),
    ),
    ...stages.map(
      (s): TimelineEvent => ({
        kind: "stage",
        at: s.changedAt.toISOString(),
        from: s.from,
        to: s.to,
        by: s.by,
        reason: s.reason,
      }),
    ),
  ];
  return { events: events.sort((a, b) => b.at.localeCompare(a.at)) };
}

export async function getPatterns(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
): Promise<EngagementPatterns> {
  await requireSessionsOf(ctx, viewer, engagementId);
  const visible = visiblePhrases(viewer, engagementId);
  const [sessions, phrases, themes, plans] = await Promise.all([
    sessionsWithRatings(ctx.db, engagementId),
    recurringPhraseRows(ctx.db, visible),
    themeTags(ctx.db, engagementId),
    planVersions(ctx.db, engagementId, true),
  ]);
  const held = sessions.filter((s) => s.status === "scheduled");
  const dates = held.map((s) => ({ sessionId: s.sessionId, startsAt: s.startsAt }));
  const ratings = held.flatMap((s) =>
    s.rating === null ? [] : [{ sessionId: s.sessionId, startsAt: s.startsAt, rating: s.rating }],
  );
  const obstacles = plans.map((p) => ({
    goalId: p.goalId,
    goal: p.goal,
    version: p.version,
    obstacles: (p.plan?.obstacles ?? []).map((o) => ({ id: o.id, obstacle: o.obstacle })),
  }));
  const obstaclePhrases = await phraseRowsOf(ctx.db, visible, wordsOfObstacles(obstacles));
  return {
    themes: recurringThemes(themes),
    obstacles: recurringObstacles(obstacles, obstaclePhrases, dates),
    ratings: ratingsTrend(ratings),
    keyPhrases: recurringPhrases(phrases, dates, KEY_PHRASES),
  };
}

const KEY_PHRASES = 20;

/** The phrases the viewer may count: all but private notes, and their own private notes. */
function visiblePhrases(viewer: Viewer, engagementId: string) {
  return and(
    eq(notePhrase.engagementId, engagementId),
    or(ne(notePhrase.source, "private"), eq(notePhrase.authorId, viewer.userId)),
  );
}
type Visible = ReturnType<typeof visiblePhrases>;

const phraseColumns = {
  sessionId: notePhrase.sessionId,
  source: notePhrase.source,
  phrase: notePhrase.phrase,
  count: notePhrase.count,
};

/**
 * The rows of the phrases that rank highest among those written in two held sessions or more,
 * ranked in the database as patterns.ts ranks them, so only those rows leave it.
 */
function recurringPhraseRows(db: Executor, visible: Visible): Promise<PhraseRow[]> {
  const sessions = sql`count(distinct ${notePhrase.sessionId})`;
  const top = db
    .select({ phrase: notePhrase.phrase })
    .from(notePhrase)
    .innerJoin(coachingSession, eq(coachingSession.id, notePhrase.sessionId))
    .where(and(visible, eq(coachingSession.status, "scheduled")))
    .groupBy(notePhrase.phrase)
    .having(sql`${sessions} >= ${RECURS_IN}`)
    .orderBy(
      sql`${sessions} desc`,
      sql`sum(${notePhrase.count}) desc`,
      sql`strpos(${notePhrase.phrase}, ' ') > 0 desc`,
      notePhrase.phrase,
    )
    .limit(KEY_PHRASES);
  return db
    .select(phraseColumns)
    .from(notePhrase)
    .where(and(visible, inArray(notePhrase.phrase, top)));
}

/** The rows of the given phrases (the words of the plans' obstacles). */
function phraseRowsOf(db: Executor, visible: Visible, phrases: string[]): Promise<PhraseRow[]> {
  return db
    .select(phraseColumns)
    .from(notePhrase)
    .where(and(visible, inArray(notePhrase.phrase, phrases.length > 0 ? phrases : [""])));
}

function sessionsWithRatings(db: Executor, engagementId: string) {
  return db
    .select({
      sessionId: coachingSession.id,
      startsAt: coachingSession.startsAt,
      endsAt: coachingSession.endsAt,
      status: coachingSession.status,
      rating: sessionReflection.rating,
      reflectedAt: sessionReflection.updatedAt,
    })
    .from(coachingSession)
    .leftJoin(sessionReflection, eq(sessionReflection.sessionId, coachingSession.id))
    .where(eq(coachingSession.engagementId, engagementId))
    .orderBy(asc(coachingSession.startsAt));
}

function themeTags(db: Executor, engagementId: string) {
  return db
    .select({
      themeId: practiceTheme.id,
      label: practiceTheme.label,
      sessionId: sessionTheme.sessionId,
      startsAt: coachingSession.startsAt,
    })
    .from(sessionTheme)
    .innerJoin(practiceTheme, eq(practiceTheme.id, sessionTheme.themeId))
    .innerJoin(coachingSession, eq(coachingSession.id, sessionTheme.sessionId))
    .where(
      and(eq(sessionTheme.engagementId, engagementId), eq(coachingSession.status, "scheduled")),
    );
}

/** Every version of every goal's plan, oldest first; with the plans themselves when asked. */
function planVersions(db: Executor, engagementId: string, withPlans = false) {
  return db
    .select({
      goalId: actionPlanVersion.goalId,
      goal: goal.statement,
      version: actionPlanVersion.version,
      changedAt: actionPlanVersion.changedAt,
      reason: actionPlanVersion.reason,
      sessionId: actionPlanVersion.sessionId,
      by: { id: user.id, name: user.name },
      ...(withPlans ? { plan: actionPlanVersion.plan } : {}),
    })
    .from(actionPlanVersion)
    .innerJoin(goal, eq(goal.id, actionPlanVersion.goalId))
    .innerJoin(user, eq(user.id, actionPlanVersion.changedBy))
    .where(eq(actionPlanVersion.engagementId, engagementId))
    .orderBy(asc(actionPlanVersion.changedAt)) as Promise<PlanVersionRow[]>;
}

interface PlanVersionRow {
  goalId: string;
  goal: string;
  version: number;
  changedAt: Date;
  reason: string | null;
  sessionId: string | null;
  by: { id: string; name: string };
  plan?: { obstacles?: { id: string; obstacle: string }[] };
}

function commitmentsOf(db: Executor, engagementId: string) {
  return db
    .select({
      sessionId: sessionCommitment.sessionId,
      text: sessionCommitment.text,
      owner: { id: user.id, name: user.name },
      dueOn: sessionCommitment.dueOn,
      doneAt: sessionCommitment.doneAt,
      createdAt: sessionCommitment.createdAt,
    })
    .from(sessionCommitment)
    .innerJoin(user, eq(user.id, sessionCommitment.ownerId))
    .where(eq(sessionCommitment.engagementId, engagementId));
}

const changer = alias(user, "changer");

function stageChanges(db: Executor, engagementId: string) {
  return db
    .select({
      changedAt: engagementStageChange.changedAt,
      from: engagementStageChange.fromStage,
      to: engagementStageChange.toStage,
      reason: engagementStageChange.reason,
      by: { id: changer.id, name: changer.name },
    })
    .from(engagementStageChange)
    .innerJoin(changer, eq(changer.id, engagementStageChange.changedBy))
    .where(eq(engagementStageChange.engagementId, engagementId));
}
