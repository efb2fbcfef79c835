import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { reflection } from "../../src/server/db/schema";
import { inviteAndAccept, type Member, openEngagement, signUpCoach } from "../support/factories";
import { daysFromToday } from "../support/feedback-factories";
import { writeGoal } from "../support/goal-factories";
import { pastSession } from "../support/session-inserts";
import { type TestApp, useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// Reflection points over a real engagement: when they fall due, the blind exchange (each side's
// answers reach the other only once both have shared), drafts that stay their author's, the final
// review's outcomes, and what is refused.

interface Pair {
  coach: Member;
  client: Member;
  engagement: { id: string; stage: string; startDate: string };
}

async function pair(t: TestApp, label: string, startDaysAgo = 100): Promise<Pair> {
  const coach = await signUpCoach(t, `${label}-coach`);
  const client = await inviteAndAccept(t, coach, "client", `${label}-client`);
  const engagement = await openEngagement(coach, client, undefined, {
    startDate: daysFromToday(-startDaysAgo),
  });
  return { coach, client, engagement };
}

const url = (p: Pair, key = "") =>
  `/api/engagements/${p.engagement.id}/reflections${key ? `/${key}` : ""}`;

async function reflections(member: Member, p: Pair) {
  const response = await member.agent.get(url(p));
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

async function heldSessions(t: TestApp, p: Pair, count: number) {
  for (let i = 0; i < count; i += 1) await pastSession(t, p);
}

async function moveTo(p: Pair, ...stages: string[]) {
  for (const to of stages) {
    const moved = await p.coach.agent.post(`/api/engagements/${p.engagement.id}/stage`, {
      to,
      reason: "We agreed to move on.",
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
  }
}

const answers = (changed: string) => ({ answers: { changed }, outcomes: [] });

describe.each(databaseKinds())("reflection points on the %s database", (kind) => {
  const t = useTestApp(kind);

  it("falls due at the quarter once three sessions are held, not before", async () => {
    const p = await pair(t.current, "due");
    await heldSessions(t.current, p, 2);
    const early = await reflections(p.coach, p);
    expect(early).toEqual({ points: [], next: { kind: "sessions", sessionsToGo: 1 } });
    const refused = await p.client.agent.put(url(p, "quarter-1"), answers("Calmer"));
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("reflection_not_due");

    await heldSessions(t.current, p, 1);
    const due = await reflections(p.client, p);
    expect(due.points).toHaveLength(1);
    expect(due.points[0]).toMatchObject({
      key: "quarter-1",
      kind: "quarter",
      title: "Reflection after 3 months",
      as: "client",
      mine: null,
      other: null,
    });
    expect(due.next).toEqual({ kind: "quarter", dueOn: expect.any(String) });
  });

  it("keeps drafts private and shows each side's answers only once both have shared", async () => {
    const p = await pair(t.current, "blind");
    await heldSessions(t.current, p, 3);
    const draft = await p.coach.agent.put(url(p, "quarter-1"), answers("Speaks up in meetings"));
    expect(draft.status, JSON.stringify(draft.body)).toBe(200);
    expect(draft.body.mine.sharedAt).toBeNull();

    const [clientView] = (await reflections(p.client, p)).points;
    expect(clientView).toMatchObject({ mine: null, otherShared: false, other: null });
    expect(JSON.stringify(clientView)).not.toContain("Speaks up");

    const shared = await p.coach.agent.post(url(p, "quarter-1/share"));
    expect(shared.status, JSON.stringify(shared.body)).toBe(200);
    expect(shared.body).toMatchObject({ otherShared: false, other: null });
    const [waiting] = (await reflections(p.client, p)).points;
    expect(waiting).toMatchObject({ otherShared: true, other: null });
    expect(JSON.stringify(waiting)).not.toContain("Speaks up");

    await p.client.agent.put(url(p, "quarter-1"), answers("I delegate more"));
    const clientShared = await p.client.agent.post(url(p, "quarter-1/share"));
    expect(clientShared.status).toBe(200);
    expect(clientShared.body.other.answers.answers.changed).toBe("Speaks up in meetings");
    const [coachView] = (await reflections(p.coach, p)).points;
    expect(coachView.other.answers.answers.changed).toBe("I delegate more");
    expect(coachView.mine.answers.answers.changed).toBe("Speaks up in meetings");

    const changedAfter = await p.coach.agent.put(url(p, "quarter-1"), answers("Rewritten"));
    expect(changedAfter.status).toBe(409);
    expect(changedAfter.body.error.code).toBe("reflection_shared");
    const sharedAgain = await p.coach.agent.post(url(p, "quarter-1/share"));
    expect(sharedAgain.status).toBe(409);
    expect((await reflections(p.client, p)).points[0].other.answers.answers.changed).toBe(
      "Speaks up in meetings",
    );
  });

  it("refuses to share nothing", async () => {
    const p = await pair(t.current, "empty");
    await heldSessions(t.current, p, 3);
    const nothing = await p.client.agent.post(url(p, "quarter-1/share"));
    expect(nothing.status).toBe(400);
    await p.client.agent.put(url(p, "quarter-1"), answers("   "));
    const blank = await p.client.agent.post(url(p, "quarter-1/share"));
    expect(blank.status).toBe(400);
    expect(blank.body.error.code).toBe("incomplete");
    expect((await reflections(p.client, p)).points[0].mine.sharedAt).toBeNull();
  });

  it("holds the final review in the review stage, with an outcome for every goal", async () => {
    const p = await pair(t.current, "final", 40);
    const goal = await writeGoal(p.client, p.engagement.id);
    await moveTo(p, "planning", "active");
    const early = await p.client.agent.put(url(p, "final"), answers("Done"));
    expect(early.status).toBe(409);
    await moveTo(p, "review");

    const { points, next } = await reflections(p.client, p);
    expect(points.map((x: { key: string }) => x.key)).toEqual(["final"]);
    expect(points[0].title).toBe("Final review");
    expect(next).toBeNull();

    const foreign = await p.client.agent.put(url(p, "final"), {
      answers: { changed: "More calm" },
      outcomes: [{ goalId: crypto.randomUUID(), outcome: "achieved", words: "" }],
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.fields[0].path).toBe("outcomes.0.goalId");

    await p.client.agent.put(url(p, "final"), answers("More calm"));
    const noOutcome = await p.client.agent.post(url(p, "final/share"));
    expect(noOutcome.status).toBe(400);
    expect(noOutcome.body.error.message).toMatch(/every goal/);

    const withOutcome = await p.client.agent.put(url(p, "final"), {
      answers: { changed: "More calm", helped: "The weekly check-in" },
      outcomes: [{ goalId: goal.id, outcome: "partly", words: "One project a month so far" }],
    });
    expect(withOutcome.status, JSON.stringify(withOutcome.body)).toBe(200);
    expect((await p.client.agent.post(url(p, "final/share"))).status).toBe(200);
  });

  it("lets the final review take the place of a quarter's point nobody wrote", async () => {
    const p = await pair(t.current, "superseded");
    await heldSessions(t.current, p, 3);
    await moveTo(p, "planning", "active", "review");
    expect((await reflections(p.coach, p)).points.map((x: { key: string }) => x.key)).toEqual([
      "final",
    ]);
    const late = await p.coach.agent.put(url(p, "quarter-1"), answers("Late"));
    expect(late.status).toBe(409);

    const written = await pair(t.current, "kept");
    await heldSessions(t.current, written, 3);
    await written.client.agent.put(url(written, "quarter-1"), answers("Calmer"));
    await moveTo(written, "planning", "active", "review");
    const kept = await reflections(written.coach, written);
    expect(kept.points.map((x: { key: string }) => x.key)).toEqual(["quarter-1", "final"]);
    expect((await written.coach.agent.put(url(written, "quarter-1"), answers("Mine"))).status).toBe(
      200,
    );
  });

  it("refuses outcomes at a quarter, hostile text and unknown fields, saving nothing", async () => {
    const p = await pair(t.current, "hostile");
    await heldSessions(t.current, p, 3);
    const bad = [
      {
        answers: { changed: "x" },
        outcomes: [{ goalId: crypto.randomUUID(), outcome: "partly", words: "" }],
      },
      { answers: { changed: "x".repeat(5000) }, outcomes: [] },
      { answers: { secret: "x" }, outcomes: [] },
      { answers: { changed: "x" }, outcomes: [], extra: true },
      { answers: { changed: "nul\u0000" }, outcomes: [] },
      { answers: { changed: 5 }, outcomes: [] },
      ["not", "an object"],
    ];
    for (const body of bad) {
      const response = await p.client.agent.put(url(p, "quarter-1"), body);
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
    const badKey = await p.client.agent.put(url(p, "quarter-x"), answers("x"));
    expect(badKey.status).toBe(400);
    const notYet = await p.client.agent.put(url(p, "quarter-9"), answers("x"));
    expect(notYet.status).toBe(409);
    const rows = await t.current.handle.db
      .select()
      .from(reflection)
      .where(eq(reflection.engagementId, p.engagement.id));
    expect(rows).toEqual([]);
  });

  it("keeps a closed engagement's reflections to read and refuses writes", async () => {
    const p = await pair(t.current, "closed");
    await heldSessions(t.current, p, 3);
    await p.client.agent.put(url(p, "quarter-1"), answers("Calmer"));
    await moveTo(p, "closed");
    const save = await p.client.agent.put(url(p, "quarter-1"), answers("Changed"));
    expect(save.status).toBe(409);
    expect(save.body.error.code).toBe("engagement_closed");
    expect((await p.client.agent.post(url(p, "quarter-1/share"))).status).toBe(409);
    const { points } = await reflections(p.client, p);
    expect(points[0].mine.answers.answers.changed).toBe("Calmer");
  });

  it("counts the sessions held and the commitments by how they went", async () => {
    const p = await pair(t.current, "summary");
    await heldSessions(t.current, p, 2);
    const ids: string[] = [];
    for (const text of ["Ask for feedback", "Block focus time", "Say no once"]) {
      const made = await p.coach.agent.post(`/api/engagements/${p.engagement.id}/commitments`, {
        text,
        ownerId: p.client.id,
        dueOn: daysFromToday(7),
      });
      expect(made.status, JSON.stringify(made.body)).toBe(201);
      ids.push(made.body.commitments?.[0]?.id ?? made.body.id);
    }
    const marked = await p.client.agent.patch(`/api/session-commitments/${ids[0]}`, {
      status: "done",
    });
    expect(marked.status, JSON.stringify(marked.body)).toBe(200);
    const summary = await p.client.agent.get(`/api/engagements/${p.engagement.id}/review-summary`);
    expect(summary.status).toBe(200);
    expect(summary.body).toEqual({
      sessionsHeld: 2,
      sessionsPlanned: 6,
      commitments: { open: 2, done: 1, partly_done: 0, not_done: 0 },
    });
  });
});
