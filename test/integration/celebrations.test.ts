import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { weekOf } from "../../src/domain/check-ins/week";
import { checkIn, engagement, sessionCommitment } from "../../src/server/db/schema";
import { inviteAndAccept, type Member, openEngagement, signUpCoach } from "../support/factories";
import { daysFromToday } from "../support/feedback-factories";
import { writeGoal } from "../support/goal-factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// What went well shows once as news to the client and to the coach, each on their own, and
// stays on the engagement's timeline. The past is written straight into the database.

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

interface Listed {
  key: string;
  kind: string;
  title: string;
  detail: string | null;
  on: string;
  isNew: boolean;
}

describe.each(databaseKinds())("celebrations on the %s database", (kind) => {
  const t = useTestApp(kind);
  const db = () => t.current.handle.db;
  let coach: Member;

  beforeAll(async () => {
    coach = await signUpCoach(t.current, "celebrating");
  });

  async function activeEngagement(label: string) {
    const client = await inviteAndAccept(t.current, coach, "client", label);
    const sponsor = await inviteAndAccept(t.current, coach, "sponsor", `${label}-sponsor`);
    const { id } = await openEngagement(coach, client, sponsor, { startDate: daysFromToday(-60) });
    await db().update(engagement).set({ stage: "active" }).where(eq(engagement.id, id));
    return { client, sponsor, engagementId: id as string };
  }
  type Active = Awaited<ReturnType<typeof activeEngagement>>;

  async function won(e: Active, daysBack: number, win: string) {
    const at = daysAgo(daysBack);
    await db()
      .insert(checkIn)
      .values({
        engagementId: e.engagementId,
        week: weekOf(at, "UTC"),
        submittedAt: at,
        submittedBy: e.client.id,
        channel: "app",
        energy: 4,
        win,
        challenge: "",
      });
  }

  async function keptOnTime(e: Active, dueDaysBack: number) {
    await db()
      .insert(sessionCommitment)
      .values({
        engagementId: e.engagementId,
        text: `Commitment due ${dueDaysBack} days ago`,
        ownerId: e.client.id,
        dueOn: daysFromToday(-dueDaysBack),
        createdBy: coach.id,
        status: "done",
        markedAt: daysAgo(dueDaysBack + 1),
        markedBy: e.client.id,
      });
  }

  const listOf = async (member: Member, e: Active) => {
    const response = await member.agent.get(`/api/engagements/${e.engagementId}/celebrations`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body.celebrations as Listed[];
  };
  const newTo = async (member: Member, e: Active) =>
    (await listOf(member, e)).filter((c) => c.isNew).map((c) => c.detail ?? c.title);
  const seen = (member: Member, e: Active, keys: string[]) =>
    member.agent.post(`/api/engagements/${e.engagementId}/celebrations/seen`, { keys });

  it("shows each celebration once as news to each person", async () => {
    const e = await activeEngagement("once");
    await won(e, 8, "Chaired the Monday meeting");
    expect(await newTo(e.client, e)).toEqual(["Chaired the Monday meeting"]);
    expect(await newTo(coach, e)).toEqual(["Chaired the Monday meeting"]);

    const [first] = await listOf(e.client, e);
    const marked = await seen(e.client, e, [first?.key ?? ""]);
    expect(marked.status, JSON.stringify(marked.body)).toBe(200);
    expect(marked.body.celebrations.filter((c: Listed) => c.isNew)).toEqual([]);
    expect(await newTo(e.client, e)).toEqual([]);
    expect(await newTo(coach, e)).toEqual(["Chaired the Monday meeting"]);

    await won(e, 0, "Said no to a meeting without an agenda");
    expect(await newTo(e.client, e)).toEqual(["Said no to a meeting without an agenda"]);
    expect(await newTo(coach, e)).toEqual([
      "Said no to a meeting without an agenda",
      "Chaired the Monday meeting",
    ]);
    // Seeing it twice, or an older one again, changes nothing.
    await seen(e.client, e, [first?.key ?? ""]);
    expect(await newTo(e.client, e)).toEqual(["Said no to a meeting without an agenda"]);
  });

  it("keeps another of the same day new until it is seen", async () => {
    const e = await activeEngagement("same-day");
    await won(e, 3, "Delegated the supplier review");
    const [win] = await listOf(e.client, e);
    await seen(e.client, e, [win?.key ?? ""]);
    for (const due of [12, 9, 2]) await keptOnTime(e, due); // the third marked 3 days ago
    const news = (await listOf(e.client, e)).filter((c) => c.isNew);
    expect(news.map((c) => c.title)).toEqual(["3 commitments in a row kept on time"]);
    expect(news[0]?.on).toBe(win?.on);
  });

  it("lists the celebrations on the engagement's timeline", async () => {
    const e = await activeEngagement("timeline");
    await won(e, 10, "Ran the off-site without notes");
    for (const due of [20, 15, 12]) await keptOnTime(e, due);
    const response = await e.client.agent.get(`/api/engagements/${e.engagementId}/timeline`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const celebrations = (
      response.body.events as {
        kind: string;
        title?: string;
        detail?: string | null;
        on?: string;
      }[]
    ).filter((event) => event.kind === "celebration");
    expect(celebrations).toEqual([
      expect.objectContaining({
        title: "A win this week",
        detail: "Ran the off-site without notes",
      }),
      expect.objectContaining({ title: "3 commitments in a row kept on time", detail: null }),
    ]);
  });

  it("celebrates a milestone reached and a goal closed as achieved, once the goal is closed too", async () => {
    const e = await activeEngagement("achieved");
    const goal = await writeGoal(e.client, e.engagementId, {
      statement: "Hand the weekly report to Ana",
    });
    const milestone = await coach.agent.post(`/api/goals/${goal.id}/milestones`, {
      title: "Template agreed with Ana",
      dueOn: daysFromToday(5),
    });
    expect(milestone.status, JSON.stringify(milestone.body)).toBe(201);
    const done = await e.client.agent.patch(`/api/goal-milestones/${milestone.body.id}`, {
      done: true,
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    const closed = await e.client.agent.post(`/api/goals/${goal.id}/close`, {
      outcome: "achieved",
      revision: goal.revision,
      on: daysFromToday(-1),
    });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    const listed = await listOf(coach, e);
    expect(listed.map((c) => [c.title, c.isNew])).toEqual([
      ["Milestone reached: Template agreed with Ana", true],
      ["Goal achieved: “Hand the weekly report to Ana”", true],
    ]);
  });

  it("refuses keys it does not know, naming each, and the sponsor altogether", async () => {
    const e = await activeEngagement("refused");
    await won(e, 2, "Gave feedback the same day");
    const [win] = await listOf(e.client, e);
    const bad = await seen(e.client, e, [win?.key ?? "", "win:someone-else's"]);
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual([
      { path: "keys.1", message: "No such celebration in this engagement" },
    ]);
    expect(await newTo(e.client, e)).toEqual(["Gave feedback the same day"]);
    expect((await seen(e.client, e, [])).status).toBe(400);
    const sponsor = await e.sponsor.agent.get(`/api/engagements/${e.engagementId}/celebrations`);
    expect(sponsor.status).toBe(403);
  });
});
