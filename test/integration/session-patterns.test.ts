import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  actionPlanVersion,
  engagement,
  goal,
  notePhrase,
  practiceTheme,
  sessionCommitment,
  sessionTheme,
} from "../../src/server/db/schema";
import { countQueries } from "../support/count-queries";
import {
  buildWorld,
  inviteAndAccept,
  type Member,
  openEngagement,
  signUpCoach,
  type World,
} from "../support/factories";
import { samplePlan } from "../support/goal-factories";
import { cancelledSession, pastSession } from "../support/session-inserts";
import { type TestApp, useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// The engagement looking back: the phrases of notes and reflections stored when they are saved
// (and replaced when they change), the timeline in a fixed number of queries, and the patterns,
// where each one's private notes count for their own view alone.

type Pair = Pick<World, "coach" | "client" | "engagement">;

async function pair(t: TestApp, label: string): Promise<Pair> {
  const coach = await signUpCoach(t, `${label}-coach`);
  const client = await inviteAndAccept(t, coach, "client", `${label}-client`);
  return { coach, client, engagement: await openEngagement(coach, client) };
}

async function note(member: Member, sessionId: string, kind: string, body: string) {
  const url = `/api/sessions/${sessionId}/notes/${kind}`;
  const page = await member.agent.get(`/api/sessions/${sessionId}`);
  const current = kind === "private" ? page.body.privateNote : page.body[kind];
  const response = await member.agent.put(url, { body, revision: current.revision });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
}

async function reflect(client: Member, sessionId: string, learned: string, rating: number) {
  const response = await client.agent.put(`/api/sessions/${sessionId}/reflection`, {
    learned,
    differently: "",
    rating,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
}

async function patterns(member: Member, engagementId: string) {
  const response = await member.agent.get(`/api/engagements/${engagementId}/patterns`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

const phrasesOf = (body: { keyPhrases: { phrase: string }[] }) =>
  body.keyPhrases.map((p) => p.phrase);

describe.each(databaseKinds())("session patterns on the %s database", (kind) => {
  const t = useTestApp(kind);

  async function storedPhrases(sessionId: string, source: "shared" | "reflection") {
    const rows = await t.current.handle.db
      .select({ phrase: notePhrase.phrase, count: notePhrase.count })
      .from(notePhrase)
      .where(and(eq(notePhrase.sessionId, sessionId), eq(notePhrase.source, source)));
    return new Map(rows.map((r) => [r.phrase, r.count]));
  }

  it("stores a note's and a reflection's phrases when saved and replaces them on an edit", async () => {
    const p = await pair(t.current, "phrases");
    const { id } = await pastSession(t.current, p);
    await note(
      p.coach,
      id,
      "shared",
      "The supplier review ran late. Another supplier review next week.",
    );
    const first = await storedPhrases(id, "shared");
    expect(first.get("supplier review")).toBe(2);
    expect(first.has("the")).toBe(false);

    await note(p.client, id, "shared", "Budget planning with Priya.");
    const edited = await storedPhrases(id, "shared");
    expect(edited.has("supplier review")).toBe(false);
    expect(edited.get("budget")).toBe(1);

    await reflect(p.client, id, "Delegation frees my evenings.", 8);
    expect((await storedPhrases(id, "reflection")).get("delegation")).toBe(1);
    await reflect(p.client, id, "Listening first.", 8);
    expect((await storedPhrases(id, "reflection")).has("delegation")).toBe(false);
  });

  it("shows phrases two sessions share, each linked to the sessions and writings it came from", async () => {
    const p = await pair(t.current, "recurring");
    const one = await pastSession(t.current, p);
    const two = await pastSession(t.current, p);
    await note(p.coach, one.id, "shared", "We talked about delegation and the quarterly budget.");
    await reflect(p.client, two.id, "Delegation is easier when the result is clear.", 7);
    const body = await patterns(p.client, p.engagement.id);
    const delegation = body.keyPhrases.find((k: { phrase: string }) => k.phrase === "delegation");
    expect(delegation).toMatchObject({ sessions: 2, occurrences: 2 });
    expect(delegation.seenIn.map((s: { sessionId: string }) => s.sessionId).sort()).toEqual(
      [one.id, two.id].sort(),
    );
    expect(delegation.seenIn.flatMap((s: { sources: string[] }) => s.sources).sort()).toEqual([
      "reflection",
      "shared",
    ]);
    expect(phrasesOf(body)).not.toContain("budget");
  });

  it("keeps a viewer's patterns while nothing beneath them moves, and finds them again once it does", async () => {
    const p = await pair(t.current, "kept");
    const one = await pastSession(t.current, p);
    const two = await pastSession(t.current, p);
    await note(p.coach, one.id, "shared", "We talked about delegation.");
    const read = async () => {
      const counter = countQueries(t.current);
      const body = await patterns(p.client, p.engagement.id);
      return { phrases: phrasesOf(body), count: counter.stop() };
    };
    const first = await read();
    expect(first.phrases).not.toContain("delegation");
    const again = await read();
    expect(again.phrases).toEqual(first.phrases);
    expect(again.count).toBeLessThan(first.count);
    await reflect(p.client, two.id, "Delegation is easier when the result is clear.", 7);
    expect((await read()).phrases).toContain("delegation");
  });

  it("lets private notes feed only their author's patterns, for every role", async () => {
    const w = await buildWorld(t.current);
    const sessions = [await pastSession(t.current, w), await pastSession(t.current, w)];
    for (const { id } of sessions) {
      await note(w.coach, id, "shared", "Delegation came up again.");
      await note(w.coach, id, "private", "A lighthouse image keeps coming to mind.");
      await note(w.client, id, "private", "The marmalade jar on my desk reminds me to pause.");
    }
    const coachView = JSON.stringify(await patterns(w.coach, w.engagement.id));
    const clientView = JSON.stringify(await patterns(w.client, w.engagement.id));
    for (const view of [coachView, clientView]) expect(view).toContain('"delegation"');
    expect(coachView).toContain('"lighthouse"');
    expect(coachView).not.toContain("marmalade");
    expect(clientView).toContain('"marmalade"');
    expect(clientView).not.toContain("lighthouse");
    for (const other of [w.sponsor, w.admin, w.otherCoach, w.otherClient, w.outsider]) {
      for (const path of ["patterns", "timeline"]) {
        const response = await other.agent.get(`/api/engagements/${w.engagement.id}/${path}`);
        expect([403, 404]).toContain(response.status);
        const text = JSON.stringify(response.body);
        expect(text).not.toContain("lighthouse");
        expect(text).not.toContain("marmalade");
        expect(text).not.toContain("delegation");
      }
    }
  });

  it("gives a timeline of sessions, ratings, commitments and plan changes, newest first", async () => {
    const p = await pair(t.current, "timeline");
    const held = await pastSession(t.current, p);
    const cancelled = await cancelledSession(t.current, p);
    await reflect(p.client, held.id, "Ask before fixing.", 9);
    const goalId = await planWithVersions(t.current, p, held.id);
    await t.current.handle.db.insert(sessionCommitment).values({
      engagementId: p.engagement.id,
      sessionId: held.id,
      text: "Hand the supplier review to Sam",
      ownerId: p.client.id,
      dueOn: "2030-01-01",
      createdBy: p.coach.id,
    });
    const response = await p.coach.agent.get(`/api/engagements/${p.engagement.id}/timeline`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const events = response.body.events as { kind: string; at: string }[];
    expect(events.map((e) => e.at)).toEqual([...events.map((e) => e.at)].sort().reverse());
    expect(events).toContainEqual(
      expect.objectContaining({ kind: "session", sessionId: held.id, rating: 9, reflected: true }),
    );
    expect(events).toContainEqual(
      expect.objectContaining({ kind: "session", sessionId: cancelled.id, status: "cancelled" }),
    );
    expect(events).toContainEqual(
      expect.objectContaining({
        kind: "plan",
        goalId,
        version: 2,
        sessionId: held.id,
        reason: "Decided in the session",
        by: { id: p.coach.id, name: p.coach.name },
      }),
    );
    expect(events).toContainEqual(
      expect.objectContaining({ kind: "commitment", text: "Hand the supplier review to Sam" }),
    );
    expect(events.some((e) => e.kind === "stage")).toBe(true);
  });

  it("reads the timeline and the patterns in the same number of queries whatever the size", async () => {
    const p = await pair(t.current, "queries");
    const countFor = async (path: string) => {
      const counter = countQueries(t.current);
      const response = await p.client.agent.get(`/api/engagements/${p.engagement.id}/${path}`);
      const count = counter.stop();
      expect(response.status).toBe(200);
      return count;
    };
    await countFor("timeline"); // the first request of a sign-in also refreshes its session
    // A new session moves the engagement's fact number: what was kept is found again, as below.
    await pastSession(t.current, p);
    const small = [await countFor("timeline"), await countFor("patterns")];
    for (let i = 0; i < 3; i++) {
      const { id } = await pastSession(t.current, p);
      await note(p.coach, id, "shared", "Delegation and the budget again.");
      await reflect(p.client, id, "Delegation helps.", 6 + i);
      await planWithVersions(t.current, p, id);
    }
    expect([await countFor("timeline"), await countFor("patterns")]).toEqual(small);
  });

  it("finds themes and plan obstacles that come back, and the ratings' trend", async () => {
    const p = await pair(t.current, "themes");
    const sessions = [];
    for (const rating of [4, 5, 8, 9]) {
      const session = await pastSession(t.current, p);
      await reflect(p.client, session.id, "Urgent work landed on Friday again.", rating);
      sessions.push(session);
    }
    await planWithVersions(t.current, p, null);
    const [row] = await t.current.handle.db
      .select({ practiceId: engagement.practiceId })
      .from(engagement)
      .where(eq(engagement.id, p.engagement.id));
    const [theme] = await t.current.handle.db
      .insert(practiceTheme)
      .values({ practiceId: row?.practiceId ?? "", label: "Delegation" })
      .returning();
    for (const session of sessions.slice(0, 2)) {
      await t.current.handle.db.insert(sessionTheme).values({
        engagementId: p.engagement.id,
        sessionId: session.id,
        target: "session",
        themeId: theme?.id ?? "",
        taggedBy: p.coach.id,
      });
    }
    const body = await patterns(p.coach, p.engagement.id);
    expect(body.themes).toEqual([
      expect.objectContaining({ label: "Delegation", seenIn: expect.any(Array) }),
    ]);
    expect(body.themes[0].seenIn).toHaveLength(2);
    expect(body.obstacles).toContainEqual(
      expect.objectContaining({ obstacle: "Urgent work lands on Friday", versions: 2 }),
    );
    expect(body.obstacles[0].seenIn.length).toBeGreaterThanOrEqual(2);
    // Oldest first: sessions are dated further back the later they are inserted.
    expect(body.ratings.points.map((r: { rating: number }) => r.rating)).toEqual([9, 8, 5, 4]);
    expect(body.ratings).toMatchObject({ direction: "falling", average: 6.5 });
  });
});

/** A goal whose plan has two versions carrying the sample obstacle, the second from a session. */
async function planWithVersions(t: TestApp, p: Pair, sessionId: string | null) {
  const db = t.handle.db;
  const [created] = await db
    .insert(goal)
    .values({
      engagementId: p.engagement.id,
      position: 1,
      statement: "Delegate two projects a month",
      startDate: "2026-01-01",
      createdBy: p.client.id,
      updatedBy: p.client.id,
      planVersion: 2,
    })
    .returning({ id: goal.id });
  if (!created) throw new Error("the goal was not inserted");
  const version = (n: number, extra: object) => ({
    goalId: created.id,
    version: n,
    engagementId: p.engagement.id,
    plan: samplePlan() as never,
    changedBy: p.coach.id,
    ...extra,
  });
  await db
    .insert(actionPlanVersion)
    .values([
      version(1, { reason: "First plan", changedAt: new Date(Date.now() - 86_400_000 * 400) }),
      version(2, { reason: "Decided in the session", sessionId, basedOn: 1 }),
    ]);
  return created.id;
}
