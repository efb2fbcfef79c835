import { beforeAll, describe, expect, it } from "vitest";
import { inviteAndAccept, type Member, openEngagement, signUpCoach } from "../support/factories";
import { samplePlan, savePlan, writeGoal } from "../support/goal-factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

describe.each(databaseKinds())("planning to active sessions on the %s database", (kind) => {
  const t = useTestApp(kind);
  let coach: Member;
  let client: Member;

  beforeAll(async () => {
    coach = await signUpCoach(t.current, "gate");
    client = await inviteAndAccept(t.current, coach, "client");
  });

  async function inPlanning() {
    const { id } = await openEngagement(coach, client);
    const moved = await coach.agent.post(`/api/engagements/${id}/stage`, { to: "planning" });
    expect(moved.status).toBe(200);
    return id as string;
  }
  const toActive = (id: string, reason?: string) =>
    coach.agent.post(`/api/engagements/${id}/stage`, { to: "active", reason });

  it("moves on without a reason once a goal has a measure and a plan", async () => {
    const id = await inPlanning();
    const goal = await writeGoal(client, id);
    await savePlan(client, goal.id, 0, samplePlan());
    expect((await coach.agent.get(`/api/engagements/${id}`)).body.sessionsNeed).toBeNull();
    const moved = await toActive(id);
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.stage).toBe("active");
    expect(moved.body.history.at(-1)).toMatchObject({
      from: "planning",
      to: "active",
      reason: null,
    });
  });

  it("refuses with a 400 naming what is missing when no goal is ready and no reason is given", async () => {
    const id = await inPlanning();
    const seen = async (member: Member) =>
      (await member.agent.get(`/api/engagements/${id}`)).body.sessionsNeed;
    await expect(seen(coach)).resolves.toBe("There is no goal yet.");
    await expect(seen(client)).resolves.toBeNull();
    const none = await toActive(id);
    expect(none.status).toBe(400);
    expect(none.body.error.code).toBe("planning_not_done");
    expect(none.body.error.fields).toEqual([
      { path: "reason", message: "There is no goal yet. Say why you move on anyway." },
    ]);

    // A measure on one goal and a plan on another is not yet a ready goal.
    await writeGoal(client, id);
    const unmeasured = await writeGoal(coach, id, {
      measure: null,
      baseline: null,
      target: null,
      overrides: [{ code: "no_measure", reason: "Measured later" }],
    });
    await savePlan(client, unmeasured.id, 0, samplePlan());
    const split = await toActive(id);
    expect(split.status).toBe(400);
    expect(split.body.error.message).toMatch(/^No goal has both a measure and an action plan yet/);
    expect((await coach.agent.get(`/api/engagements/${id}`)).body.stage).toBe("planning");
  });

  it("moves on with the coach's reason and keeps it in the stage history", async () => {
    const id = await inPlanning();
    const blank = await toActive(id, "   ");
    expect(blank.status).toBe(400);
    const moved = await toActive(id, "We agreed the goals on paper in the first session");
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const seen = await client.agent.get(`/api/engagements/${id}`);
    expect(seen.body.history.at(-1)).toMatchObject({
      from: "planning",
      to: "active",
      reason: "We agreed the goals on paper in the first session",
    });
    // Stepping back needs no reason.
    const back = await coach.agent.post(`/api/engagements/${id}/stage`, { to: "planning" });
    expect(back.status).toBe(200);
    expect(back.body.history.at(-1).reason).toBeNull();
  });
});
