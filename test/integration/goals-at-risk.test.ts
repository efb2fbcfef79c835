import { beforeAll, describe, expect, it } from "vitest";
import { countQueries } from "../support/count-queries";
import { inviteAndAccept, type Member, openEngagement, signUpCoach } from "../support/factories";
import { daysFromToday } from "../support/feedback-factories";
import { writeGoal } from "../support/goal-factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// Goals from 0 to 10 over 100 days, 50 days in: the line expects 5 today.
const line = { baseline: 0, target: 10, startDate: daysFromToday(-50), dueDate: daysFromToday(50) };

describe.each(databaseKinds())("the coach's goals at risk on the %s database", (kind) => {
  const t = useTestApp(kind);
  let coach: Member;
  let otherCoach: Member;

  beforeAll(async () => {
    coach = await signUpCoach(t.current, "risk");
    otherCoach = await inviteAndAccept(t.current, coach, "coach");
  });

  async function goalAt(owner: Member, client: Member, statement: string, value: number | null) {
    const { id } = await openEngagement(owner, client);
    const goal = await writeGoal(client, id, { ...line, statement });
    if (value !== null) {
      const measured = await client.agent.post(`/api/goals/${goal.id}/measurements`, {
        value,
        measuredOn: daysFromToday(0),
      });
      expect(measured.status, JSON.stringify(measured.body)).toBe(201);
    }
    return { engagementId: id as string, goalId: goal.id as string };
  }

  it("lists the coach's own clients' goals at risk or off track, off track first, with their words", async () => {
    const ann = await inviteAndAccept(t.current, coach, "client");
    const ben = await inviteAndAccept(t.current, coach, "client");
    const atRisk = await goalAt(coach, ann, "Delegate the weekly report", 3);
    const offTrack = await goalAt(coach, ben, "Run the planning meeting", 1);
    await goalAt(coach, ann, "Give feedback within a day", 5);
    await goalAt(coach, ben, "Not measured yet", null);

    const seen = await coach.agent.get("/api/coach/goals-at-risk");
    expect(seen.status, JSON.stringify(seen.body)).toBe(200);
    expect(seen.body.goals).toEqual([
      {
        goalId: offTrack.goalId,
        statement: "Run the planning meeting",
        status: expect.objectContaining({ status: "off_track", label: "Off track" }),
        engagement: { id: offTrack.engagementId, title: expect.any(String) },
        client: { id: ben.id, name: ben.name },
      },
      expect.objectContaining({
        goalId: atRisk.goalId,
        status: expect.objectContaining({ status: "at_risk", label: "At risk" }),
        client: { id: ann.id, name: ann.name },
      }),
    ]);
  });

  it("never shows another coach's engagements, not even those of a client both coach", async () => {
    // The practice's admin (coach) opens a second engagement with the other coach's client.
    const shared = await inviteAndAccept(t.current, otherCoach, "client");
    const theirs = await goalAt(otherCoach, shared, "Speak up in the board meeting", 0);
    const ours = await goalAt(coach, shared, "Chair the budget review", 0);
    const ids = async (member: Member) =>
      (await member.agent.get("/api/coach/goals-at-risk")).body.goals.map(
        (g: { goalId: string }) => g.goalId,
      );
    const mine = await ids(coach);
    expect(mine).toContain(ours.goalId);
    expect(mine).not.toContain(theirs.goalId);
    expect(await ids(otherCoach)).toEqual([theirs.goalId]);
    expect((await shared.agent.get("/api/coach/goals-at-risk")).status).toBe(403);
  });

  it("leaves out goals of closed engagements, and reads the same number of queries for more goals", async () => {
    const dana = await inviteAndAccept(t.current, coach, "client");
    const closed = await goalAt(coach, dana, "Plan the quarter", 0);
    await coach.agent.post(`/api/engagements/${closed.engagementId}/stage`, { to: "closed" });
    const read = async () => {
      const counter = countQueries(t.current);
      const response = await coach.agent.get("/api/coach/goals-at-risk");
      return { goals: response.body.goals as { goalId: string }[], count: counter.stop() };
    };
    const before = await read();
    expect(before.goals.map((g) => g.goalId)).not.toContain(closed.goalId);
    await goalAt(coach, dana, "Hand over the rota", 2);
    const after = await read();
    expect(after.goals).toHaveLength(before.goals.length + 1);
    expect(after.count).toBe(before.count);
  });
});
