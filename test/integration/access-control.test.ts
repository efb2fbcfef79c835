import { beforeAll, describe, expect, it } from "vitest";
import type { Agent } from "../support/agent";
import { buildWorld, listAllPages, QUICK_TEMPLATE, type World } from "../support/factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

type Role =
  | "coach"
  | "otherCoach"
  | "admin"
  | "client"
  | "otherClient"
  | "sponsor"
  | "outsider"
  | "anonymous";
const ROLES: Role[] = [
  "coach",
  "otherCoach",
  "admin",
  "client",
  "otherClient",
  "sponsor",
  "outsider",
  "anonymous",
];

const agentOf = (world: World, role: Role): Agent =>
  role === "anonymous" ? world.anonymous : world[role].agent;

interface Case {
  name: string;
  call: (agent: Agent, world: World) => Promise<{ status: number }>;
  expected: Record<Role, number>;
}

const engagementUrl = (w: World) => `/api/engagements/${w.engagement.id}`;

// A client's questionnaires exist only for the client and their coach: everyone else gets 404.
const onlyClientAndCoach = {
  admin: 404,
  sponsor: 404,
  otherCoach: 404,
  otherClient: 404,
  outsider: 404,
  anonymous: 401,
};

// The engagement's other parties know it exists but may not read the client's profile.
const partiesOnly = {
  admin: 403,
  sponsor: 403,
  otherCoach: 404,
  otherClient: 404,
  outsider: 404,
  anonymous: 401,
};

/** A new development profile entry, written by the world's coach. */
async function freshEntry(w: World): Promise<string> {
  const created = await w.coach.agent.post(`${engagementUrl(w)}/development-profile/entries`, {
    kind: "development_area",
    title: "Delegating earlier",
  });
  return created.body.id;
}

/** An open IPIP-NEO-120 for the world's client, in place of any still open. */
async function freshAssessment(w: World): Promise<string> {
  const open = await w.coach.agent.get(`${engagementUrl(w)}/assessments`);
  for (const a of open.body as { id: string; status: string; instrument: { id: string } }[]) {
    if (
      a.instrument.id === "ipip-neo-120" &&
      (a.status === "assigned" || a.status === "in_progress")
    )
      await w.coach.agent.post(`/api/assessments/${a.id}/withdraw`);
  }
  const assigned = await w.coach.agent.post(`${engagementUrl(w)}/assessments`, {
    instrumentId: "ipip-neo-120",
  });
  return assigned.body.id;
}

/** An open exercise from the coach's own template, in place of any still open. */
async function freshExercise(w: World): Promise<string> {
  const listed = await w.coach.agent.get(`${engagementUrl(w)}/exercises`);
  for (const e of listed.body as { id: string; status: string; template: { id: string } }[]) {
    if (e.template.id === w.coachTemplate.id && (e.status === "assigned" || e.status === "draft"))
      await w.coach.agent.post(`/api/exercises/${e.id}/withdraw`);
  }
  const assigned = await w.coach.agent.post(`${engagementUrl(w)}/exercises`, {
    templateId: w.coachTemplate.id,
  });
  return assigned.body.id;
}

/** A new template of the coach's own, to delete. */
async function freshTemplate(w: World): Promise<string> {
  return (await w.coach.agent.post("/api/exercise-templates", QUICK_TEMPLATE)).body.id;
}

// A coach's own templates are theirs alone: other coaches, the admin included, get 404; members
// who are not coaches get 403 (no role of theirs has templates).
const onlyTheCoachesTemplate = {
  coach: 200,
  admin: 404,
  otherCoach: 404,
  outsider: 404,
  client: 403,
  otherClient: 403,
  sponsor: 403,
  anonymous: 401,
};

// Each row: what every role gets. 404 means "does not exist for you": nothing about the record leaks.
const CASES: Case[] = [
  {
    name: "GET one engagement",
    call: (a, w) => a.get(engagementUrl(w)),
    expected: {
      coach: 200,
      admin: 200,
      client: 200,
      sponsor: 200,
      otherCoach: 404,
      otherClient: 404,
      outsider: 404,
      anonymous: 401,
    },
  },
  {
    name: "PATCH an engagement's facts",
    call: (a, w) => a.patch(engagementUrl(w), { title: "A changed title" }),
    expected: {
      coach: 200,
      admin: 403,
      client: 403,
      sponsor: 403,
      otherCoach: 404,
      otherClient: 404,
      outsider: 404,
      anonymous: 401,
    },
  },
  {
    name: "POST a stage move that is allowed",
    call: (a, w) => a.post(`${engagementUrl(w)}/stage`, { to: "planning" }),
    expected: {
      coach: 200,
      admin: 403,
      client: 403,
      sponsor: 403,
      otherCoach: 404,
      otherClient: 404,
      outsider: 404,
      anonymous: 401,
    },
  },
  {
    name: "POST an engagement for the coach's client",
    call: (a, w) =>
      a.post("/api/engagements", {
        clientId: w.client.id,
        title: "Second round",
        startDate: "2027-01-04",
        sessionsPlanned: 4,
      }),
    expected: {
      coach: 201,
      admin: 201,
      client: 403,
      sponsor: 403,
      otherCoach: 400,
      otherClient: 403,
      outsider: 400,
      anonymous: 401,
    },
  },
  {
    name: "GET a page of the engagements list",
    call: (a) => a.get("/api/engagements?limit=10"),
    expected: {
      coach: 200,
      admin: 200,
      client: 200,
      sponsor: 200,
      otherCoach: 200,
      otherClient: 200,
      outsider: 200,
      anonymous: 401,
    },
  },
  {
    name: "GET a page of the clients list",
    call: (a) => a.get("/api/clients?limit=10"),
    expected: {
      coach: 200,
      admin: 200,
      client: 403,
      sponsor: 403,
      otherCoach: 200,
      otherClient: 403,
      outsider: 200,
      anonymous: 401,
    },
  },
  {
    name: "GET the sponsors list",
    call: (a) => a.get("/api/sponsors"),
    expected: {
      coach: 200,
      admin: 200,
      client: 403,
      sponsor: 403,
      otherCoach: 200,
      otherClient: 403,
      outsider: 200,
      anonymous: 401,
    },
  },
  {
    name: "GET the coaches list",
    call: (a) => a.get("/api/coaches"),
    expected: {
      coach: 200,
      admin: 200,
      client: 403,
      sponsor: 403,
      otherCoach: 200,
      otherClient: 403,
      outsider: 200,
      anonymous: 401,
    },
  },
  {
    name: "POST an invitation of a coach",
    call: (a) =>
      a.post("/api/invitations", {
        email: `c-${Math.random().toString(36).slice(2)}@example.com`,
        role: "coach",
      }),
    expected: {
      coach: 403,
      admin: 201,
      client: 403,
      sponsor: 403,
      otherCoach: 403,
      otherClient: 403,
      outsider: 201,
      anonymous: 401,
    },
  },
  {
    name: "GET the outbox",
    call: (a) => a.get("/api/outbox"),
    expected: {
      coach: 403,
      admin: 200,
      client: 403,
      sponsor: 403,
      otherCoach: 403,
      otherClient: 403,
      outsider: 200,
      anonymous: 401,
    },
  },
  {
    name: "PATCH the practice",
    call: (a) => a.patch("/api/practice", { name: "Renamed practice" }),
    expected: {
      coach: 403,
      admin: 200,
      client: 403,
      sponsor: 403,
      otherCoach: 403,
      otherClient: 403,
      outsider: 200,
      anonymous: 401,
    },
  },
  {
    name: "GET the questionnaires on offer",
    call: (a) => a.get("/api/instruments"),
    expected: {
      coach: 200,
      admin: 200,
      client: 403,
      sponsor: 403,
      otherCoach: 200,
      otherClient: 403,
      outsider: 200,
      anonymous: 401,
    },
  },
  {
    name: "GET an engagement's questionnaires",
    call: (a, w) => a.get(`${engagementUrl(w)}/assessments`),
    expected: {
      coach: 200,
      admin: 403,
      client: 200,
      sponsor: 403,
      otherCoach: 404,
      otherClient: 404,
      outsider: 404,
      anonymous: 401,
    },
  },
  {
    name: "POST a questionnaire assignment",
    call: (a, w) => a.post(`${engagementUrl(w)}/assessments`, { instrumentId: "ipip-bffm-50" }),
    expected: {
      coach: 201,
      admin: 403,
      client: 403,
      sponsor: 403,
      otherCoach: 404,
      otherClient: 404,
      outsider: 404,
      anonymous: 401,
    },
  },
  {
    name: "GET a questionnaire with its answers",
    call: (a, w) => a.get(`/api/assessments/${w.assessment.id}`),
    expected: { ...onlyClientAndCoach, coach: 200, client: 200 },
  },
  {
    name: "PUT answers",
    call: (a, w) => a.put(`/api/assessments/${w.assessment.id}/answers`, { answers: { N1_1: 3 } }),
    expected: { ...onlyClientAndCoach, coach: 403, client: 200 },
  },
  {
    name: "GET a questionnaire's results",
    call: (a, w) => a.get(`/api/assessments/${w.submittedAssessment.id}/results`),
    expected: { ...onlyClientAndCoach, coach: 200, client: 200 },
  },
  {
    name: "POST a submission",
    call: async (a, w) => a.post(`/api/assessments/${await freshAssessment(w)}/submit`),
    expected: { ...onlyClientAndCoach, coach: 403, client: 200 },
  },
  {
    name: "POST a withdrawal",
    call: async (a, w) => a.post(`/api/assessments/${await freshAssessment(w)}/withdraw`),
    expected: { ...onlyClientAndCoach, coach: 200, client: 403 },
  },
  {
    name: "GET the development profile",
    call: (a, w) => a.get(`${engagementUrl(w)}/development-profile`),
    expected: { ...partiesOnly, coach: 200, client: 200 },
  },
  {
    name: "POST a development profile entry",
    call: (a, w) =>
      a.post(`${engagementUrl(w)}/development-profile/entries`, {
        kind: "strength",
        title: "Calm under pressure",
      }),
    expected: { ...partiesOnly, coach: 201, client: 201 },
  },
  {
    name: "PATCH a development profile entry",
    call: async (a, w) =>
      a.patch(`/api/development-entries/${await freshEntry(w)}`, { title: "Renamed entry" }),
    expected: { ...onlyClientAndCoach, coach: 200, client: 200 },
  },
  {
    name: "DELETE a development profile entry",
    call: async (a, w) => a.delete(`/api/development-entries/${await freshEntry(w)}`),
    expected: { ...onlyClientAndCoach, coach: 204, client: 204 },
  },
  {
    name: "GET the exercise templates on offer",
    call: (a) => a.get("/api/exercise-templates"),
    expected: {
      coach: 200,
      admin: 200,
      client: 403,
      sponsor: 403,
      otherCoach: 200,
      otherClient: 403,
      outsider: 200,
      anonymous: 401,
    },
  },
  {
    name: "GET a built-in exercise template",
    call: (a) => a.get("/api/exercise-templates/leadership-wheel"),
    expected: {
      coach: 200,
      admin: 200,
      client: 403,
      sponsor: 403,
      otherCoach: 200,
      otherClient: 403,
      outsider: 200,
      anonymous: 401,
    },
  },
  {
    name: "GET a coach's own exercise template",
    call: (a, w) => a.get(`/api/exercise-templates/${w.coachTemplate.id}`),
    expected: onlyTheCoachesTemplate,
  },
  {
    name: "POST an exercise template",
    call: (a) => a.post("/api/exercise-templates", QUICK_TEMPLATE),
    expected: {
      coach: 201,
      admin: 201,
      client: 403,
      sponsor: 403,
      otherCoach: 201,
      otherClient: 403,
      outsider: 201,
      anonymous: 401,
    },
  },
  {
    name: "PATCH a coach's own exercise template",
    call: (a, w) => a.patch(`/api/exercise-templates/${w.coachTemplate.id}`, { title: "One word" }),
    expected: onlyTheCoachesTemplate,
  },
  {
    name: "PATCH a built-in exercise template",
    call: (a) => a.patch("/api/exercise-templates/best-self", { title: "Mine now" }),
    expected: {
      coach: 403,
      admin: 403,
      client: 403,
      sponsor: 403,
      otherCoach: 403,
      otherClient: 403,
      outsider: 403,
      anonymous: 401,
    },
  },
  {
    name: "DELETE a coach's own exercise template",
    call: async (a, w) => a.delete(`/api/exercise-templates/${await freshTemplate(w)}`),
    expected: { ...onlyTheCoachesTemplate, coach: 204 },
  },
  {
    name: "GET an engagement's exercises",
    call: (a, w) => a.get(`${engagementUrl(w)}/exercises`),
    expected: {
      coach: 200,
      admin: 403,
      client: 200,
      sponsor: 403,
      otherCoach: 404,
      otherClient: 404,
      outsider: 404,
      anonymous: 401,
    },
  },
  {
    name: "POST an exercise assignment",
    call: (a, w) => a.post(`${engagementUrl(w)}/exercises`, { templateId: "best-self" }),
    expected: {
      coach: 201,
      admin: 403,
      client: 403,
      sponsor: 403,
      otherCoach: 404,
      otherClient: 404,
      outsider: 404,
      anonymous: 401,
    },
  },
  {
    name: "GET an exercise with its answers",
    call: (a, w) => a.get(`/api/exercises/${w.submittedExercise.id}`),
    expected: { ...onlyClientAndCoach, coach: 200, client: 200 },
  },
  {
    name: "PUT an exercise draft",
    call: (a, w) => a.put(`/api/exercises/${w.exercise.id}/answers`, { answers: { vision: 6 } }),
    expected: { ...onlyClientAndCoach, coach: 403, client: 200 },
  },
  {
    name: "POST an exercise submission",
    call: async (a, w) => a.post(`/api/exercises/${await freshExercise(w)}/submit`),
    expected: { ...onlyClientAndCoach, coach: 403, client: 200 },
  },
  {
    name: "POST an exercise withdrawal",
    call: async (a, w) => a.post(`/api/exercises/${await freshExercise(w)}/withdraw`),
    expected: { ...onlyClientAndCoach, coach: 200, client: 403 },
  },
  {
    name: "GET me",
    call: (a) => a.get("/api/me"),
    expected: {
      coach: 200,
      admin: 200,
      client: 200,
      sponsor: 200,
      otherCoach: 200,
      otherClient: 200,
      outsider: 200,
      anonymous: 401,
    },
  },
];

describe.each(databaseKinds())("access control on the %s database", (kind) => {
  const t = useTestApp(kind);
  let world: World;

  beforeAll(async () => {
    world = await buildWorld(t.current);
  });

  describe.each(CASES)("$name", ({ call, expected }) => {
    it.each(ROLES)("answers %s as the table says", async (role) => {
      const response = await call(agentOf(world, role), world);
      expect(response.status, JSON.stringify(response)).toBe(expected[role]);
    });
  });

  it("lists each engagement only to the people in it and the practice admin", async () => {
    type Listed = {
      id: string;
      coach: { id: string };
      client: { id: string };
      sponsor: { id: string } | null;
    };
    const list = async (role: Role) => {
      const response = await agentOf(world, role).get("/api/engagements");
      expect(response.body.nextCursor, role).toBeNull();
      return response.body.items as Listed[];
    };
    const ids = (items: Listed[]) => items.map((e) => e.id);

    const forClient = await list("client");
    expect(ids(forClient)).toContain(world.engagement.id);
    expect(forClient.every((e) => e.client.id === world.client.id)).toBe(true);
    expect(ids(await list("sponsor"))).toEqual([world.engagement.id]);
    const forCoach = await list("coach");
    expect(ids(forCoach)).toContain(world.engagement.id);
    expect(forCoach.every((e) => e.coach.id === world.coach.id)).toBe(true);
    expect(ids(await list("admin"))).toEqual(
      expect.arrayContaining([world.engagement.id, world.otherEngagement.id]),
    );
    expect(ids(await list("otherCoach"))).toEqual([world.otherEngagement.id]);
    expect(ids(await list("otherClient"))).toEqual([world.otherEngagement.id]);
    expect(ids(await list("outsider"))).toEqual([world.outsiderEngagement.id]);
    expect((await world.anonymous.get("/api/engagements")).status).toBe(401);
  });

  it("shows a coach only their own clients and the admin every client of the practice", async () => {
    const emails = async (role: Role) =>
      (
        await listAllPages<{ email: string }>(agentOf(world, role), "", 1, "/api/clients")
      ).items.map((c) => c.email);
    expect(await emails("coach")).toEqual([world.client.email]);
    expect(await emails("otherCoach")).toEqual([world.otherClient.email]);
    expect((await emails("admin")).sort()).toEqual(
      [world.client.email, world.otherClient.email].sort(),
    );
    expect(await emails("outsider")).toEqual([world.outsiderClient.email]);
  });

  it("keeps one practice's mail out of another practice's outbox", async () => {
    const mine = (await world.admin.agent.get("/api/outbox")).body as { id: string; to: string }[];
    const theirs = (await world.outsider.agent.get("/api/outbox")).body as {
      id: string;
      to: string;
    }[];
    expect(mine.map((m) => m.to)).toContain(world.client.email);
    expect(theirs.map((m) => m.to)).not.toContain(world.client.email);
    const someMail = mine[0];
    if (!someMail) throw new Error("the admin's outbox is empty");
    expect((await world.outsider.agent.get(`/api/outbox/${someMail.id}`)).status).toBe(404);
    expect((await world.admin.agent.get(`/api/outbox/${someMail.id}`)).status).toBe(200);
  });

  it("lets only the inviter or the admin see and revoke an invitation", async () => {
    const sent = await world.coach.agent.post("/api/invitations", {
      email: "pending-client@example.com",
      role: "client",
    });
    expect(sent.status).toBe(201);
    const id = sent.body.id as string;
    const seenBy = async (role: Role) =>
      ((await agentOf(world, role).get("/api/invitations")).body as { id: string }[]).map(
        (i) => i.id,
      );
    expect(await seenBy("coach")).toContain(id);
    expect(await seenBy("admin")).toContain(id);
    expect(await seenBy("otherCoach")).not.toContain(id);
    expect(await seenBy("outsider")).not.toContain(id);
    for (const role of ["otherCoach", "outsider"] as const) {
      expect((await agentOf(world, role).delete(`/api/invitations/${id}`)).status).toBe(404);
    }
    for (const role of ["client", "sponsor"] as const) {
      expect((await agentOf(world, role).delete(`/api/invitations/${id}`)).status).toBe(403);
    }
    expect((await world.anonymous.delete(`/api/invitations/${id}`)).status).toBe(401);
    expect((await world.coach.agent.delete(`/api/invitations/${id}`)).status).toBe(204);
    expect((await world.coach.agent.delete(`/api/invitations/${id}`)).status).toBe(409);
  });

  it("does not let a coach open an engagement with a client or sponsor of another practice", async () => {
    const response = await world.coach.agent.post("/api/engagements", {
      clientId: world.client.id,
      title: "Sponsored elsewhere",
      startDate: "2027-02-01",
      sessionsPlanned: 3,
      sponsorId: world.outsider.id,
    });
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual([
      { path: "sponsorId", message: "Choose one of your sponsors" },
    ]);
  });
});
