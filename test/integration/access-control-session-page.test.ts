import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import {
  agentOf,
  type Case,
  engagementUrl,
  itAnswersAsTheTableSays,
  onlyClientAndCoach,
  ROLES,
  type Role,
} from "../support/access-table";
import type { Agent } from "../support/agent";
import { buildWorld, type World } from "../support/factories";
import { pastSession, upcomingSession } from "../support/session-inserts";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// A session and its page are the client's and their coach's: for everyone else (the sponsor,
// the practice admin, other coaches) the session does not exist. Each private note is read by
// its author alone: no route ever answers anybody else with a word of it.

interface SessionWorld extends World {
  /** Ended yesterday or earlier: notes and the reflection. */
  pastId: string;
  /** Ahead: the agenda and the preparation. */
  upcomingId: string;
}

const sessionUrl = (id: string) => `/api/sessions/${id}`;

/** The viewer's current revision of a note, or 0 where the page is not theirs to read. */
async function revisionOf(agent: Agent, sessionId: string, note: "shared" | "privateNote") {
  const page = await agent.get(sessionUrl(sessionId));
  return page.status === 200 ? (page.body[note].revision as number) : 0;
}

async function agendaItemOf(agent: Agent, sessionId: string): Promise<string> {
  const added = await agent.post(`${sessionUrl(sessionId)}/agenda`, { text: "To take off" });
  expect(added.status, JSON.stringify(added.body)).toBe(201);
  return added.body.id;
}

const CASES: Case<SessionWorld>[] = [
  {
    name: "GET a session's page",
    call: (a, w) => a.get(sessionUrl(w.pastId)),
    expected: { ...onlyClientAndCoach, coach: 200, client: 200 },
  },
  {
    name: "POST an agenda item",
    call: (a, w) => a.post(`${sessionUrl(w.upcomingId)}/agenda`, { text: "Delegation" }),
    expected: { ...onlyClientAndCoach, coach: 201, client: 201 },
  },
  {
    name: "DELETE the client's agenda item",
    call: async (a, w) =>
      a.delete(`/api/session-agenda/${await agendaItemOf(w.client.agent, w.upcomingId)}`),
    expected: { ...onlyClientAndCoach, coach: 204, client: 204 },
  },
  {
    name: "DELETE the coach's agenda item",
    call: async (a, w) =>
      a.delete(`/api/session-agenda/${await agendaItemOf(w.coach.agent, w.upcomingId)}`),
    expected: { ...onlyClientAndCoach, coach: 204, client: 403 },
  },
  {
    name: "PUT the coach's feedback",
    call: async (a, w) =>
      a.put(`${sessionUrl(w.pastId)}/notes/feedback`, {
        body: "Good work",
        revision: (await w.coach.agent.get(sessionUrl(w.pastId))).body.feedback.revision,
      }),
    expected: { ...onlyClientAndCoach, coach: 200, client: 403 },
  },
  {
    name: "PUT the shared notes",
    call: async (a, w) =>
      a.put(`${sessionUrl(w.pastId)}/notes/shared`, {
        body: "We agreed",
        revision: await revisionOf(w.coach.agent, w.pastId, "shared"),
      }),
    expected: { ...onlyClientAndCoach, coach: 200, client: 200 },
  },
  {
    name: "PUT one's private note",
    call: async (a, w) =>
      a.put(`${sessionUrl(w.pastId)}/notes/private`, {
        body: "Mine alone",
        revision: await revisionOf(a, w.pastId, "privateNote"),
      }),
    expected: { ...onlyClientAndCoach, coach: 200, client: 200 },
  },
  {
    name: "PUT the client's preparation",
    call: (a, w) =>
      a.put(`${sessionUrl(w.upcomingId)}/preparation`, { wins: "A", focus: "B", question: "C" }),
    expected: { ...onlyClientAndCoach, coach: 403, client: 200 },
  },
  {
    name: "PUT the client's reflection",
    call: (a, w) =>
      a.put(`${sessionUrl(w.pastId)}/reflection`, { learned: "A", differently: "B", rating: 8 }),
    expected: { ...onlyClientAndCoach, coach: 403, client: 200 },
  },
];

/** Every answer a person can get about the session, stale saves included, as raw text. */
async function everyAnswer(agent: Agent, w: SessionWorld, sessionId: string): Promise<string[]> {
  const url = sessionUrl(sessionId);
  const calls = [
    () => agent.get(url),
    () => agent.get(`${engagementUrl(w)}/sessions`),
    () => agent.post(`${url}/agenda`, { text: "An item" }),
    () => agent.put(`${url}/preparation`, { wins: "", focus: "", question: "" }),
    () => agent.put(`${url}/reflection`, { learned: "", differently: "", rating: null }),
    ...["feedback", "shared", "private"].flatMap((kind) =>
      [0, 1, 2, 99].map(
        (revision) => () => agent.put(`${url}/notes/${kind}`, { body: "Mine", revision }),
      ),
    ),
  ];
  const answers: string[] = [];
  for (const call of calls) {
    const { body } = await call();
    answers.push(typeof body === "string" ? body : JSON.stringify(body));
  }
  return answers;
}

describe.each(databaseKinds())("access to the session page on the %s database", (kind) => {
  const t = useTestApp(kind);
  let world: SessionWorld;

  beforeAll(async () => {
    const base = await buildWorld(t.current);
    const past = await pastSession(t.current, base);
    const upcoming = await upcomingSession(t.current, base);
    world = { ...base, pastId: past.id, upcomingId: upcoming.id };
  });

  itAnswersAsTheTableSays(CASES, () => world);

  describe("the private notes", () => {
    const coachMarker = `COACH-PRIVATE-${randomBytes(6).toString("hex")}`;
    const clientMarker = `CLIENT-PRIVATE-${randomBytes(6).toString("hex")}`;
    let notedId: string;

    /** Each author's note holds their marker again (a sweep may have saved over their own). */
    async function writeMarkers() {
      const url = `${sessionUrl(notedId)}/notes/private`;
      for (const [author, body] of [
        [world.coach, coachMarker],
        [world.client, clientMarker],
      ] as const) {
        const revision = await revisionOf(author.agent, notedId, "privateNote");
        const saved = await author.agent.put(url, { body, revision });
        expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      }
    }

    /** Both markers are where their authors left them: a sweep had something to find. */
    async function expectMarkersKept(except?: Role) {
      const coachPage = await world.coach.agent.get(sessionUrl(notedId));
      const clientPage = await world.client.agent.get(sessionUrl(notedId));
      if (except !== "coach") expect(coachPage.body.privateNote.body).toBe(coachMarker);
      if (except !== "client") expect(clientPage.body.privateNote.body).toBe(clientMarker);
    }

    beforeAll(async () => {
      notedId = (await pastSession(t.current, world)).id;
      await writeMarkers();
    });

    it("shows each author their own", async () => {
      await expectMarkersKept();
    });

    const othersOfCoach = ROLES.filter((role) => role !== "coach");
    it.each(othersOfCoach)("never answers %s with a word of the coach's", async (role) => {
      await writeMarkers();
      for (const answer of await everyAnswer(agentOf(world, role), world, notedId))
        expect(answer).not.toContain(coachMarker);
      await expectMarkersKept(role);
    });

    const othersOfClient = ROLES.filter((role) => role !== "client");
    it.each(othersOfClient)("never answers %s with a word of the client's", async (role) => {
      await writeMarkers();
      for (const answer of await everyAnswer(agentOf(world, role), world, notedId))
        expect(answer).not.toContain(clientMarker);
      await expectMarkersKept(role);
    });
  });
});
