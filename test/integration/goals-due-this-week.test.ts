import { beforeAll, describe, expect, it } from "vitest";
import { inviteAndAccept, type Member, openEngagement, signUpCoach } from "../support/factories";
import { samplePlan, savePlan, writeGoal } from "../support/goal-factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// Summer time begins in London on Sunday 28 March 2027 and in New York on Sunday 14 March 2027.
// The goals start on Monday 2 November 2026, in winter time.
const START = "2026-11-02";

describe.each(databaseKinds())("what is due this week on the %s database", (kind) => {
  const t = useTestApp(kind);
  let coach: Member;
  let client: Member;
  let engagementId: string;
  let goalId: string;

  const due = (query: string, member = client) =>
    member.agent.get(`/api/engagements/${engagementId}/due-this-week?${query}`);

  beforeAll(async () => {
    coach = await signUpCoach(t.current, "due");
    client = await inviteAndAccept(t.current, coach, "client");
    engagementId = (await openEngagement(coach, client)).id;
    const goal = await writeGoal(client, engagementId, {
      startDate: START,
      dueDate: "2027-12-31",
    });
    goalId = goal.id;
    const plan = samplePlan();
    await savePlan(coach, goalId, 0, {
      ...plan,
      exercises: [
        ...plan.exercises,
        { id: "e2", task: "Write the brief", schedule: { kind: "once", dueDate: "2027-03-31" } },
        { id: "e3", task: "Ask for feedback", schedule: { kind: "once", dueDate: "2027-03-12" } },
        { id: "e4", task: "Plan the week", schedule: { kind: "cadence", rrule: "FREQ=WEEKLY" } },
      ],
    });
    for (const [title, dueOn] of [
      ["List drawn up", "2027-03-10"],
      ["First project handed over", "2027-04-02"],
      ["Team told", "2027-03-30"],
      ["Second project", "2027-04-05"],
    ]) {
      const added = await coach.agent.post(`/api/goals/${goalId}/milestones`, { title, dueOn });
      expect(added.status, JSON.stringify(added.body)).toBe(201);
      if (title === "Team told")
        await coach.agent.patch(`/api/goal-milestones/${added.body.id}`, { done: true });
    }
  });

  it("keeps a weekly Monday on Monday across the change to summer time, in the reader's zone", async () => {
    for (const timeZone of ["Europe/London", "America/New_York", "Asia/Tokyo"]) {
      const week = await due(`timeZone=${encodeURIComponent(timeZone)}&day=2027-04-01`);
      expect(week.status, JSON.stringify(week.body)).toBe(200);
      expect(week.body).toMatchObject({ weekStart: "2027-03-29", weekEnd: "2027-04-04" });
      const mondays = week.body.items.filter((i: { id: string }) => i.id === "e1");
      expect(mondays).toEqual([
        expect.objectContaining({ kind: "exercise", date: "2027-03-29", overdue: false }),
      ]);
      // A cadence without a day repeats on the weekday it started: Monday.
      const planned = week.body.items.filter((i: { id: string }) => i.id === "e4");
      expect(planned.map((i: { date: string }) => i.date)).toEqual(["2027-03-29"]);
    }
  });

  it("lists one list across the goal: overdue milestones and one-off tasks first, what is done left out", async () => {
    const week = await due("timeZone=Europe/London&day=2027-04-01");
    expect(
      week.body.items.map(
        (i: { date: string; title: string; overdue: boolean }) =>
          `${i.date} ${i.title}${i.overdue ? " (overdue)" : ""}`,
      ),
    ).toEqual([
      "2027-03-10 List drawn up (overdue)",
      "2027-03-12 Ask for feedback (overdue)",
      "2027-03-29 Review what I kept this week",
      "2027-03-29 Plan the week",
      "2027-03-31 Write the brief",
      "2027-04-02 First project handed over",
    ]);
    expect(week.body.items[0]).toMatchObject({
      kind: "milestone",
      goalId,
      goalStatement: "Delegate two projects a month to my team",
    });
  });

  it("leaves out the goals of other engagements and goals that are closed", async () => {
    const other = await openEngagement(coach, client);
    const elsewhere = await writeGoal(client, other.id, {
      startDate: START,
      dueDate: "2027-12-31",
    });
    await savePlan(client, elsewhere.id, 0, samplePlan());
    const dropped = await writeGoal(client, engagementId, {
      startDate: START,
      dueDate: "2027-12-31",
    });
    await savePlan(client, dropped.id, 0, samplePlan());
    await client.agent.post(`/api/goals/${dropped.id}/close`, {
      outcome: "dropped",
      revision: 1,
      reason: "Not now",
    });
    const week = await due("timeZone=UTC&day=2027-04-01", coach);
    const goals = new Set(week.body.items.map((i: { goalId: string }) => i.goalId));
    expect([...goals]).toEqual([goalId]);
  });

  it("counts the week from the reader's today, and refuses a zone that does not exist", async () => {
    const now = await due("");
    expect(now.status).toBe(200);
    expect(now.body.weekStart <= now.body.today && now.body.today <= now.body.weekEnd).toBe(true);
    const bad = await due("timeZone=Mars/Olympus");
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe("timeZone");
  });
});
