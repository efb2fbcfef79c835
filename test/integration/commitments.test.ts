import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { commitmentComment, sessionCommitment } from "../../src/server/db/schema";
import type { Response } from "../support/agent";
import { countQueries } from "../support/count-queries";
import { buildWorld, type World } from "../support/factories";
import { writeGoal } from "../support/goal-factories";
import { pastSession } from "../support/session-inserts";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// Commitments beyond one session: added on the engagement at any time, perhaps towards one of its
// goals; marked by their owner or the coach; commented on by both; and each person's list of
// what they must do, overdue first, with what their goals have due this week.

const expectStatus = (response: Response, status: number) =>
  expect(response.status, JSON.stringify(response.body)).toBe(status);

const fieldsOf = (response: Response): string[] =>
  (response.body as { error: { fields?: { path: string }[] } }).error.fields?.map(
    (field) => field.path,
  ) ?? [];

const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe.each(databaseKinds())("commitments on the %s database", (kind) => {
  const t = useTestApp(kind);
  let w: World;
  let goalId: string;
  let otherGoalId: string;
  const listUrl = () => `/api/engagements/${w.engagement.id}/commitments`;

  beforeAll(async () => {
    w = await buildWorld(t.current);
    goalId = (await writeGoal(w.coach, w.engagement.id)).id;
    otherGoalId = (await writeGoal(w.otherCoach, w.otherEngagement.id)).id;
  });

  it("adds one outside a session, towards a goal, and lists it for its owner", async () => {
    const added = await w.client.agent.post(listUrl(), {
      text: "Ask Lena how she wants to run planning",
      ownerId: w.client.id,
      dueOn: day(3),
      goalId,
    });
    expectStatus(added, 201);
    expect(added.body).toMatchObject({
      sessionId: null,
      goal: { id: goalId },
      status: "open",
      createdBy: { id: w.client.id },
    });
    const mine = await w.client.agent.get(`${listUrl()}?timeZone=Europe/London`);
    expectStatus(mine, 200);
    expect(mine.body.open.map((c: { id: string }) => c.id)).toContain(added.body.id);
    const coachsOwn = await w.coach.agent.get(listUrl());
    expect(coachsOwn.body.open.map((c: { id: string }) => c.id)).not.toContain(added.body.id);
    const all = await w.coach.agent.get(`${listUrl()}?who=all`);
    expect(all.body.open.map((c: { id: string }) => c.id)).toContain(added.body.id);
  });

  it("refuses another engagement's goal, an owner outside it and a status it does not know, saving nothing", async () => {
    const before = await t.current.handle.db
      .select({ id: sessionCommitment.id })
      .from(sessionCommitment)
      .where(eq(sessionCommitment.engagementId, w.engagement.id));
    const foreignGoal = await w.coach.agent.post(listUrl(), {
      text: "Borrow a goal",
      ownerId: w.sponsor.id,
      dueOn: day(1),
      goalId: otherGoalId,
    });
    expectStatus(foreignGoal, 400);
    expect(fieldsOf(foreignGoal).sort()).toEqual(["goalId", "ownerId"]);
    const hostile = await w.coach.agent.post(listUrl(), {
      text: "x".repeat(501),
      ownerId: w.client.id,
      dueOn: "2026-02-30",
      status: "done",
    });
    expectStatus(hostile, 400);
    const after = await t.current.handle.db
      .select({ id: sessionCommitment.id })
      .from(sessionCommitment)
      .where(eq(sessionCommitment.engagementId, w.engagement.id));
    expect(after.length).toBe(before.length);

    const added = await w.coach.agent.post(listUrl(), {
      text: "Send the article",
      ownerId: w.coach.id,
      dueOn: day(2),
    });
    const url = `/api/session-commitments/${added.body.id}`;
    expectStatus(await w.coach.agent.patch(url, { goalId: otherGoalId, text: "Changed" }), 400);
    expectStatus(await w.coach.agent.patch(url, { status: "maybe" }), 400);
    const [row] = await t.current.handle.db
      .select()
      .from(sessionCommitment)
      .where(eq(sessionCommitment.id, added.body.id));
    expect(row).toMatchObject({ text: "Send the article", goalId: null, status: "open" });
  });

  it("lets the owner or the coach mark one, either reopen it, and both comment on it", async () => {
    const added = await w.coach.agent.post(listUrl(), {
      text: "Block an hour on Fridays",
      ownerId: w.client.id,
      dueOn: day(-1),
    });
    const url = `/api/session-commitments/${added.body.id}`;
    const notDone = await w.client.agent.patch(url, {
      status: "not_done",
      note: "Fridays filled up",
    });
    expectStatus(notDone, 200);
    expect(notDone.body).toMatchObject({ status: "not_done", note: "Fridays filled up" });
    expectStatus(await w.coach.agent.patch(url, { status: "open" }), 200);
    expectStatus(await w.coach.agent.patch(url, { status: "partly_done" }), 200);

    const first = await w.coach.agent.post(`${url}/comments`, { text: "What got in the way?" });
    expectStatus(first, 201);
    expect(first.body).toMatchObject({ author: { id: w.coach.id }, text: "What got in the way?" });
    const reply = await w.client.agent.post(`${url}/comments`, {
      text: "<img src=x onerror=alert(1)> the budget round",
    });
    expectStatus(reply, 201);
    expectStatus(await w.client.agent.post(`${url}/comments`, { text: "  " }), 400);
    expectStatus(await w.client.agent.post(`${url}/comments`, { text: "x", extra: 1 }), 400);

    const list = await w.client.agent.get(listUrl());
    const marked = list.body.marked.find((c: { id: string }) => c.id === added.body.id);
    expect(marked.comments.map((c: { text: string }) => c.text)).toEqual([
      "What got in the way?",
      "<img src=x onerror=alert(1)> the budget round",
    ]);
    const comments = await t.current.handle.db
      .select()
      .from(commitmentComment)
      .where(eq(commitmentComment.commitmentId, added.body.id));
    expect(comments).toHaveLength(2);
  });

  it("keeps commitments made in a session due on or after its day, and lists them with the rest", async () => {
    const session = await pastSession(t.current, w);
    const sessionDay = session.startsAt.toISOString().slice(0, 10);
    const early = await w.coach.agent.post(`/api/sessions/${session.id}/commitments`, {
      text: "Too early",
      ownerId: w.client.id,
      dueOn: "2000-01-01",
    });
    expectStatus(early, 400);
    expect(fieldsOf(early)).toEqual(["dueOn"]);
    const made = await w.coach.agent.post(`/api/sessions/${session.id}/commitments`, {
      text: "Write the brief down",
      ownerId: w.client.id,
      dueOn: sessionDay,
      goalId,
    });
    expectStatus(made, 201);
    const list = await w.client.agent.get(listUrl());
    const shown = list.body.open.find((c: { id: string }) => c.id === made.body.id);
    expect(shown).toMatchObject({ sessionId: session.id, goal: { id: goalId }, overdue: true });
  });

  it("repeats one every N weeks as separate commitments, each marked on its own", async () => {
    const p = await buildWorld(t.current);
    const url = `/api/engagements/${p.engagement.id}/commitments`;
    const body = { text: "Ask the team what to stop", ownerId: p.client.id, dueOn: day(1) };
    const refused = [
      { ...body, repeat: { everyWeeks: 2, until: day(1) } },
      { ...body, repeat: { everyWeeks: 1, until: day(400) } },
      { ...body, repeat: { everyWeeks: 13, until: day(60) } },
      { ...body, repeat: { everyWeeks: 1, until: day(30), extra: true } },
    ];
    for (const input of refused) expectStatus(await p.coach.agent.post(url, input), 400);
    const tooLate = await p.coach.agent.post(url, refused[0]);
    expect(fieldsOf(tooLate)).toEqual(["repeat.until"]);
    expect((await p.client.agent.get(url)).body.open).toEqual([]);

    const first = await p.coach.agent.post(url, {
      ...body,
      repeat: { everyWeeks: 2, until: day(1 + 5 * 7) },
    });
    expectStatus(first, 201);
    expect(first.body).toMatchObject({ dueOn: day(1), seriesId: expect.any(String) });
    await p.client.agent.patch(`/api/session-commitments/${first.body.id}`, { status: "done" });
    const list = (await p.client.agent.get(url)).body;
    expect(list.open.map((c: { dueOn: string }) => c.dueOn)).toEqual([day(15), day(29)]);
    expect(list.open.every((c: { seriesId: string }) => c.seriesId === first.body.seriesId)).toBe(
      true,
    );
    expect(list.marked.map((c: { id: string }) => c.id)).toEqual([first.body.id]);
  });

  it("lists overdue ones first, the client's goals due this week, in the same queries whatever the number", async () => {
    const p = await buildWorld(t.current);
    const url = `/api/engagements/${p.engagement.id}/commitments`;
    const add = (text: string, dueOn: string) =>
      p.coach.agent.post(url, { text, ownerId: p.client.id, dueOn });
    await add("Later", day(10));
    const countList = async () => {
      const counter = countQueries(t.current);
      const response = await p.client.agent.get(url);
      const count = counter.stop();
      expectStatus(response, 200);
      return { count, body: response.body };
    };
    await countList(); // the first request of a sign-in also refreshes its session
    const small = await countList();
    await add("Overdue", day(-3));
    await add("Soon", day(1));
    const done = await add("Done", day(-5));
    await p.client.agent.patch(`/api/session-commitments/${done.body.id}`, { status: "done" });
    await p.coach.agent.post(`/api/session-commitments/${done.body.id}/comments`, {
      text: "Well done",
    });
    const large = await countList();
    expect(large.count).toBe(small.count);
    expect(
      large.body.open.map((c: { text: string; overdue: boolean }) => [c.text, c.overdue]),
    ).toEqual([
      ["Overdue", true],
      ["Soon", false],
      ["Later", false],
    ]);
    expect(large.body.marked.map((c: { text: string }) => c.text)).toEqual(["Done"]);
    expect(large.body.fromGoals).toEqual([]);
    expect(large.body).toMatchObject({ mayAdd: true, client: { id: p.client.id } });
  });
});
