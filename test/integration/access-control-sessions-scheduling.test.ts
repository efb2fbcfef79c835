import { beforeAll, describe, expect } from "vitest";
import {
  type Case,
  coachesOnly,
  engagementUrl,
  itAnswersAsTheTableSays,
  onlyClientAndCoach,
  partiesOnly,
  signedInOnly,
} from "../support/access-table";
import { buildWorld, type World } from "../support/factories";
import { daysFromToday } from "../support/feedback-factories";
import { book, freeSlots } from "../support/scheduling-factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// Sessions are the client's and their coach's: both book, move, cancel and change them; the
// sponsor and the practice admin know the engagement but not its sessions; everyone else finds
// nothing. A coach's hours are their own; anyone signed in keeps their own time zone.

interface SessionWorld extends World {
  sessionId: string;
}

const HOURS = {
  timeZone: "Europe/London",
  weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: "09:00", end: "17:00" })),
  sessionMinutes: 60,
  bufferMinutes: 15,
  minNoticeHours: 24,
  horizonDays: 60,
  lateCancelHours: 24,
  maxMoves: 2,
};

/** The coach's next free slot, as the coach sees it. */
async function nextSlot(w: World): Promise<string> {
  const [slot] = await freeSlots(w.coach, w.engagement.id, { from: 2, to: 50 });
  if (!slot) throw new Error("the coach has no free slot left");
  return slot.startsAt;
}

/** A new session of the world's engagement, booked by its coach. */
async function freshSession(w: World): Promise<string> {
  const booked = await book(w.coach, w.engagement.id, await nextSlot(w));
  expect(booked.status, JSON.stringify(booked.body)).toBe(201);
  return booked.body.id;
}

const CASES: Case<SessionWorld>[] = [
  {
    name: "GET the coach's own hours",
    call: (a) => a.get("/api/me/availability"),
    expected: coachesOnly(200),
  },
  {
    name: "PUT the coach's own hours",
    call: (a) => a.put("/api/me/availability", HOURS),
    expected: coachesOnly(200),
  },
  {
    name: "PUT one's own time zone",
    call: (a) => a.put("/api/me/time-zone", { timeZone: "Europe/London" }),
    expected: signedInOnly(200),
  },
  {
    name: "GET an engagement's free slots",
    call: (a, w) =>
      a.get(`${engagementUrl(w)}/slots?from=${daysFromToday(2)}&to=${daysFromToday(9)}`),
    expected: { ...partiesOnly, coach: 200, client: 200 },
  },
  {
    name: "GET an engagement's sessions",
    call: (a, w) => a.get(`${engagementUrl(w)}/sessions`),
    expected: { ...partiesOnly, coach: 200, client: 200 },
  },
  {
    name: "POST a session",
    call: async (a, w) =>
      a.post(`${engagementUrl(w)}/sessions`, { startsAt: await nextSlot(w), mode: "video" }),
    expected: { ...partiesOnly, coach: 201, client: 201 },
  },
  {
    name: "PUT an engagement's meeting link",
    call: (a, w) =>
      a.put(`${engagementUrl(w)}/meeting-link`, { meetingLink: "https://meet.example.com/x" }),
    expected: { ...partiesOnly, coach: 200, client: 403 },
  },
  {
    name: "PATCH a session",
    call: (a, w) => a.patch(`/api/sessions/${w.sessionId}`, { mode: "video" }),
    expected: { ...onlyClientAndCoach, coach: 200, client: 200 },
  },
  {
    name: "POST a session's move",
    call: async (a, w) => {
      const id = await freshSession(w);
      return a.post(`/api/sessions/${id}/move`, { startsAt: await nextSlot(w) });
    },
    expected: { ...onlyClientAndCoach, coach: 200, client: 200 },
  },
  {
    name: "POST a session's cancellation",
    call: async (a, w) => a.post(`/api/sessions/${await freshSession(w)}/cancel`, {}),
    expected: { ...onlyClientAndCoach, coach: 200, client: 200 },
  },
];

describe.each(databaseKinds())("access to scheduling on the %s database", (kind) => {
  const t = useTestApp(kind);
  let world: SessionWorld;

  beforeAll(async () => {
    const base = await buildWorld(t.current);
    world = { ...base, sessionId: await freshSession(base) };
  });

  itAnswersAsTheTableSays(CASES, () => world);
});
