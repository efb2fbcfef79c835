// The patterns across an engagement's sessions, from what was stored when the text was saved:
// key phrases that come back, themes that come back, obstacles that come back and the trend of
// the client's ratings. Pure: the caller has already left out what the viewer may not read.

export type PhraseSource = "shared" | "feedback" | "reflection" | "private";

export interface PhraseRow {
  sessionId: string;
  source: PhraseSource;
  phrase: string;
  count: number;
}

export interface SessionDate {
  sessionId: string;
  startsAt: Date;
}

export interface SeenIn {
  sessionId: string;
  startsAt: string;
  sources: PhraseSource[];
}

export interface RecurringPhrase {
  phrase: string;
  sessions: number;
  occurrences: number;
  seenIn: SeenIn[];
}

/** A phrase recurs when it is written in two sessions or more. */
export const RECURS_IN = 2;
/**
 * The sessions a pattern links to: its latest ones. Fifty links under each of twenty phrases
 * read as noise, and the timeline beside the patterns lists every session.
 */
export const SEEN_IN_SHOWN = 8;

const latest = <T>(oldestFirst: T[]) => oldestFirst.slice(-SEEN_IN_SHOWN);
const SOURCE_ORDER: PhraseSource[] = ["reflection", "shared", "feedback", "private"];

/**
 * A phrase as written in one held session, with its totals over all the sessions: the database
 * ranks and counts, and sends only each phrase's latest sessions (SEEN_IN_SHOWN).
 */
export interface PhraseInSession {
  phrase: string;
  sessionId: string;
  startsAt: Date;
  sources: PhraseSource[];
  /** Held sessions the phrase was written in, and how often in all. */
  sessions: number;
  occurrences: number;
}

/**
 * The phrases written in at least two sessions: those in the most sessions first, then the most
 * often written, then two-word phrases before single words; each with its latest sessions
 * (oldest first) and the writings it came from.
 */
export function recurringPhrases(rows: PhraseInSession[], limit = 20): RecurringPhrase[] {
  const byPhrase = new Map<string, PhraseInSession[]>();
  for (const row of rows) {
    if (row.sessions < RECURS_IN) continue;
    const seen = byPhrase.get(row.phrase) ?? [];
    byPhrase.set(row.phrase, seen);
    seen.push(row);
  }
  const found: RecurringPhrase[] = [...byPhrase].map(([phrase, seen]) => ({
    phrase,
    sessions: seen[0]?.sessions ?? 0,
    occurrences: seen[0]?.occurrences ?? 0,
    seenIn: latest(seen.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())).map((row) => ({
      sessionId: row.sessionId,
      startsAt: row.startsAt.toISOString(),
      sources: SOURCE_ORDER.filter((source) => row.sources.includes(source)),
    })),
  }));
  return found.sort(byRecurrence).slice(0, limit);
}

function byRecurrence(a: RecurringPhrase, b: RecurringPhrase) {
  return (
    b.sessions - a.sessions ||
    b.occurrences - a.occurrences ||
    words(b.phrase) - words(a.phrase) ||
    a.phrase.localeCompare(b.phrase)
  );
}

const words = (phrase: string) => phrase.split(" ").length;

export interface Rating {
  sessionId: string;
  startsAt: Date;
  rating: number;
}

export type TrendDirection = "rising" | "falling" | "steady";

/** Fewer ratings than this say nothing about a direction. */
export const TREND_NEEDS = 4;

/**
 * The ratings oldest first, their mean, and their direction: the later half's mean against the
 * earlier half's (the middle one left out of both when odd); a point or more apart is a rise or
 * a fall, less is steady.
 */
export function ratingsTrend(ratings: Rating[]) {
  const sorted = [...ratings].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const values = sorted.map((r) => r.rating);
  const half = Math.floor(values.length / 2);
  let direction: TrendDirection | null = null;
  if (values.length >= TREND_NEEDS) {
    const change = mean(values.slice(-half)) - mean(values.slice(0, half));
    direction = change >= 1 ? "rising" : change <= -1 ? "falling" : "steady";
  }
  return {
    points: sorted.map((r) => ({ ...r, startsAt: r.startsAt.toISOString() })),
    direction,
    average: values.length === 0 ? null : Math.round(mean(values) * 10) / 10,
  };
}

const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

export interface ThemeTag {
  themeId: string;
  label: string;
  sessionId: string;
  startsAt: Date;
}

/** The themes tagged on two sessions or more (on the session or its reflection), most first. */
export function recurringThemes(tags: ThemeTag[]) {
  const byTheme = new Map<string, { label: string; sessions: Map<string, Date> }>();
  for (const tag of tags) {
    const theme = byTheme.get(tag.themeId) ?? { label: tag.label, sessions: new Map() };
    byTheme.set(tag.themeId, theme);
    theme.sessions.set(tag.sessionId, tag.startsAt);
  }
  return [...byTheme]
    .filter(([, theme]) => theme.sessions.size >= RECURS_IN)
    .map(([themeId, theme]) => ({
      themeId,
      label: theme.label,
      sessions: theme.sessions.size,
      seenIn: latest([...theme.sessions].sort(([, a], [, b]) => a.getTime() - b.getTime())).map(
        ([sessionId, at]) => ({ sessionId, startsAt: at.toISOString() }),
      ),
    }))
    .sort((a, b) => b.sessions - a.sessions || a.label.localeCompare(b.label));
}

export interface PlanObstacles {
  goalId: string;
  goal: string;
  version: number;
  obstacles: { id: string; obstacle: string }[];
}

/**
 * An obstacle comes back when its goal's plan carries it in two versions or more (it was not
 * overcome when the plan changed), or when the writing of two sessions or more names it: at
 * least two of its words (one, if it has only one) are among a session's phrases.
 */
export function recurringObstacles(
  versions: PlanObstacles[],
  phrases: PhraseRow[],
  sessions: SessionDate[],
) {
  const items = new Map<
    string,
    { goalId: string; goal: string; obstacle: string; latest: number; versions: number }
  >();
  for (const plan of versions) {
    for (const item of plan.obstacles) {
      const key = `${plan.goalId}/${item.id}`;
      const known = items.get(key);
      const newer = !known || plan.version > known.latest;
      items.set(key, {
        goalId: plan.goalId,
        goal: plan.goal,
        obstacle: newer ? item.obstacle : (known?.obstacle ?? item.obstacle),
        latest: newer ? plan.version : (known?.latest ?? plan.version),
        versions: (known?.versions ?? 0) + 1,
      });
    }
  }
  const bySession = phrasesBySession(phrases);
  const oldestFirst = [...sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return [...items.values()]
    .map((item) => {
      const seenIn = sessionsNaming(item.obstacle, bySession, oldestFirst);
      return {
        goalId: item.goalId,
        goal: item.goal,
        obstacle: item.obstacle,
        versions: item.versions,
        sessions: seenIn.length,
        seenIn: latest(seenIn),
      };
    })
    .filter((item) => item.versions >= RECURS_IN || item.sessions >= RECURS_IN)
    .sort((a, b) => b.sessions + b.versions - (a.sessions + a.versions));
}

function phrasesBySession(rows: PhraseRow[]) {
  const bySession = new Map<string, Map<string, Set<PhraseSource>>>();
  for (const row of rows) {
    const phrases = bySession.get(row.sessionId) ?? new Map<string, Set<PhraseSource>>();
    bySession.set(row.sessionId, phrases);
    phrases.set(row.phrase, (phrases.get(row.phrase) ?? new Set()).add(row.source));
  }
  return bySession;
}

/** The words of an obstacle as phrases store them: lower case, singular, three letters or more. */
export function obstacleWords(obstacle: string): string[] {
  const found = obstacle.toLowerCase().match(/\p{L}[\p{L}'-]*/gu) ?? [];
  return [...new Set(found.filter((w) => w.length >= 3))];
}

/** Every form of every obstacle's words a stored phrase may have, to read only those rows. */
export function wordsOfObstacles(plans: PlanObstacles[]): string[] {
  const words = new Set<string>();
  for (const plan of plans)
    for (const item of plan.obstacles)
      for (const word of obstacleWords(item.obstacle)) words.add(word).add(singular(word));
  return [...words];
}

/** A crude singular, enough to match "deadlines" with "deadline". */
export const singular = (word: string) => word.replace(/s$/, "");

function sessionsNaming(
  obstacle: string,
  bySession: Map<string, Map<string, Set<PhraseSource>>>,
  oldestFirst: SessionDate[],
): SeenIn[] {
  const words = obstacleWords(obstacle).map((word) => [word, singular(word)] as const);
  const needed = Math.min(2, words.length);
  if (needed === 0) return [];
  const seen: SeenIn[] = [];
  for (const { sessionId, startsAt } of oldestFirst) {
    const phrases = bySession.get(sessionId);
    if (!phrases) continue;
    // Stop words are never stored as phrases, so only content words can match.
    const sources = new Set<PhraseSource>();
    let matched = 0;
    for (const [word, one] of words) {
      const found = phrases.get(word) ?? phrases.get(one);
      if (!found) continue;
      matched += 1;
      for (const source of found) sources.add(source);
    }
    if (matched < needed) continue;
    const ordered = SOURCE_ORDER.filter((source) => sources.has(source));
    seen.push({ sessionId, startsAt: startsAt.toISOString(), sources: ordered });
  }
  return seen;
}
