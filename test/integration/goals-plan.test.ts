import { beforeAll, describe, expect, it } from "vitest";
import { inviteAndAccept, type Member, openEngagement, signUpCoach } from "../support/factories";
import { createCampaign } from "../support/feedback-factories";
import { samplePlan, savePlan, writeGoal } from "../support/goal-factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

type Plan = ReturnType<typeof samplePlan>;

const pathsOf = (body: { error: { fields?: { path: string }[] } }) =>
  (body.error.fields ?? []).map((f) => f.path);

/** The plan with the obstacle's if-then action changed. */
function withAction(plan: Plan, action: string): Plan {
  const [obstacle] = plan.obstacles;
  if (!obstacle) throw new Error("the sample plan has an obstacle");
  return { ...plan, obstacles: [{ ...obstacle, ifThen: { ...obstacle.ifThen, action } }] };
}

describe.each(databaseKinds())("action plans on the %s database", (kind) => {
  const t = useTestApp(kind);
  let coach: Member;
  let client: Member;
  let engagementId: string;

  beforeAll(async () => {
    coach = await signUpCoach(t.current, "plans");
    client = await inviteAndAccept(t.current, coach, "client");
    engagementId = (await openEngagement(coach, client)).id;
  });

  const freshGoal = async () => (await writeGoal(client, engagementId)).id as string;

  it("starts empty at version 0, and keeps every saved change as a version with who, when and why", async () => {
    const goalId = await freshGoal();
    const empty = await client.agent.get(`/api/goals/${goalId}/plan`);
    expect(empty.status).toBe(200);
    expect(empty.body).toMatchObject({ version: 0, saved: null, plan: { skills: [], woop: null } });

    const first = await savePlan(client, goalId, 0, samplePlan());
    expect(first).toMatchObject({
      version: 1,
      plan: samplePlan(),
      saved: {
        version: 1,
        basedOn: 0,
        source: "edit",
        changedBy: { id: client.id },
        reason: "First plan",
      },
    });
    const changed = {
      ...withAction(samplePlan(), "ask which task can wait until Monday"),
      strategies: [
        ...samplePlan().strategies,
        { id: "st2", text: "Name an owner in every meeting" },
      ],
    };
    await savePlan(coach, goalId, 1, changed, "Agreed in session two");
    const goal = await client.agent.get(`/api/goals/${goalId}`);
    expect(goal.body.planVersion).toBe(2);

    const versions = await client.agent.get(`/api/goals/${goalId}/plan/versions`);
    expect(
      versions.body.map((v: { version: number; changedBy: { id: string }; reason: string }) => [
        v.version,
        v.changedBy.id,
        v.reason,
      ]),
    ).toEqual([
      [2, coach.id, "Agreed in session two"],
      [1, client.id, "First plan"],
    ]);

    const compared = await coach.agent.get(`/api/goals/${goalId}/plan/compare?from=1&to=2`);
    expect(compared.status, JSON.stringify(compared.body)).toBe(200);
    const rows = (section: string) =>
      compared.body.sections
        .find((s: { section: string }) => s.section === section)
        .rows.map((r: { id: string; change: string; fields?: string[] }) => [
          r.id,
          r.change,
          r.fields,
        ]);
    expect(rows("strategies")).toEqual([
      ["st1", "unchanged", undefined],
      ["st2", "added", undefined],
    ]);
    expect(rows("obstacles")).toEqual([["o1", "changed", ["ifThen.action"]]]);

    const fromNothing = await coach.agent.get(`/api/goals/${goalId}/plan/compare?from=0&to=2`);
    expect(fromNothing.body.sections[0].rows[0].change).toBe("added");
  });

  it("saves no new version when nothing changed", async () => {
    const goalId = await freshGoal();
    await savePlan(client, goalId, 0, samplePlan());
    const again = await savePlan(coach, goalId, 1, samplePlan(), "No change");
    expect(again.version).toBe(1);
    expect((await client.agent.get(`/api/goals/${goalId}/plan/versions`)).body).toHaveLength(1);
  });

  it("answers a save on a stale version with a 409 showing both, saving nothing, then takes the choice", async () => {
    const goalId = await freshGoal();
    await savePlan(client, goalId, 0, samplePlan());
    const clientSave = withAction(samplePlan(), "say no to the new task until Monday");
    await savePlan(client, goalId, 1, clientSave, "Firmer");

    const mine = {
      ...withAction(samplePlan(), "move the task to next week's plan"),
      resources: [...samplePlan().resources, { id: "r2", title: "Notes from session one" }],
    };
    const stale = await coach.agent.put(`/api/goals/${goalId}/plan`, {
      baseVersion: 1,
      plan: mine,
      reason: "After the session",
    });
    expect(stale.status, JSON.stringify(stale.body)).toBe(409);
    expect(stale.body.error.code).toBe("stale_version");
    expect(stale.body.error.message).toContain(client.name);
    expect(stale.body.latest).toMatchObject({
      version: 2,
      plan: clientSave,
      saved: { changedBy: { id: client.id } },
    });
    expect(stale.body.conflictingItems).toEqual([
      {
        section: "obstacles",
        id: "o1",
        mine: mine.obstacles[0],
        theirs: clientSave.obstacles[0],
      },
    ]);
    const versions = await coach.agent.get(`/api/goals/${goalId}/plan/versions`);
    expect(versions.body).toHaveLength(2);

    const resolved = await coach.agent.put(`/api/goals/${goalId}/plan`, {
      baseVersion: 2,
      plan: { ...mine, obstacles: clientSave.obstacles },
      reason: "Kept the client's if-then, added my resource",
      resolvesConflict: true,
    });
    expect(resolved.status, JSON.stringify(resolved.body)).toBe(200);
    expect(resolved.body).toMatchObject({
      version: 3,
      saved: { source: "resolution", basedOn: 2 },
    });
  });

  it("keeps one of two saves sent at once and answers the other with the 409", async () => {
    const goalId = await freshGoal();
    await savePlan(client, goalId, 0, samplePlan());
    const [a, b] = await Promise.all([
      client.agent.put(`/api/goals/${goalId}/plan`, {
        baseVersion: 1,
        plan: withAction(samplePlan(), "say no until Monday"),
      }),
      coach.agent.put(`/api/goals/${goalId}/plan`, {
        baseVersion: 1,
        plan: withAction(samplePlan(), "move it to next week"),
      }),
    ]);
    expect([a.status, b.status].sort(), JSON.stringify([a.body, b.body])).toEqual([200, 409]);
    const refused = a.status === 409 ? a : b;
    expect(refused.body.latest.version).toBe(2);
    expect(refused.body.conflictingItems).toHaveLength(1);
    expect((await client.agent.get(`/api/goals/${goalId}/plan/versions`)).body).toHaveLength(2);
  });

  it("refuses a plan that cannot be saved, naming each part, and saves nothing", async () => {
    const goalId = await freshGoal();
    const plan = samplePlan();
    const broken = {
      ...plan,
      strategies: [...plan.strategies, { id: "s1", text: "Same id as the skill" }],
      obstacles: [{ ...plan.obstacles[0], ifThen: { situation: "Friday", action: "" } }],
      resources: [{ id: "r1", title: "A link", url: "javascript:alert(1)" }],
      exercises: [
        { id: "e1", task: "Weekly review", schedule: { kind: "cadence", rrule: "every Monday" } },
      ],
    };
    const response = await client.agent.put(`/api/goals/${goalId}/plan`, {
      baseVersion: 0,
      plan: broken,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(400);
    expect(pathsOf(response.body).sort()).toEqual([
      "plan.exercises.0.schedule.rrule",
      "plan.obstacles.0.ifThen.action",
      "plan.obstacles.0.ifThen.situation",
      "plan.resources.0.url",
      "plan.strategies.1.id",
    ]);
    expect((await client.agent.get(`/api/goals/${goalId}/plan`)).body.version).toBe(0);

    const ahead = await client.agent.put(`/api/goals/${goalId}/plan`, { baseVersion: 3, plan });
    expect(ahead.status).toBe(400);
    expect(pathsOf(ahead.body)).toEqual(["baseVersion"]);
    const missing = await client.agent.get(`/api/goals/${goalId}/plan/compare?from=0&to=1`);
    expect(missing.status).toBe(404);
  });

  it("links a skill only to a behaviour of the engagement's 360 model", async () => {
    const id = (await openEngagement(coach, client)).id;
    await createCampaign(coach, id);
    const goalId = (await writeGoal(client, id)).id;
    const model = (await coach.agent.get("/api/competency-models/keel-leadership")).body;
    const competency = model.competencies[0];
    const plan = samplePlan();
    const wrong = await client.agent.put(`/api/goals/${goalId}/plan`, {
      baseVersion: 0,
      plan: { ...plan, skills: [{ ...plan.skills[0], behaviour: { competencyId: "made-up" } }] },
    });
    expect(wrong.status).toBe(400);
    expect(pathsOf(wrong.body)).toEqual(["plan.skills.0.behaviour.competencyId"]);
    const linked = { competencyId: competency.id, itemId: competency.items[0].id };
    const saved = await savePlan(client, goalId, 0, {
      ...plan,
      skills: [{ ...plan.skills[0], behaviour: linked }],
    });
    expect(saved.plan.skills[0].behaviour).toEqual(linked);
  });

  it("offers Keel's three templates to coaches, and starts a plan from one as a copy", async () => {
    const listed = await coach.agent.get("/api/plan-templates");
    expect(listed.status).toBe(200);
    expect(
      listed.body
        .filter((t: { kind: string }) => t.kind === "built-in")
        .map((t: { id: string }) => t.id)
        .sort(),
    ).toEqual(["delegating", "giving-feedback", "thinking-strategically"]);
    expect((await client.agent.get("/api/plan-templates")).status).toBe(403);
    const template = (await coach.agent.get("/api/plan-templates/delegating")).body;

    const goalId = await freshGoal();
    await savePlan(client, goalId, 0, samplePlan());
    const started = await coach.agent.post(`/api/goals/${goalId}/plan/from-template`, {
      templateId: "delegating",
      baseVersion: 1,
    });
    expect(started.status, JSON.stringify(started.body)).toBe(200);
    expect(started.body).toMatchObject({ version: 2, saved: { source: "template" } });
    const { skills } = started.body.plan;
    expect(skills.map((s: { text: string }) => s.text)).toEqual([
      samplePlan().skills[0]?.text,
      ...template.plan.skills.map((s: { text: string }) => s.text),
    ]);
    const templateIds = new Set(template.plan.skills.map((s: { id: string }) => s.id));
    expect(skills.some((s: { id: string }) => templateIds.has(s.id))).toBe(false);

    const byClient = await client.agent.post(`/api/goals/${goalId}/plan/from-template`, {
      templateId: "delegating",
      baseVersion: 2,
    });
    expect(byClient.status).toBe(403);
  });

  it("keeps a coach's plan as their own template, which no other coach can use", async () => {
    const goalId = await freshGoal();
    await savePlan(client, goalId, 0, samplePlan());
    const kept = await coach.agent.post("/api/plan-templates", {
      title: "Friday obstacles",
      summary: "What worked for a client with late-week work",
      fromGoal: goalId,
    });
    expect(kept.status, JSON.stringify(kept.body)).toBe(201);
    expect(kept.body).toMatchObject({ kind: "own", plan: samplePlan() });

    const otherCoach = await signUpCoach(t.current, "other-plans");
    const otherClient = await inviteAndAccept(t.current, otherCoach, "client");
    const otherGoal = await writeGoal(
      otherClient,
      (await openEngagement(otherCoach, otherClient)).id,
    );
    expect((await otherCoach.agent.get(`/api/plan-templates/${kept.body.id}`)).status).toBe(404);
    const refused = await otherCoach.agent.post(`/api/goals/${otherGoal.id}/plan/from-template`, {
      templateId: kept.body.id,
      baseVersion: 0,
    });
    expect(refused.status).toBe(400);
    expect(pathsOf(refused.body)).toEqual(["templateId"]);
    expect((await otherClient.agent.get(`/api/goals/${otherGoal.id}/plan`)).body.version).toBe(0);

    const otherGoalAsSource = await coach.agent.post("/api/plan-templates", {
      title: "Not mine to take",
      fromGoal: otherGoal.id,
    });
    expect(otherGoalAsSource.status).toBe(400);
    expect(pathsOf(otherGoalAsSource.body)).toEqual(["fromGoal"]);

    const own = await coach.agent.post(`/api/goals/${goalId}/plan/from-template`, {
      templateId: kept.body.id,
      baseVersion: 1,
    });
    expect(own.status, JSON.stringify(own.body)).toBe(200);
    expect(own.body.plan.obstacles).toHaveLength(2);
    expect((await coach.agent.delete(`/api/plan-templates/${kept.body.id}`)).status).toBe(204);
    expect((await coach.agent.delete("/api/plan-templates/delegating")).status).toBe(403);
  });
});
