import { beforeAll, describe, expect, it } from "vitest";
import {
  agentOf,
  type Case,
  engagementUrl,
  itAnswersAsTheTableSays,
  type Role,
  sameForEveryone,
  signedInOnly,
} from "../support/access-table";
import { buildWorld, listAllPages, PASSWORD, type World } from "../support/factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";
import { totpNow, withTwoFactorOn } from "../support/two-factor";

// Each row: what every role gets.
const CASES: Case[] = [
  {
    name: "GET whether the viewer's address is confirmed",
    call: (a) => a.get("/api/auth/address"),
    expected: signedInOnly(200),
  },
  {
    // Everyone in the world confirmed their address (by the mailed link or an invitation).
    name: "POST a new address confirmation link",
    call: (a) => a.post("/api/auth/address/verification-mail"),
    expected: signedInOnly(409),
  },
  {
    name: "POST an address confirmation with a made-up token",
    call: (a) => a.post("/api/auth/address/verify", { token: "made-up" }),
    expected: sameForEveryone(400),
  },
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
    name: "GET one client's page",
    call: (a, w) => a.get(`/api/clients/${w.client.id}`),
    expected: {
      coach: 200,
      admin: 200,
      client: 403,
      sponsor: 403,
      otherCoach: 404,
      otherClient: 403,
      outsider: 404,
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
    name: "PATCH the practice's public address and postal address",
    call: (a) =>
      a.patch("/api/practice", {
        slug: `renamed-${Math.random().toString(36).slice(2, 10)}`,
        postalAddress: "1 High Street, Leeds LS1 1AA",
      }),
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
  // Two-factor sign-in: every signed-in person may turn it on for their own account, and off.
  {
    name: "POST two-factor set-up",
    call: (a) => a.post("/api/auth/two-factor/enable", { password: PASSWORD }),
    expected: signedInOnly(200),
  },
  {
    name: "POST two-factor confirmation with the first code",
    call: async (a) => {
      const started = await a.post("/api/auth/two-factor/enable", { password: PASSWORD });
      if (started.status !== 200) return started;
      const { secret } = started.body;
      const confirmed = await a.post("/api/auth/two-factor/confirm", {
        code: await totpNow(secret),
      });
      const code = await totpNow(secret);
      await a.post("/api/auth/two-factor/disable", { password: PASSWORD, code });
      return confirmed;
    },
    expected: signedInOnly(200),
  },
  {
    name: "POST new recovery codes",
    call: (a) =>
      withTwoFactorOn(a, () =>
        a.post("/api/auth/two-factor/recovery-codes", { password: PASSWORD }),
      ),
    expected: signedInOnly(200),
  },
  {
    name: "POST two-factor off with the password and a code",
    call: (a) =>
      withTwoFactorOn(a, async (secret) => {
        const code = secret ? await totpNow(secret) : "123456";
        return a.post("/api/auth/two-factor/disable", { password: PASSWORD, code });
      }),
    expected: signedInOnly(200),
  },
  {
    name: "POST a sign-in code with no password sign-in before it",
    call: (a) => a.post("/api/auth/sign-in/two-factor", { code: "123456" }),
    expected: sameForEveryone(401),
  },
  {
    name: "PATCH the practice's two-factor requirement",
    call: (a) => a.patch("/api/practice", { requireTwoFactorForCoaches: false }),
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
    // One's own choice of mail: the route names no one else, so nobody can reach another's.
    name: "GET my mail preferences",
    call: (a) => a.get("/api/me/mail-preferences"),
    expected: signedInOnly(200),
  },
  {
    // 360 updates are mail of coaches and clients; a sponsor has no such mail to choose.
    name: "PUT my mail preferences",
    call: (a) =>
      a.put("/api/me/mail-preferences", { topics: [{ id: "feedback_updates", enabled: true }] }),
    expected: { ...signedInOnly(200), sponsor: 400 },
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

describe.each(databaseKinds())(
  "access to the practice, its engagements and accounts on the %s database",
  (kind) => {
    const t = useTestApp(kind);
    let world: World;

    beforeAll(async () => {
      world = await buildWorld(t.current);
    });

    itAnswersAsTheTableSays(CASES, () => world);

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
      const mine = (await world.admin.agent.get("/api/outbox")).body as {
        id: string;
        to: string;
      }[];
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
  },
);
