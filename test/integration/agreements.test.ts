import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { sponsorRead } from "../../src/server/db/schema";
import { inviteAndAccept, type Member, openEngagement, signUpCoach } from "../support/factories";
import { writeGoal } from "../support/goal-factories";
import { lastMailTo, type TestApp, useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// The three-way agreement over real engagements: the coach drafts, each party accepts for
// themselves, a change clears every acceptance while the terms agreed before stay in force, a
// new sponsor voids them; the sponsor's view follows the terms and the client's consent, and
// each read of it by the sponsor is logged for the client.

interface Parties {
  coach: Member;
  client: Member;
  sponsor: Member;
  id: string;
  goals: { id: string; statement: string }[];
}

async function engagementWithSponsor(t: TestApp, label: string): Promise<Parties> {
  const coach = await signUpCoach(t, `${label}-coach`);
  const client = await inviteAndAccept(t, coach, "client", `${label}-client`);
  const sponsor = await inviteAndAccept(t, coach, "sponsor", `${label}-sponsor`);
  const { id } = await openEngagement(coach, client, sponsor);
  const goals = [
    await writeGoal(client, id),
    await writeGoal(client, id, { statement: "Delegate one whole project a month" }),
  ];
  return { coach, client, sponsor, id, goals };
}

const terms = {
  purpose: "Grow into the new role of head of operations.",
  goals: ["Delegate more", "Speak up in the board meeting"],
  sponsorSees: ["goal-titles", "goal-status"],
};

const url = (p: Parties, part = "agreement") => `/api/engagements/${p.id}/${part}`;

async function draft(p: Parties, body: object, revision: number, status = 200) {
  const response = await p.coach.agent.put(url(p), { terms: body, revision });
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  return response.body;
}

async function accept(p: Parties, who: Member, revision: number, status = 200) {
  const response = await who.agent.post(url(p, "agreement/accept"), { revision });
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  return response.body;
}

async function agreed(p: Parties) {
  await draft(p, terms, 0);
  for (const who of [p.coach, p.client, p.sponsor]) await accept(p, who, 1);
}

async function sponsorSees(p: Parties) {
  const response = await p.sponsor.agent.get(url(p, "sponsor-view"));
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

describe.each(databaseKinds())("the three-way agreement on the %s database", (kind) => {
  const t = useTestApp(kind);

  it("is drafted by the coach, accepted by each party, and in force once all have", async () => {
    const p = await engagementWithSponsor(t.current, "flow");
    expect((await p.client.agent.get(url(p))).body).toMatchObject({ state: "none", revision: 0 });
    const drafted = await draft(p, terms, 0);
    expect(drafted).toMatchObject({
      state: "draft",
      revision: 1,
      terms: { sponsorSees: ["goal-titles", "goal-status", "sessions", "stage"] },
      inForce: null,
    });
    expect((await lastMailTo(t.current.ctx, p.sponsor.email)).subject).toContain("to accept");
    await draft(p, terms, 0, 409);
    expect((await p.client.agent.put(url(p), { terms, revision: 1 })).status).toBe(403);

    expect(await accept(p, p.client, 1)).toMatchObject({ state: "awaiting", mayAccept: false });
    const waiting = await accept(p, p.coach, 1);
    expect(waiting.waitingFor).toEqual(["sponsor"]);
    const done = await accept(p, p.sponsor, 1);
    expect(done).toMatchObject({ state: "agreed", inForce: { purpose: terms.purpose } });
    expect(done.parties.every((x: { acceptedAt: string | null }) => x.acceptedAt)).toBe(true);
    expect((await lastMailTo(t.current.ctx, p.client.email)).subject).toContain("Agreed");

    const changed = await draft(p, { ...terms, goals: ["Delegate more"] }, 1);
    expect(changed).toMatchObject({ state: "draft", revision: 2, inForce: { goals: terms.goals } });
    await accept(p, p.client, 1, 409);
    expect(await draft(p, { ...terms, goals: ["Delegate more"] }, 2)).toMatchObject({
      revision: 2,
    });
  });

  it("refuses terms that break the rules, naming each field", async () => {
    const p = await engagementWithSponsor(t.current, "bad");
    const refused = await p.coach.agent.put(url(p), {
      terms: { purpose: " ", goals: ["a", "b", "c", "d"], sponsorSees: ["goal-titles"] },
      revision: 0,
    });
    expect(refused.status).toBe(400);
    const paths = refused.body.error.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(["terms.purpose", "terms.goals"]));
    const html = "<script>alert(1)</script>".repeat(20);
    const repeated = await p.coach.agent.put(url(p), {
      terms: { purpose: html, goals: ["Delegate", "delegate "], sponsorSees: [] },
      revision: 0,
    });
    expect(repeated.status).toBe(400);
    expect(repeated.body.error.fields).toEqual([
      { path: "terms.goals.1", message: expect.stringContaining("already") },
    ]);
    const huge = { ...terms, purpose: "x".repeat(2001) };
    expect((await p.coach.agent.put(url(p), { terms: huge, revision: 0 })).status).toBe(400);
    expect((await accept(p, p.client, 0, 409)).error.code).toBe("agreement_not_drafted");
  });

  it("gives the sponsor what the terms and the client's consent allow, and logs each read", async () => {
    const p = await engagementWithSponsor(t.current, "view");
    const before = await sponsorSees(p);
    expect(before).toMatchObject({ basis: "sharing", goals: [], kinds: [] });
    expect(before.sessions).toEqual({ used: 0, planned: 6 });
    expect((await p.client.agent.put(url(p, "sponsor-consent"), consent([]))).status).toBe(409);

    await agreed(p);
    const shown = await sponsorSees(p);
    expect(shown.basis).toBe("agreement");
    expect(shown.goals.map((g: { id: string }) => g.id).sort()).toEqual(
      p.goals.map((g) => g.id).sort(),
    );
    expect(shown.goals[0].status.label).toBeTruthy();
    expect(shown.goals[0].outcome).toBeNull();

    const narrowed = await p.client.agent.put(
      url(p, "sponsor-consent"),
      consent([p.goals[0]?.id ?? ""], [p.goals[0]?.id ?? ""]),
    );
    expect(narrowed.status, JSON.stringify(narrowed.body)).toBe(200);
    expect(narrowed.body.consent.goalOutcome).toEqual([]);
    const after = await sponsorSees(p);
    expect(after.goals.map((g: { title: string }) => g.title)).toEqual([p.goals[0]?.statement]);
    expect((await p.coach.agent.get(url(p, "sponsor-view"))).status).toBe(403);

    const reads = await t.current.ctx.db
      .select()
      .from(sponsorRead)
      .where(eq(sponsorRead.engagementId, p.id));
    expect(reads.map((r) => r.kinds)).toEqual([["goal-status"], ["goal-status"]]);
    const log = (await p.client.agent.get(url(p, "sponsor-view"))).body.consent.reads;
    expect(log.map((r: { words: string }) => r.words)).toEqual([
      "your goal titles and status",
      "your goal titles and status",
    ]);
    const foreign = await p.client.agent.put(url(p, "sponsor-consent"), consent([p.id]));
    expect(foreign.body.error.fields[0].path).toBe("goalStatus.0");
  });

  it("voids acceptances and the terms in force when the sponsor changes", async () => {
    const p = await engagementWithSponsor(t.current, "swap");
    await agreed(p);
    const other = await inviteAndAccept(t.current, p.coach, "sponsor", "swap-other");
    const moved = await p.coach.agent.patch(`/api/engagements/${p.id}`, { sponsorId: other.id });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const view = (await p.client.agent.get(url(p))).body;
    expect(view).toMatchObject({ state: "draft", inForce: null, waitingFor: [] });
    expect((await other.agent.get(url(p, "sponsor-view"))).body.goals).toEqual([]);
    expect((await p.sponsor.agent.get(url(p))).status).toBe(404);
  });
});

const consent = (goalStatus: string[], goalOutcome: string[] = []) => ({ goalStatus, goalOutcome });
