import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect } from "vitest";
import {
  type Case,
  itAnswersAsTheTableSays,
  onlyClientAndCoach,
  partiesOnly,
  type Role,
} from "../support/access-table";
import type { Agent } from "../support/agent";
import { buildWorld, type World } from "../support/factories";
import { samplePlan, writeGoal } from "../support/goal-factories";
import { pastSession } from "../support/session-inserts";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// A session's themes and commitments, and a plan saved from it, are the client's and their
// coach's: for everyone else the session does not exist. So are commitments added on the
// engagement and their comments; the engagement's other parties know it exists (403). The practice's list of themes is read
// and extended by its coaches and clients; a sponsor has no use for it (403).

interface WorkWorld extends World {
  sessionId: string;
  sessionDay: string;
  themeId: string;
  goalId: string;
}

const sessionUrl = (id: string) => `/api/sessions/${id}`;
const commitmentUrl = (id: string) => `/api/session-commitments/${id}`;

const coachesAndClients = (status: number): Record<Role, number> => ({
  coach: status,
  otherCoach: status,
  admin: status,
  outsider: status,
  client: status,
  otherClient: status,
  sponsor: 403,
  anonymous: 401,
});

async function commitmentOf(agent: Agent, w: WorkWorld, ownerId = w.client.id): Promise<string> {
  const added = await agent.post(`${sessionUrl(w.sessionId)}/commitments`, {
    text: "Ask for the Friday report",
    ownerId,
    dueOn: w.sessionDay,
  });
  expect(added.status, JSON.stringify(added.body)).toBe(201);
  return added.body.id;
}

const CASES: Case<WorkWorld>[] = [
  {
    name: "GET the practice's themes",
    call: (a) => a.get("/api/practice/themes"),
    expected: coachesAndClients(200),
  },
  {
    name: "POST a theme",
    call: (a) => a.post("/api/practice/themes", { label: `Theme ${randomUUID()}` }),
    expected: coachesAndClients(201),
  },
  {
    name: "PUT a session's themes",
    call: (a, w) =>
      a.put(`${sessionUrl(w.sessionId)}/themes`, { session: [w.themeId], reflection: [] }),
    expected: { ...onlyClientAndCoach, coach: 200, client: 200 },
  },
  {
    name: "POST a commitment",
    call: (a, w) =>
      a.post(`${sessionUrl(w.sessionId)}/commitments`, {
        text: "Book the offsite",
        ownerId: w.coach.id,
        dueOn: w.sessionDay,
      }),
    expected: { ...onlyClientAndCoach, coach: 201, client: 201 },
  },
  {
    name: "PATCH a commitment",
    call: async (a, w) =>
      a.patch(commitmentUrl(await commitmentOf(w.coach.agent, w)), { text: "Ask for it Monday" }),
    expected: { ...onlyClientAndCoach, coach: 200, client: 200 },
  },
  {
    name: "PATCH the client's commitment as done",
    call: async (a, w) =>
      a.patch(commitmentUrl(await commitmentOf(w.coach.agent, w)), { status: "done" }),
    expected: { ...onlyClientAndCoach, coach: 200, client: 200 },
  },
  {
    name: "PATCH the coach's commitment as done",
    call: async (a, w) =>
      a.patch(commitmentUrl(await commitmentOf(w.coach.agent, w, w.coach.id)), {
        status: "partly_done",
        note: "Half of it",
      }),
    expected: { ...onlyClientAndCoach, coach: 200, client: 403 },
  },
  {
    name: "PATCH the coach's marked commitment open again",
    call: async (a, w) => {
      const id = await commitmentOf(w.coach.agent, w, w.coach.id);
      await w.coach.agent.patch(commitmentUrl(id), { status: "not_done" });
      return a.patch(commitmentUrl(id), { status: "open" });
    },
    expected: { ...onlyClientAndCoach, coach: 200, client: 200 },
  },
  {
    name: "POST a comment on a commitment",
    call: async (a, w) =>
      a.post(`${commitmentUrl(await commitmentOf(w.coach.agent, w))}/comments`, {
        text: "How did it go?",
      }),
    expected: { ...onlyClientAndCoach, coach: 201, client: 201 },
  },
  {
    name: "GET an engagement's commitments",
    call: (a, w) => a.get(`/api/engagements/${w.engagement.id}/commitments?who=all`),
    expected: { ...partiesOnly, coach: 200, client: 200 },
  },
  {
    name: "POST a commitment on the engagement",
    call: (a, w) =>
      a.post(`/api/engagements/${w.engagement.id}/commitments`, {
        text: "Read the chapter",
        ownerId: w.client.id,
        dueOn: w.sessionDay,
        goalId: w.goalId,
      }),
    expected: { ...partiesOnly, coach: 201, client: 201 },
  },
  {
    name: "DELETE the client's commitment",
    call: async (a, w) => a.delete(commitmentUrl(await commitmentOf(w.client.agent, w))),
    expected: { ...onlyClientAndCoach, coach: 204, client: 204 },
  },
  {
    name: "DELETE the coach's commitment",
    call: async (a, w) => a.delete(commitmentUrl(await commitmentOf(w.coach.agent, w))),
    expected: { ...onlyClientAndCoach, coach: 204, client: 403 },
  },
  {
    name: "PUT a goal's plan from a session",
    call: async (a, w) => {
      const current = await w.coach.agent.get(`/api/goals/${w.goalId}/plan`);
      return a.put(`/api/goals/${w.goalId}/plan`, {
        baseVersion: current.body.version,
        plan: samplePlan(),
        sessionId: w.sessionId,
      });
    },
    expected: { ...onlyClientAndCoach, coach: 200, client: 200 },
  },
];

describe.each(databaseKinds())("access to a session's work on the %s database", (kind) => {
  const t = useTestApp(kind);
  let world: WorkWorld;

  beforeAll(async () => {
    const base = await buildWorld(t.current);
    const session = await pastSession(t.current, base);
    const themes = await base.coach.agent.get("/api/practice/themes");
    const goal = await writeGoal(base.coach, base.engagement.id);
    world = {
      ...base,
      sessionId: session.id,
      // The day after the session's start, wherever the session's zone puts it.
      sessionDay: new Date(session.startsAt.getTime() + 86_400_000).toISOString().slice(0, 10),
      themeId: themes.body[0].id,
      goalId: goal.id,
    };
  });

  itAnswersAsTheTableSays(CASES, () => world);
});
