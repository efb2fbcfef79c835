import { and, asc, desc, eq, ne, or, type Placeholder, type SQL, sql } from "drizzle-orm";
import {
  type PhraseInSession,
  type PhraseRow,
  type PhraseSource,
  RECURS_IN,
  SEEN_IN_SHOWN,
} from "../../domain/sessions/patterns";
import type { Database } from "../db/database";
import { preparedStatement } from "../db/prepared-statements";
import {
  actionPlanVersion,
  coachingSession,
  goal,
  notePhrase,
  practiceTheme,
  sessionReflection,
  sessionTheme,
} from "../db/schema";

// The reads of an engagement's patterns (and its sessions with their ratings, which the timeline
// reads too). Each reads a fixed number of rows' kinds whatever the engagement's size; they run
// on every visit and are prepared once per database (docs/performance.md, "Sessions"). Every
// table read here moves the engagement's fact number when it changes (ENGAGEMENT_FACT_TABLES).

type Id = string | Placeholder;

export const KEY_PHRASES = 20;

/** The phrases the viewer may count: all but private notes, and their own private notes. */
function visiblePhrases(engagementId: Id, viewerId: Id) {
  return and(
    eq(notePhrase.engagementId, engagementId),
    or(ne(notePhrase.source, "private"), eq(notePhrase.authorId, viewerId)),
  );
}

const phraseColumns = {
  sessionId: notePhrase.sessionId,
  source: notePhrase.source,
  phrase: notePhrase.phrase,
  count: notePhrase.count,
};

/**
 * The phrases that rank highest among those written in two held sessions or more, ranked in the
 * database as patterns.ts ranks them: one row per phrase and session, the phrase's latest
 * sessions only (SEEN_IN_SHOWN), each with the phrase's totals over all of them.
 */
function recurringPhraseRows(db: Database, visible: SQL | undefined) {
  const held = and(visible, eq(coachingSession.status, "scheduled"));
  const sessions = sql<number>`count(distinct ${notePhrase.sessionId})::int`;
  const occurrences = sql<number>`sum(${notePhrase.count})::int`;
  const top = db.$with("top").as(
    db
      .select({
        phrase: notePhrase.phrase,
        sessions: sessions.as("sessions"),
        occurrences: occurrences.as("occurrences"),
      })
      .from(notePhrase)
      .innerJoin(coachingSession, eq(coachingSession.id, notePhrase.sessionId))
      .where(held)
      .groupBy(notePhrase.phrase)
      .having(sql`${sessions} >= ${RECURS_IN}`)
      .orderBy(
        sql`${sessions} desc`,
        sql`${occurrences} desc`,
        sql`strpos(${notePhrase.phrase}, ' ') > 0 desc`,
        notePhrase.phrase,
      )
      .limit(KEY_PHRASES),
  );
  const latest = db
    .select({
      sessionId: notePhrase.sessionId,
      startsAt: coachingSession.startsAt,
      sources: sql<PhraseSource[]>`array_agg(${notePhrase.source})::text[]`.as("sources"),
    })
    .from(notePhrase)
    .innerJoin(coachingSession, eq(coachingSession.id, notePhrase.sessionId))
    .where(and(held, eq(notePhrase.phrase, top.phrase)))
    .groupBy(notePhrase.sessionId, coachingSession.startsAt)
    .orderBy(desc(coachingSession.startsAt))
    .limit(SEEN_IN_SHOWN)
    .as("latest");
  return db
    .with(top)
    .select({
      phrase: top.phrase,
      sessions: top.sessions,
      occurrences: top.occurrences,
      sessionId: latest.sessionId,
      startsAt: latest.startsAt,
      sources: latest.sources,
    })
    .from(top)
    .crossJoinLateral(latest);
}

/** The rows of the given phrases (the words of the plans' obstacles). */
function phraseRowsOf(db: Database, visible: SQL | undefined, phrases: Placeholder) {
  return db
    .select(phraseColumns)
    .from(notePhrase)
    .where(and(visible, sql`${notePhrase.phrase} = any(${phrases}::text[])`));
}

export function sessionsWithRatings(db: Database, engagementId: Id) {
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

function themeTags(db: Database, engagementId: Id) {
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

/** An obstacle of a plan as the patterns read it. */
export interface PlanObstacle {
  id: string;
  obstacle: string;
}

/** The same, with each plan's obstacles alone: the rest of a plan is not read here. */
function obstaclesOfVersions(db: Database, engagementId: Id) {
  return db
    .select({
      goalId: actionPlanVersion.goalId,
      goal: goal.statement,
      version: actionPlanVersion.version,
      obstacles: sql<PlanObstacle[] | null>`${actionPlanVersion.plan} -> 'obstacles'`,
    })
    .from(actionPlanVersion)
    .innerJoin(goal, eq(goal.id, actionPlanVersion.goalId))
    .where(eq(actionPlanVersion.engagementId, engagementId));
}

const engagementKey = sql.placeholder("engagementId");
const viewerKey = sql.placeholder("viewerId");

function preparePatternReads(db: Database) {
  const visible = visiblePhrases(engagementKey, viewerKey);
  return {
    sessions: sessionsWithRatings(db, engagementKey).prepare("keel_patterns_sessions"),
    phrases: recurringPhraseRows(db, visible).prepare("keel_patterns_phrases"),
    themes: themeTags(db, engagementKey).prepare("keel_patterns_themes"),
    plans: obstaclesOfVersions(db, engagementKey).prepare("keel_patterns_obstacles"),
    phrasesOf: phraseRowsOf(db, visible, sql.placeholder("phrases")).prepare(
      "keel_patterns_phrases_of",
    ),
  };
}

const patternReads = preparedStatement(preparePatternReads);

/** What the patterns view reads first: sessions, top phrases, theme tags and plan versions. */
export async function selectPatternParts(db: Database, engagementId: string, viewerId: string) {
  const reads = patternReads(db);
  const [sessions, phrases, themes, plans] = await Promise.all([
    reads.sessions.execute({ engagementId }),
    reads.phrases.execute({ engagementId, viewerId }) as Promise<PhraseInSession[]>,
    reads.themes.execute({ engagementId }),
    reads.plans.execute({ engagementId }),
  ]);
  return { sessions, phrases, themes, plans };
}

/** The rows of the given phrases the viewer may count. */
export function selectPhraseRows(
  db: Database,
  engagementId: string,
  viewerId: string,
  phrases: string[],
): Promise<PhraseRow[]> {
  return patternReads(db).phrasesOf.execute({ engagementId, viewerId, phrases }) as Promise<
    PhraseRow[]
  >;
}

/** The engagement's sessions with their ratings, oldest first (the timeline's and the patterns'). */
export function selectSessionsWithRatings(db: Database, engagementId: string) {
  return patternReads(db).sessions.execute({ engagementId });
}
