import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { STAGES } from "../../src/domain/engagement/stages";
import { DEFAULT_THEMES } from "../../src/domain/sessions/session-work";
import { addDays, instantOf, isoWeekday } from "../../src/domain/sessions/zoned-time";
import type { Database } from "../../src/server/db/database";
import {
  coachAvailability,
  coachingSession,
  engagement,
  notePhrase,
  practiceTheme,
  sessionAgendaItem,
  sessionCommitment,
  sessionNote,
  sessionReflection,
  sessionSeries,
  sessionTheme,
} from "../../src/server/db/schema";
import { replacePhrases } from "../../src/server/sessions/note-phrases";
import { insertBatches, type Random } from "./seed-helpers";

type EngagementRow = typeof engagement.$inferInsert;
type SessionRow = typeof coachingSession.$inferInsert;

const ZONE = "Europe/London";
const MINUTE = 60_000;
const SESSION_MINUTES = 60;
const BUFFER_MINUTES = 15;
/** Past sessions sit at these local times: 90 minutes apart, so a coach's never overlap. */
const PAST_STARTS = [9 * 60, 10 * 60 + 30, 12 * 60, 13 * 60 + 30, 15 * 60];
/** The recurring series' five places a day: a session and its buffer, back to back. */
const SERIES_STARTS = [0, 1, 2, 3, 4].map((k) => 9 * 60 + k * 75);
const FORTNIGHT = 14;
const BENCH_SESSIONS = 50;
const SERIES = 30;
const MODES = ["video", "video", "in_person", "phone"] as const;

export interface SeededSessions {
  /** The bench client's latest session: the session page measured. */
  clientSessionId: string;
  counts: Record<string, number>;
}

/**
 * Every coach bookable Monday to Friday, nine to five in London. Every engagement past its
 * assessment (they started over the last two years) has a session about every two weeks of its
 * life so far (closed ones until they closed), up to the sessions it planned; the bench client's
 * engagement exactly 50, over two years. Each has shared and feedback notes, agenda items and
 * the client's reflection; one in three a private coach note; one in twenty is cancelled. The
 * bench coach also has 30 recurring series ahead (20 weekly, 10 fortnightly) over their open
 * engagements, so a month of free slots is computed against many busy ranges.
 */
export async function seedSessions(
  db: Database,
  input: {
    practiceId: string;
    engagements: EngagementRow[];
    clientEngagementId: string;
    benchCoachId: string;
    coachIds: string[];
    random: Random;
  },
): Promise<SeededSessions> {
  const today = new Date().toISOString().slice(0, 10);
  const { rows, clientSessionId } = pastSessions(input, today);
  const benchEngagement = input.engagements.find((e) => e.id === input.clientEngagementId);
  const series = seriesFor(input, today, benchEngagement);

  await insertBatches(
    db,
    coachAvailability,
    input.coachIds.map((coachId) => ({
      coachId,
      timeZone: ZONE,
      weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: "09:00", end: "17:00" })),
    })),
  );
  // Fifty sessions and room for more: the client's slots are not cut short by a used allowance.
  await db
    .update(engagement)
    .set({ sessionsPlanned: BENCH_SESSIONS + 10, startDate: addDays(today, -730) })
    .where(eq(engagement.id, input.clientEngagementId));
  await insertBatches(db, sessionSeries, series.series);
  await insertBatches(db, coachingSession, [...rows.sessions, ...series.occurrences]);
  await insertBatches(db, sessionNote, rows.notes);
  await insertBatches(db, sessionAgendaItem, rows.agenda);
  await insertBatches(db, sessionReflection, rows.reflections);
  const phrases = await writePhrases(
    db,
    rows,
    input.clientEngagementId,
    benchEngagement?.clientId ?? "",
  );
  const work = benchEngagement
    ? await seedSessionWork(db, input.practiceId, benchEngagement, rows.sessions, input.random)
    : { themes: 0, commitments: 0 };
  return {
    clientSessionId,
    counts: {
      sessions: rows.sessions.length,
      "session notes": rows.notes.length,
      "agenda items": rows.agenda.length,
      reflections: rows.reflections.length,
      "recurring series": series.series.length,
      "series occurrences": series.occurrences.length,
      "key phrases (the bench client's engagement)": phrases,
      "session themes (the bench client's engagement)": work.themes,
      "commitments (the bench client's engagement)": work.commitments,
    },
  };
}

type Writings = {
  sessions: SessionRow[];
  notes: (typeof sessionNote.$inferInsert)[];
  agenda: (typeof sessionAgendaItem.$inferInsert)[];
  reflections: (typeof sessionReflection.$inferInsert)[];
};

/** The sessions so far and what was written on them; each coach's on a grid of their own. */
function pastSessions(
  input: { engagements: EngagementRow[]; clientEngagementId: string; random: Random },
  today: string,
): { rows: Writings; clientSessionId: string } {
  const { random } = input;
  const rows: Writings = { sessions: [], notes: [], agenda: [], reflections: [] };
  const grids = new Map<string, Map<string, number>>();
  const slotOf = (coachId: string, wanted: string): Date | null => {
    const grid = grids.get(coachId) ?? new Map<string, number>();
    grids.set(coachId, grid);
    for (let day = wanted; day < today; day = addDays(day, 1)) {
      const taken = grid.get(day) ?? 0;
      if (isoWeekday(day) > 5 || taken >= PAST_STARTS.length) continue;
      grid.set(day, taken + 1);
      return instantOf(day, PAST_STARTS[taken] as number, ZONE);
    }
    return null;
  };
  let clientSessionId = "";
  for (const e of input.engagements) {
    const isBench = e.id === input.clientEngagementId;
    const dates = isBench
      ? Array.from({ length: BENCH_SESSIONS }, (_, k) =>
          addDays(today, -(BENCH_SESSIONS - k) * FORTNIGHT),
        )
      : sessionDates(e, today, random);
    for (const [k, wanted] of dates.entries()) {
      const startsAt = slotOf(e.coachId, wanted);
      if (!startsAt) continue;
      const cancelled = !isBench && random() < 0.05;
      const session = pastSession(e, startsAt, k, cancelled);
      rows.sessions.push(session);
      if (isBench) clientSessionId = session.id as string;
      if (!cancelled) writings(rows, e, session.id as string, random);
    }
  }
  return { rows, clientSessionId };
}

/**
 * About every two weeks from a fortnight after the start until today or the close, at most the
 * sessions planned (6 to 12): as many as the allowance lets the client book, and a seed that
 * stays quick at scale 10.
 */
function sessionDates(e: EngagementRow, today: string, random: Random): string[] {
  const stage = STAGES.indexOf(e.stage ?? "assessment");
  if (stage < STAGES.indexOf("planning")) return [];
  const start = e.startDate as string;
  // The stage history closes an engagement five months after it started.
  const closedBy = e.stage === "closed" ? addDays(start, 150) : today;
  const end = closedBy < today ? closedBy : today;
  const dates: string[] = [];
  for (let day = addDays(start, FORTNIGHT); day < end; day = addDays(day, FORTNIGHT)) {
    dates.push(addDays(day, Math.floor(random() * 3)));
  }
  return dates.slice(0, e.sessionsPlanned ?? 0);
}

function pastSession(e: EngagementRow, startsAt: Date, k: number, cancelled: boolean): SessionRow {
  const id = randomUUID();
  const endsAt = new Date(startsAt.getTime() + SESSION_MINUTES * MINUTE);
  const mode = MODES[k % MODES.length] as (typeof MODES)[number];
  return {
    id,
    engagementId: e.id as string,
    coachId: e.coachId,
    startsAt,
    endsAt,
    busyUntil: new Date(endsAt.getTime() + BUFFER_MINUTES * MINUTE),
    timeZone: ZONE,
    mode,
    place: placeOf(mode, e.id as string),
    status: cancelled ? "cancelled" : "scheduled",
    icalUid: `${id}@keel`,
    sequence: cancelled ? 1 : 0,
    bookedBy: k % 3 === 0 ? e.coachId : e.clientId,
    cancelledAt: cancelled ? new Date(startsAt.getTime() - 3 * 86_400_000) : null,
    cancelledBy: cancelled ? e.clientId : null,
    cancelReason: cancelled ? "A board meeting was moved onto this day." : null,
    createdAt: new Date(startsAt.getTime() - 10 * 86_400_000),
  };
}

const placeOf = (mode: string, engagementId: string) =>
  mode === "video"
    ? `https://meet.example.com/${engagementId.slice(0, 8)}`
    : mode === "phone"
      ? "+44 20 7946 0000"
      : "1 Poultry, London EC2R 8EJ";

function writings(rows: Writings, e: EngagementRow, sessionId: string, random: Random) {
  const engagementId = e.id as string;
  const base = { engagementId, sessionId };
  rows.notes.push(
    { ...base, kind: "shared", authorId: e.clientId, body: paragraph(random, 4), revision: 2 },
    { ...base, kind: "feedback", authorId: e.coachId, body: paragraph(random, 3) },
  );
  if (random() < 1 / 3)
    rows.notes.push({ ...base, kind: "private", authorId: e.coachId, body: paragraph(random, 2) });
  const items = 1 + Math.floor(random() * 3);
  for (let i = 0; i < items; i++)
    rows.agenda.push({
      ...base,
      text: pick(AGENDA, random),
      addedBy: i === 0 ? e.clientId : e.coachId,
    });
  rows.reflections.push({
    ...base,
    learned: paragraph(random, 2),
    differently: pick(DIFFERENTLY, random),
    rating: 6 + Math.floor(random() * 5),
  });
}

/**
 * Thirty series on the bench coach's open engagements other than the bench client's (an
 * engagement has two when the coach has fewer than thirty), from tomorrow on: twenty weekly and
 * ten fortnightly (two sharing a place in alternate weeks) take the first five places of every
 * weekday, so only the end of each day stays free.
 */
function seriesFor(
  input: { engagements: EngagementRow[]; clientEngagementId: string; benchCoachId: string },
  today: string,
  benchEngagement: EngagementRow | undefined,
) {
  const owners = input.engagements.filter(
    (e) =>
      e.coachId === input.benchCoachId && e.stage !== "closed" && e.id !== input.clientEngagementId,
  );
  if (owners.length === 0 && benchEngagement) owners.push(benchEngagement);
  const series: (typeof sessionSeries.$inferInsert)[] = [];
  const occurrences: SessionRow[] = [];
  for (let s = 0; s < SERIES && owners.length > 0; s++) {
    const e = owners[s % owners.length] as EngagementRow;
    const weekly = s < 20;
    const position = weekly ? s : 20 + Math.floor((s - 20) / 2);
    const interval = weekly ? 1 : 2;
    const count = weekly ? 12 : 6;
    const weekday = 1 + (position % 5);
    const minute = SERIES_STARTS[Math.floor(position / 5)] as number;
    let firstDate = addDays(today, 1);
    while (isoWeekday(firstDate) !== weekday) firstDate = addDays(firstDate, 1);
    if (!weekly && s % 2 === 1) firstDate = addDays(firstDate, 7);
    const id = randomUUID();
    const icalUid = `${id}@keel`;
    const place = placeOf("video", e.id as string);
    series.push({
      id,
      engagementId: e.id as string,
      coachId: e.coachId,
      rrule: `FREQ=WEEKLY;INTERVAL=${interval};COUNT=${count}`,
      timeZone: ZONE,
      firstDate,
      localTime: `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`,
      durationMinutes: SESSION_MINUTES,
      mode: "video",
      place,
      icalUid,
      createdBy: e.coachId,
    });
    for (let n = 0; n < count; n++) {
      const startsAt = instantOf(addDays(firstDate, n * 7 * interval), minute, ZONE) as Date;
      const endsAt = new Date(startsAt.getTime() + SESSION_MINUTES * MINUTE);
      occurrences.push({
        engagementId: e.id as string,
        coachId: e.coachId,
        seriesId: id,
        originalStartsAt: startsAt,
        startsAt,
        endsAt,
        busyUntil: new Date(endsAt.getTime() + BUFFER_MINUTES * MINUTE),
        timeZone: ZONE,
        mode: "video",
        place,
        icalUid,
        bookedBy: e.coachId,
      });
    }
  }
  return { series, occurrences };
}

/**
 * The key phrases of the bench client's notes and reflections, by the writer saving them uses
 * (the patterns view reads them). Only that engagement's: finding phrases costs time.
 */
async function writePhrases(
  db: Database,
  rows: Writings,
  engagementId: string,
  clientId: string,
): Promise<number> {
  const sources = [
    ...rows.notes
      .filter((n) => n.engagementId === engagementId)
      .map((n) => ({ source: n.kind, authorId: n.authorId, sessionId: n.sessionId, text: n.body })),
    ...rows.reflections
      .filter((r) => r.engagementId === engagementId)
      .map((r) => ({
        source: "reflection" as const,
        authorId: clientId,
        sessionId: r.sessionId,
        text: `${r.learned}\n\n${r.differently}`,
      })),
  ];
  for (const { text, ...at } of sources)
    await replacePhrases(db, { ...at, engagementId }, text ?? "");
  const [counted] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notePhrase)
    .where(eq(notePhrase.engagementId, engagementId));
  return counted?.n ?? 0;
}

/**
 * The practice's default themes, and for the bench client's sessions one or two themes each (and
 * one on the reflection of every other) and one or two commitments, most of them done: what the
 * timeline and the patterns view read beside the notes.
 */
async function seedSessionWork(
  db: Database,
  practiceId: string,
  e: EngagementRow,
  sessions: SessionRow[],
  random: Random,
) {
  const themes = await db
    .insert(practiceTheme)
    .values(DEFAULT_THEMES.map((label) => ({ practiceId, label })))
    .returning({ id: practiceTheme.id });
  const engagementId = e.id as string;
  const tags: (typeof sessionTheme.$inferInsert)[] = [];
  const commitments: (typeof sessionCommitment.$inferInsert)[] = [];
  const own = sessions.filter((s) => s.engagementId === engagementId);
  own.forEach((session, k) => {
    const sessionId = session.id as string;
    const base = { engagementId, sessionId, taggedBy: e.coachId };
    const picked = new Set([pick(themes, random).id, pick(themes, random).id]);
    for (const themeId of picked) tags.push({ ...base, target: "session", themeId });
    if (k % 2 === 0) tags.push({ ...base, target: "reflection", themeId: pick(themes, random).id });
    const day = session.startsAt.toISOString().slice(0, 10);
    for (let c = 0; c < 1 + (k % 2); c++)
      commitments.push({
        engagementId,
        sessionId,
        text: pick(DIFFERENTLY, random),
        ownerId: c === 0 ? e.clientId : e.coachId,
        dueOn: addDays(day, FORTNIGHT),
        ...(k < own.length - 2 && random() < 0.8
          ? {
              status: "done" as const,
              markedAt: new Date(session.startsAt.getTime() + 7 * 86_400_000),
            }
          : {}),
        createdBy: e.coachId,
      });
  });
  await insertBatches(db, sessionTheme, tags);
  await insertBatches(db, sessionCommitment, commitments);
  return { themes: tags.length, commitments: commitments.length };
}

const pick = <T>(bank: readonly T[], random: Random): T =>
  bank[Math.floor(random() * bank.length)] as T;

function paragraph(random: Random, sentences: number): string {
  return Array.from({ length: sentences }, () => pick(PHRASES, random)).join(" ");
}

const PHRASES = [
  "We talked about delegating the quarterly planning to the team leads.",
  "She noticed that she steps in whenever a deadline gets close, even when nobody asked.",
  "The team's feedback on meetings was that decisions are made before anyone else speaks.",
  "We practised asking two open questions before offering a solution.",
  "He wants to give clearer feedback to his direct reports without softening it into nothing.",
  "Stakeholder management with the finance director came up again this week.",
  "The 360 report showed a gap between how she rates her listening and how others rate it.",
  "We agreed to try a weekly one-to-one with each team lead, thirty minutes, their agenda.",
  "Psychological safety in the team has improved since the retrospective format changed.",
  "He finds it hard to say no to requests from senior leaders.",
  "We explored what an executive presence would look like in the board meeting.",
  "The restructuring is taking most of her attention and the coaching goals have slipped.",
  "Conflict between two team members is still unresolved; he plans to bring them together.",
  "We reviewed the progress on the goal of handing one piece of stretch work a week.",
  "She described a conversation that went well: she listened first and summarised back.",
  "Time management remains a theme: the calendar is full of meetings she need not attend.",
  "We looked at the energy map and the afternoons are when he is least patient.",
  "Building trust with the new team means being visible, not only available.",
];

const AGENDA = [
  "Feedback conversation with a team lead",
  "Preparing for the board meeting",
  "Delegation: what only I can do",
  "Review of last fortnight's goal measurements",
  "The restructuring and my team's morale",
  "Saying no to senior requests",
];

const DIFFERENTLY = [
  "Ask before I answer.",
  "Hand over the planning and not take it back.",
  "Block two hours a week for thinking.",
  "Give the feedback on the same day.",
  "Let the silence last longer in meetings.",
];
