import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { sponsorRead } from "../../src/server/db/schema";
import { inviteAndAccept, type Member, openEngagement, signUpCoach } from "../support/factories";
import { downloadAs } from "../support/feedback-answers";
import { daysFromToday } from "../support/feedback-factories";
import { writeGoal } from "../support/goal-factories";
import { pdfText } from "../support/pdf-text";
import { pastSession } from "../support/session-inserts";
import { type TestApp, useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// The final report over a real engagement in review: its content, the final review's
// reflections kept blind until both have shared, the PDF's text, and what the client shares with
// the sponsor: only that reaches the sponsor, and every read of it is logged for the client.

interface Parties {
  coach: Member;
  client: Member;
  sponsor: Member;
  engagement: { id: string };
  goal: { id: string; statement: string };
}

async function inReview(t: TestApp, label: string): Promise<Parties> {
  const coach = await signUpCoach(t, `${label}-coach`);
  const client = await inviteAndAccept(t, coach, "client", `${label}-client`);
  const sponsor = await inviteAndAccept(t, coach, "sponsor", `${label}-sponsor`);
  const engagement = await openEngagement(coach, client, sponsor, {
    startDate: daysFromToday(-40),
  });
  const goal = await writeGoal(client, engagement.id);
  await pastSession(t, { engagement, coach });
  await moveTo(coach, engagement.id, "planning", "active", "review");
  return { coach, client, sponsor, engagement, goal };
}

async function moveTo(coach: Member, id: string, ...stages: string[]) {
  for (const to of stages) {
    const moved = await coach.agent.post(`/api/engagements/${id}/stage`, {
      to,
      reason: "We agreed to move on.",
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
  }
}

const url = (p: Parties, part: string) => `/api/engagements/${p.engagement.id}/${part}`;

async function shareFinal(p: Parties, who: Member, changed: string, words: string) {
  const saved = await who.agent.put(url(p, "reflections/final"), {
    answers: { changed },
    outcomes: [{ goalId: p.goal.id, outcome: who === p.client ? "partly" : "achieved", words }],
  });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  expect((await who.agent.post(url(p, "reflections/final/share"))).status).toBe(200);
}

async function report(member: Member, p: Parties) {
  const response = await member.agent.get(url(p, "final-report"));
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

const sustainItem = {
  id: randomUUID(),
  kind: "habit",
  title: "Ask before telling",
  cue: "When someone brings me a problem",
  check: "Three asked questions a week",
  ifThen: [{ situation: "I am short of time", action: "ask one question anyway" }],
};

describe.each(databaseKinds())("the final report on the %s database", (kind) => {
  const t = useTestApp(kind);

  it("comes only from the review stage on", async () => {
    const coach = await signUpCoach(t.current, "early-coach");
    const client = await inviteAndAccept(t.current, coach, "client", "early-client");
    const engagement = await openEngagement(coach, client);
    const early = await client.agent.get(`/api/engagements/${engagement.id}/final-report`);
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe("report_not_yet");
  });

  it("holds goals, counts and the sustain plan, and the reflections only once both shared", async () => {
    const p = await inReview(t.current, "content");
    const plan = await p.client.agent.put(url(p, "sustain-plan"), { items: [sustainItem] });
    expect(plan.status, JSON.stringify(plan.body)).toBe(200);
    await shareFinal(p, p.coach, "Speaks up first in meetings", "Clearly there");

    const before = await report(p.client, p);
    expect(before).toMatchObject({
      stage: "review",
      glance: { goals: 1, sessionsHeld: 1, sessionsPlanned: 6 },
      reflections: { bothShared: false, client: null, coach: null },
      sustainItems: [{ title: "Ask before telling" }],
    });
    expect(before.goals[0]).toMatchObject({
      id: p.goal.id,
      statement: p.goal.statement,
      outcomes: null,
    });
    expect(JSON.stringify(before)).not.toContain("Speaks up first");
    expect(JSON.stringify(before)).not.toContain("Clearly there");
    const blindPdf = await downloadAs(t.current, p.client, url(p, "final-report.pdf"));
    expect(blindPdf.status).toBe(200);
    expect(pdfText(blindPdf.bytes)).not.toContain("Speaks up first");

    await shareFinal(p, p.client, "I delegate whole projects", "One project a month");
    const after = await report(p.coach, p);
    expect(after.reflections).toMatchObject({
      bothShared: true,
      client: { answers: { changed: "I delegate whole projects" } },
      coach: { answers: { changed: "Speaks up first in meetings" } },
    });
    expect(after.goals[0].outcomes).toEqual({
      client: { outcome: "partly", words: "One project a month" },
      coach: { outcome: "achieved", words: "Clearly there" },
    });

    const pdf = await downloadAs(t.current, p.client, url(p, "final-report.pdf"));
    expect(pdf.status).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expect(pdf.headers["cache-control"]).toBe("no-store");
    const text = pdfText(pdf.bytes).replace(/\s+/g, " ");
    for (const expected of [
      "Final report",
      "Goals and outcomes",
      "Partly achieved: One project a month",
      "Change since the start",
      "No 360 feedback has been released yet.",
      "I delegate whole projects",
      "Speaks up first in meetings",
      "The sustain plan",
      "Ask before telling",
      "If I am short of time, then I will ask one question anyway.",
    ])
      expect(text).toContain(expected);
  });

  it("stays readable to the client after closing", async () => {
    const p = await inReview(t.current, "closed");
    await moveTo(p.coach, p.engagement.id, "closed");
    expect((await report(p.client, p)).stage).toBe("closed");
    expect((await p.client.agent.get(url(p, "final-report.pdf"))).status).toBe(200);
  });

  it("shows the sponsor only what the client shares, and logs each read for the client", async () => {
    const p = await inReview(t.current, "share");
    await shareFinal(p, p.coach, "Calmer", "Clearly there");
    await shareFinal(p, p.client, "Delegates", "One project a month");

    const nothing = await p.sponsor.agent.get(url(p, "shared-report"));
    expect(nothing.status).toBe(200);
    expect(nothing.body).toMatchObject({ summary: null, goals: [] });
    const initial = await p.client.agent.get(url(p, "report-sharing"));
    expect(initial.body).toMatchObject({ editable: true, reads: [], goalStatus: [] });
    expect(initial.body.sponsorName).toBe(p.sponsor.name);

    const byCoach = await p.coach.agent.put(url(p, "report-sharing"), {
      summary: "A calmer leader",
      shareSummary: true,
      goalStatus: [p.goal.id],
      goalOutcome: [],
    });
    expect(byCoach.status).toBe(403);

    const chosen = await p.client.agent.put(url(p, "report-sharing"), {
      summary: "I hand over whole projects now.",
      shareSummary: false,
      goalStatus: [p.goal.id],
      goalOutcome: [],
    });
    expect(chosen.status, JSON.stringify(chosen.body)).toBe(200);

    const titles = await p.sponsor.agent.get(url(p, "shared-report"));
    expect(titles.status).toBe(200);
    expect(titles.body).toEqual({
      engagementTitle: expect.any(String),
      clientName: p.client.name,
      summary: null,
      goals: [
        {
          id: p.goal.id,
          statement: p.goal.statement,
          status: { status: expect.any(String), label: expect.any(String) },
          outcomes: null,
        },
      ],
    });
    const leaked = JSON.stringify(titles.body);
    for (const secret of ["I hand over", "Delegates", "Calmer", "One project", "Clearly there"])
      expect(leaked).not.toContain(secret);

    await p.client.agent.put(url(p, "report-sharing"), {
      summary: "I hand over whole projects now.",
      shareSummary: true,
      goalStatus: [p.goal.id],
      goalOutcome: [p.goal.id],
    });
    const more = await p.sponsor.agent.get(url(p, "shared-report"));
    expect(more.body.summary).toBe("I hand over whole projects now.");
    expect(more.body.goals[0].outcomes).toEqual({ client: "partly", coach: "achieved" });
    expect(JSON.stringify(more.body)).not.toContain("One project");

    // The client's own look at what the sponsor sees is not a sponsor's read.
    expect((await p.client.agent.get(url(p, "shared-report"))).status).toBe(200);
    const log = await p.client.agent.get(url(p, "report-sharing"));
    expect(log.body.reads).toEqual([
      {
        at: expect.any(String),
        sponsorName: p.sponsor.name,
        kinds: ["summary", "goal-status", "goal-outcome"],
        words: "the report's summary, your goal titles and status and your goals' outcomes",
      },
      {
        at: expect.any(String),
        sponsorName: p.sponsor.name,
        kinds: ["goal-status"],
        words: "your goal titles and status",
      },
    ]);
    const coachView = await p.coach.agent.get(url(p, "report-sharing"));
    expect(coachView.body).toMatchObject({ editable: false });
    expect(coachView.body.reads).toHaveLength(2);

    // Narrowed again: nothing reaches the sponsor, and a read of nothing is not logged.
    await p.client.agent.put(url(p, "report-sharing"), {
      summary: "",
      shareSummary: true,
      goalStatus: [],
      goalOutcome: [p.goal.id],
    });
    const none = await p.sponsor.agent.get(url(p, "shared-report"));
    expect(none.body).toMatchObject({ summary: null, goals: [] });
    const rows = await t.current.ctx.db
      .select()
      .from(sponsorRead)
      .where(eq(sponsorRead.engagementId, p.engagement.id));
    expect(rows).toHaveLength(2);
  });

  it("keeps hostile text exactly and refuses what cannot be stored, saving nothing", async () => {
    const p = await inReview(t.current, "hostile");
    const html = `<script>alert("x")</script> ' OR 1=1; -- שלום 👋🏽`;
    const saved = await p.client.agent.put(url(p, "report-sharing"), {
      summary: html,
      shareSummary: true,
      goalStatus: [],
      goalOutcome: [],
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect((await p.sponsor.agent.get(url(p, "shared-report"))).body.summary).toBe(html);
    const pdf = await downloadAs(t.current, p.client, url(p, "final-report.pdf"));
    expect(pdf.status).toBe(200);
    for (const bad of [
      { summary: "a\u0000b", shareSummary: true, goalStatus: [], goalOutcome: [] },
      { summary: "x", shareSummary: "yes", goalStatus: [], goalOutcome: [] },
      { summary: "x", shareSummary: true, goalStatus: ["not-an-id"], goalOutcome: [] },
      { summary: "x", shareSummary: true, goalStatus: [], goalOutcome: [], extra: 1 },
    ]) {
      const refused = await p.client.agent.put(url(p, "report-sharing"), bad);
      expect(refused.status, JSON.stringify(bad)).toBe(400);
    }
    expect((await p.client.agent.get(url(p, "report-sharing"))).body.summary).toBe(html);
    const badId = await p.client.agent.get("/api/engagements/not-an-id/final-report");
    expect(badId.status).toBe(400);
  });

  it("refuses the sponsor of another engagement and goals of another engagement", async () => {
    const p = await inReview(t.current, "mine");
    const q = await inReview(t.current, "theirs");
    const foreign = await q.sponsor.agent.get(url(p, "shared-report"));
    expect(foreign.status).toBe(404);
    const otherGoal = await p.client.agent.put(url(p, "report-sharing"), {
      summary: "",
      shareSummary: false,
      goalStatus: [q.goal.id],
      goalOutcome: [],
    });
    expect(otherGoal.status).toBe(400);
    expect(otherGoal.body.error.fields[0].path).toBe("goalStatus.0");
    const unchanged = await p.client.agent.get(url(p, "report-sharing"));
    expect(unchanged.body.updatedAt).toBeNull();
    const tooLong = await p.client.agent.put(url(p, "report-sharing"), {
      summary: "x".repeat(2000),
      shareSummary: true,
      goalStatus: [],
      goalOutcome: [],
    });
    expect(tooLong.status).toBe(400);
    expect((await p.sponsor.agent.get(url(p, "final-report"))).status).toBe(403);
  });
});
