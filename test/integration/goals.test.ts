import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { goalDevelopmentLink, goalRevision } from "../../src/server/db/schema";
import { countQueries } from "../support/count-queries";
import { inviteAndAccept, type Member, openEngagement, signUpCoach } from "../support/factories";
import { createCampaign, daysFromToday } from "../support/feedback-factories";
import { addEntry, goodGoal, writeGoal } from "../support/goal-factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

const pathsOf = (body: { error: { fields?: { path: string }[] } }) =>
  (body.error.fields ?? []).map((f) => f.path);

describe.each(databaseKinds())("goals on the %s database", (kind) => {
  const t = useTestApp(kind);
  let coach: Member;
  let client: Member;
  let engagementId: string;
  let entryId: string;
  const goalsUrl = () => `/api/engagements/${engagementId}/goals`;

  beforeAll(async () => {
    coach = await signUpCoach(t.current, "goals");
    client = await inviteAndAccept(t.current, coach, "client");
    engagementId = (await openEngagement(coach, client)).id;
    entryId = await addEntry(client, engagementId);
  });

  /** A fresh engagement of the same coach and client, so a test counts only its own goals. */
  async function freshEngagement() {
    return (await openEngagement(coach, client)).id;
  }

  it("saves a goal by the client with its links, status and the advice still open", async () => {
    const response = await client.agent.post(
      goalsUrl(),
      goodGoal({ developmentEntryIds: [entryId] }),
    );
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const goal = response.body;
    expect(goal).toMatchObject({
      statement: "Delegate two projects a month to my team",
      developmentEntryIds: [entryId],
      state: "open",
      revision: 1,
      planVersion: 0,
      latest: null,
      status: { status: "not_measured", label: "Not measured yet" },
    });
    expect(goal.status.explanation).toMatch(/^Not measured yet: the line runs from 0 to 2 by /);
    expect(goal.guidance).toEqual([]);
  });

  it("returns advice beside the fields, and keeps what the coach set aside with its reason", async () => {
    const id = await freshEngagement();
    const advised = await writeGoal(coach, id, { whyItMatters: "", dueDate: null });
    expect(advised.guidance.map((g: { code: string }) => g.code).sort()).toEqual([
      "no_development_link",
      "no_due_date",
      "no_why",
    ]);
    expect(advised.guidance.every((g: { severity: string }) => g.severity === "advice")).toBe(true);

    const overridden = await writeGoal(coach, id, {
      whyItMatters: "",
      overrides: [{ code: "no_why", reason: "It is plain from the statement" }],
    });
    const codes = overridden.guidance.map((g: { code: string }) => g.code);
    expect(codes).not.toContain("no_why");
    expect(overridden.overrides).toEqual([
      expect.objectContaining({
        code: "no_why",
        reason: "It is plain from the statement",
        by: coach.id,
      }),
    ]);
    const listed = await client.agent.get(`/api/engagements/${id}/goals`);
    expect(listed.body.goals.map((g: { position: number }) => g.position)).toEqual([1, 2]);

    // The coach sets guidance aside; the client may edit the goal and keep what the coach set.
    const setAside = { code: "no_due_date", reason: "We will date it after the first session" };
    const byClient = await client.agent.post(goalsUrl(), goodGoal({ overrides: [setAside] }));
    expect(byClient.status).toBe(400);
    expect(byClient.body.error.fields).toEqual([
      { path: "overrides.0", message: "Only the coach sets guidance aside" },
    ]);
    const edited = await client.agent.patch(`/api/goals/${overridden.id}`, {
      revision: overridden.revision,
      statement: "Delegate two projects a month to my team, and say why",
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body.overrides).toEqual(overridden.overrides);
    const added = await client.agent.patch(`/api/goals/${overridden.id}`, {
      revision: edited.body.revision,
      overrides: [{ code: "no_why", reason: "It is plain from the statement" }, setAside],
    });
    expect(added.status).toBe(400);
    expect(added.body.error.fields).toEqual([
      { path: "overrides.1", message: "Only the coach sets guidance aside" },
    ]);
  });

  it("answers each bad input with a 400 that names the field, and saves nothing", async () => {
    const id = await freshEngagement();
    const other = await freshEngagement();
    const othersEntry = await addEntry(coach, other, "Another engagement's entry");
    const cases: [string, Record<string, unknown>, string][] = [
      ["a target without a measure", { measure: null, baseline: null, target: 5 }, "measure"],
      ["a baseline equal to the target", { baseline: 3, target: 3 }, "target"],
      ["reversed dates", { startDate: daysFromToday(0), dueDate: daysFromToday(-1) }, "dueDate"],
      ["a date out of range", { dueDate: daysFromToday(6 * 366) }, "dueDate"],
      ["a date that is no day", { dueDate: "2027-02-30" }, "dueDate"],
      [
        "another engagement's entry",
        { developmentEntryIds: [othersEntry] },
        "developmentEntryIds.0",
      ],
      [
        "a competency with no 360 model",
        { behaviourLinks: [{ competencyId: "direction" }] },
        "behaviourLinks.0.competencyId",
      ],
      [
        "an override of what must be fixed",
        { baseline: 3, target: 3, overrides: [{ code: "target_equals_baseline", reason: "Fine" }] },
        "overrides.0.code",
      ],
      [
        "an override without a reason",
        { whyItMatters: "", overrides: [{ code: "no_why", reason: "" }] },
        "overrides.0.reason",
      ],
      ["a blank statement", { statement: "   " }, "statement"],
    ];
    for (const [what, extra, path] of cases) {
      const response = await client.agent.post(`/api/engagements/${id}/goals`, goodGoal(extra));
      expect(response.status, `${what}: ${JSON.stringify(response.body)}`).toBe(400);
      expect(response.body.error.code, what).toBe("invalid_input");
      expect(pathsOf(response.body), what).toContain(path);
      const message = response.body.error.fields.find((f: { path: string }) => f.path === path);
      expect(message.message.length, what).toBeGreaterThan(10);
    }
    const listed = await client.agent.get(`/api/engagements/${id}/goals`);
    expect(listed.body.goals).toEqual([]);
  });

  it("asks about a due date after the engagement's planned end", async () => {
    const id = await freshEngagement();
    await coach.agent.patch(`/api/engagements/${id}`, { plannedEndDate: "2027-03-31" });
    const late = await writeGoal(coach, id, { dueDate: "2027-04-30" });
    expect(late.guidance.map((g: { code: string }) => g.code)).toContain("after_engagement");
    const inTime = await writeGoal(coach, id, { dueDate: "2027-03-31" });
    expect(inTime.guidance.map((g: { code: string }) => g.code)).not.toContain("after_engagement");
  });

  it("links only the competencies and behaviours of the engagement's newest 360 model", async () => {
    const id = await freshEngagement();
    const before = await client.agent.get(`/api/engagements/${id}/goals/behaviours`);
    expect(before.body).toEqual({ model: null });
    await createCampaign(coach, id);
    const model = (await coach.agent.get("/api/competency-models/keel-leadership")).body;
    const [first, second] = model.competencies;
    const offered = (await client.agent.get(`/api/engagements/${id}/goals/behaviours`)).body;
    expect(offered.model.competencies).toHaveLength(model.competencies.length);
    expect(offered.model.competencies[0]).toEqual({
      id: first.id,
      name: first.name,
      behaviours: first.items.map((item: { id: string; text: string }) => ({
        id: item.id,
        text: item.text,
      })),
    });
    const wrong = await client.agent.post(
      `/api/engagements/${id}/goals`,
      goodGoal({
        behaviourLinks: [
          { competencyId: first.id, itemId: first.items[0].id },
          { competencyId: "made-up" },
          { competencyId: first.id, itemId: second.items[0].id },
        ],
      }),
    );
    expect(wrong.status).toBe(400);
    expect(pathsOf(wrong.body)).toEqual([
      "behaviourLinks.1.competencyId",
      "behaviourLinks.2.itemId",
    ]);
    const linked = await writeGoal(client, id, {
      behaviourLinks: [
        { competencyId: first.id, itemId: first.items[0].id },
        { competencyId: second.id },
      ],
    });
    expect(linked.behaviourLinks).toEqual([
      { competencyId: first.id, itemId: first.items[0].id },
      { competencyId: second.id },
    ]);
    expect(linked.guidance.map((g: { code: string }) => g.code)).not.toContain("no_behaviour_link");
  });

  it("refuses, in the database too, a link to another engagement's entry", async () => {
    const goal = await writeGoal(coach, await freshEngagement());
    const othersEntry = await addEntry(coach, await freshEngagement());
    await expect(
      t.current.ctx.db
        .insert(goalDevelopmentLink)
        .values({ engagementId: goal.engagementId, goalId: goal.id, entryId: othersEntry }),
    ).rejects.toThrow();
  });

  it("answers a stale edit with a 409 carrying the goal as it is now, losing nothing", async () => {
    const goal = await writeGoal(client, await freshEngagement());
    const first = await coach.agent.patch(`/api/goals/${goal.id}`, {
      revision: 1,
      target: 3,
      reason: "Two was too easy",
    });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ target: 3, revision: 2 });

    const second = await client.agent.patch(`/api/goals/${goal.id}`, {
      revision: 1,
      statement: "Delegate three projects a month to my team",
    });
    expect(second.status, JSON.stringify(second.body)).toBe(409);
    expect(second.body.error.code).toBe("stale_version");
    expect(second.body.current).toMatchObject({ target: 3, revision: 2 });
    expect(second.body.current.statement).toBe("Delegate two projects a month to my team");

    const retried = await client.agent.patch(`/api/goals/${goal.id}`, {
      revision: 2,
      statement: "Delegate three projects a month to my team",
    });
    expect(retried.body).toMatchObject({ target: 3, revision: 3 });
    const revisions = await t.current.ctx.db
      .select()
      .from(goalRevision)
      .where(eq(goalRevision.goalId, goal.id))
      .orderBy(goalRevision.revision);
    expect(revisions.map((r) => [r.revision, r.changedBy, r.reason])).toEqual([
      [1, client.id, null],
      [2, coach.id, "Two was too easy"],
      [3, client.id, null],
    ]);
    expect(revisions[1]?.snapshot).toMatchObject({ target: 3, statement: goal.statement });
    const listed = await client.agent.get(`/api/goals/${goal.id}/revisions`);
    expect(listed.status, JSON.stringify(listed.body)).toBe(200);
    expect(
      listed.body.map(
        (r: { revision: number; reason: string | null; goal: { target: number } }) => [
          r.revision,
          r.reason,
          r.goal.target,
        ],
      ),
    ).toEqual([
      [3, null, 3],
      [2, "Two was too easy", 3],
      [1, null, 2],
    ]);
  });

  it("keeps one of two edits sent at once and answers the other with the 409", async () => {
    const goal = await writeGoal(client, await freshEngagement());
    const [a, b] = await Promise.all([
      client.agent.patch(`/api/goals/${goal.id}`, { revision: 1, target: 4 }),
      coach.agent.patch(`/api/goals/${goal.id}`, { revision: 1, target: 5 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const [kept, refused] = a.status === 200 ? [a, b] : [b, a];
    expect(refused.body.current).toMatchObject({ target: kept.body.target, revision: 2 });
  });

  it("changes a goal's links only when the edit sends them", async () => {
    const id = await freshEngagement();
    const [first, second] = [
      await addEntry(client, id, "First"),
      await addEntry(client, id, "Second"),
    ];
    const goal = await writeGoal(client, id, { developmentEntryIds: [first] });
    const renamed = await coach.agent.patch(`/api/goals/${goal.id}`, {
      revision: 1,
      statement: "Delegate three projects a month to my team",
    });
    expect(renamed.body.developmentEntryIds).toEqual([first]);
    const relinked = await coach.agent.patch(`/api/goals/${goal.id}`, {
      revision: 2,
      developmentEntryIds: [second, second],
    });
    expect(relinked.status, JSON.stringify(relinked.body)).toBe(200);
    expect(relinked.body.developmentEntryIds).toEqual([second]);
  });

  it("refuses an edit that breaks the goal, keeping it as it was", async () => {
    const goal = await writeGoal(client, await freshEngagement());
    const broken = await coach.agent.patch(`/api/goals/${goal.id}`, { revision: 1, target: 0 });
    expect(broken.status).toBe(400);
    expect(pathsOf(broken.body)).toEqual(["target"]);
    const after = await coach.agent.get(`/api/goals/${goal.id}`);
    expect(after.body).toMatchObject({ target: 2, revision: 1 });
  });

  it("closes a goal as dropped with a reason, or replaced by another, and then refuses edits", async () => {
    const id = await freshEngagement();
    const goal = await writeGoal(client, id);
    const next = await writeGoal(client, id, { statement: "Run the weekly planning meeting" });
    const noReason = await coach.agent.post(`/api/goals/${goal.id}/close`, {
      outcome: "dropped",
      revision: 1,
    });
    expect(noReason.status).toBe(400);
    expect(pathsOf(noReason.body)).toEqual(["reason"]);

    const replaced = await coach.agent.post(`/api/goals/${goal.id}/close`, {
      outcome: "replaced",
      revision: 1,
      replacedBy: next.id,
      reason: "The role changed",
    });
    expect(replaced.status, JSON.stringify(replaced.body)).toBe(200);
    expect(replaced.body.status).toMatchObject({
      status: "replaced",
      explanation: "Replaced by a new goal: “Run the weekly planning meeting”.",
    });
    expect(replaced.body.guidance).toEqual([]);
    const edit = await client.agent.patch(`/api/goals/${goal.id}`, { revision: 2, target: 4 });
    expect(edit.status).toBe(409);
    expect(edit.body.error.code).toBe("goal_closed");

    const dropped = await client.agent.post(`/api/goals/${next.id}/close`, {
      outcome: "dropped",
      revision: 1,
      reason: "Role changed.",
    });
    expect(dropped.body.status).toMatchObject({
      status: "dropped",
      explanation: "Dropped: Role changed.",
    });
  });

  it("closes a goal as achieved on a day up to today, and refuses a goal of another engagement as its replacement", async () => {
    const goal = await writeGoal(client, await freshEngagement());
    const elsewhere = await writeGoal(client, await freshEngagement());
    const future = await coach.agent.post(`/api/goals/${goal.id}/close`, {
      outcome: "achieved",
      revision: 1,
      on: daysFromToday(3),
    });
    expect(future.status).toBe(400);
    expect(pathsOf(future.body)).toEqual(["on"]);
    const foreign = await coach.agent.post(`/api/goals/${goal.id}/close`, {
      outcome: "replaced",
      revision: 1,
      replacedBy: elsewhere.id,
    });
    expect(foreign.status).toBe(400);
    expect(pathsOf(foreign.body)).toEqual(["replacedBy"]);
    const achieved = await client.agent.post(`/api/goals/${goal.id}/close`, {
      outcome: "achieved",
      revision: 1,
      on: daysFromToday(0),
    });
    expect(achieved.status, JSON.stringify(achieved.body)).toBe(200);
    expect(achieved.body).toMatchObject({
      state: "achieved",
      closedOn: daysFromToday(0),
      revision: 2,
    });
    expect(achieved.body.status.explanation).toMatch(/^Achieved on /);
  });

  it("records measurements with who recorded them, and the status follows the latest", async () => {
    const goal = await writeGoal(client, await freshEngagement(), {
      baseline: 0,
      target: 10,
      startDate: daysFromToday(-50),
      dueDate: daysFromToday(50),
    });
    const onTrack = await client.agent.post(`/api/goals/${goal.id}/measurements`, {
      value: 5,
      measuredOn: daysFromToday(0),
      note: "Five this month",
    });
    expect(onTrack.status, JSON.stringify(onTrack.body)).toBe(201);
    expect(onTrack.body.status.status).toBe("on_track");
    expect(onTrack.body.latest).toEqual({ value: 5, on: daysFromToday(0) });
    expect(onTrack.body.measurements[0]).toMatchObject({
      value: 5,
      note: "Five this month",
      recordedBy: { id: client.id, name: client.name },
    });

    const behind = await coach.agent.post(`/api/goals/${goal.id}/measurements`, {
      value: 2,
      measuredOn: daysFromToday(0),
    });
    expect(behind.body.status).toMatchObject({ status: "off_track" });
    expect(behind.body.status.explanation).toMatch(
      /^Behind the line to 10 by .*: at 2, where 5 was expected by now\.$/,
    );
    expect(behind.body.latest).toEqual({ value: 2, on: daysFromToday(0) });

    const mistaken = behind.body.measurements[1].id;
    expect((await coach.agent.delete(`/api/goal-measurements/${mistaken}`)).status).toBe(204);
    expect((await coach.agent.delete(`/api/goal-measurements/${mistaken}`)).status).toBe(404);
    const after = await client.agent.get(`/api/goals/${goal.id}`);
    expect(after.body.latest).toEqual({ value: 5, on: daysFromToday(0) });
    expect(after.body.status.status).toBe("on_track");
    expect(after.body.measurements).toHaveLength(1);

    const future = await client.agent.post(`/api/goals/${goal.id}/measurements`, {
      value: 6,
      measuredOn: daysFromToday(5),
    });
    expect(future.status).toBe(400);
    expect(pathsOf(future.body)).toEqual(["measuredOn"]);
  });

  it("refuses a measurement of a goal without a measure", async () => {
    const goal = await writeGoal(client, await freshEngagement(), {
      measure: null,
      baseline: null,
      target: null,
    });
    const response = await client.agent.post(`/api/goals/${goal.id}/measurements`, {
      value: 1,
      measuredOn: daysFromToday(0),
    });
    expect(response.status).toBe(400);
    expect(pathsOf(response.body)).toEqual(["value"]);
  });

  it("adds milestones, marks them done and not done, and removes them", async () => {
    const goal = await writeGoal(client, await freshEngagement());
    const added = await client.agent.post(`/api/goals/${goal.id}/milestones`, {
      title: "First project handed over",
      dueOn: daysFromToday(14),
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(added.body).toMatchObject({ title: "First project handed over", doneAt: null });
    const done = await coach.agent.patch(`/api/goal-milestones/${added.body.id}`, { done: true });
    expect(done.body.doneAt).not.toBeNull();
    const again = await client.agent.patch(`/api/goal-milestones/${added.body.id}`, { done: true });
    expect(again.body.doneAt).toBe(done.body.doneAt);
    const undone = await client.agent.patch(`/api/goal-milestones/${added.body.id}`, {
      done: false,
    });
    expect(undone.body.doneAt).toBeNull();
    const listed = await client.agent.get(`/api/goals/${goal.id}`);
    expect(listed.body.milestones.map((m: { id: string }) => m.id)).toEqual([added.body.id]);
    expect((await client.agent.delete(`/api/goal-milestones/${added.body.id}`)).status).toBe(204);
    expect((await client.agent.get(`/api/goals/${goal.id}`)).body.milestones).toEqual([]);
  });

  it("lets the coach and the client comment on a goal the other wrote", async () => {
    const goal = await writeGoal(client, await freshEngagement());
    const url = `/api/goals/${goal.id}/comments`;
    const first = await coach.agent.post(url, { body: "Which two projects first?" });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    await client.agent.post(url, { body: "The budget review and the hiring plan." });
    const listed = await client.agent.get(url);
    expect(
      listed.body.map((c: { author: { id: string }; body: string }) => [c.author.id, c.body]),
    ).toEqual([
      [coach.id, "Which two projects first?"],
      [client.id, "The budget review and the hiring plan."],
    ]);
    const blank = await client.agent.post(url, { body: "  " });
    expect(blank.status).toBe(400);
    expect(pathsOf(blank.body)).toEqual(["body"]);
  });

  it("stores hostile text exactly as written, as text", async () => {
    const html = "<script>alert(1)</script> Delegate the <b>budget</b> review";
    const goal = await writeGoal(client, await freshEngagement(), { statement: html });
    expect((await coach.agent.get(`/api/goals/${goal.id}`)).body.statement).toBe(html);
  });

  it("reads the goals page in the same number of queries whatever the number of goals", async () => {
    const id = await freshEngagement();
    const countFor = async () => {
      const counter = countQueries(t.current);
      const response = await client.agent.get(`/api/engagements/${id}/goals`);
      const count = counter.stop();
      expect(response.status).toBe(200);
      return count;
    };
    const one = await writeGoal(client, id);
    await client.agent.post(`/api/goals/${one.id}/measurements`, {
      value: 1,
      measuredOn: daysFromToday(0),
    });
    const withOne = await countFor();
    // The engagement's guard, then goals, measurements, milestones, links and the 360 model.
    expect(withOne).toBeGreaterThanOrEqual(6);
    expect(withOne).toBeLessThanOrEqual(8);
    for (let i = 0; i < 4; i++) {
      const more = await writeGoal(client, id, { developmentEntryIds: [] });
      await client.agent.post(`/api/goals/${more.id}/milestones`, {
        title: "Halfway",
        dueOn: daysFromToday(20),
      });
      await client.agent.post(`/api/goals/${more.id}/measurements`, {
        value: 1,
        measuredOn: daysFromToday(0),
      });
    }
    expect(await countFor()).toBe(withOne);
  });
});
