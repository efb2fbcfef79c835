import { beforeAll, describe, expect, it } from "vitest";
import type { Goal } from "../../src/contract/goals";
import type { FeedbackReport } from "../../src/domain/feedback/report-types";
import { rawQuery } from "../../src/server/db/database";
import {
  type DemoLogin,
  remainingDemoLogins,
  seedDemoIfEmpty,
} from "../../src/server/demo/seed-demo";
import { runSustainMail } from "../../src/server/sustain/check-in-mail";
import { newAgent } from "../support/factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

describe.each(databaseKinds())("the demo practice on the %s database", (kind) => {
  const t = useTestApp(kind);
  let logins: DemoLogin[];

  beforeAll(async () => {
    logins = (await seedDemoIfEmpty(t.current.ctx)) ?? [];
  });

  const signIn = async (email: string) => {
    const login = logins.find((l) => l.email === email);
    if (!login) throw new Error(`no demo login ${email}`);
    const agent = newAgent(t.current);
    const response = await agent.post("/api/auth/sign-in", {
      email: login.email,
      password: login.password,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return agent;
  };
  const daniel = () => signIn("daniel.client@example.com");
  const maya = () => signIn("maya.coach@example.com");

  async function danielsCampaign() {
    const agent = await daniel();
    const engagements = await agent.get("/api/engagements");
    expect(engagements.status).toBe(200);
    const [engagement] = engagements.body.items;
    const campaigns = await agent.get(`/api/engagements/${engagement.id}/feedback-campaigns`);
    expect(campaigns.status, JSON.stringify(campaigns.body)).toBe(200);
    return { agent, campaigns: campaigns.body };
  }

  it("prints seven logins, and seeds nothing the second time", async () => {
    expect(logins.map((l) => l.email)).toEqual([
      "maya.coach@example.com",
      "daniel.client@example.com",
      "priya.client@example.com",
      "elena.client@example.com",
      "samuel.coach@example.com",
      "grace.sponsor@example.com",
      "sofia.sponsor@example.com",
    ]);
    expect(await seedDemoIfEmpty(t.current.ctx)).toBeNull();
    expect(await remainingDemoLogins(t.current.ctx)).toEqual(logins);
  });

  it("gives Daniel one released 360 feedback with every rater answered", async () => {
    const { campaigns } = await danielsCampaign();
    expect(campaigns).toHaveLength(1);
    const [campaign] = campaigns;
    expect(campaign).toMatchObject({ status: "released", modelName: "Keel leadership model" });
    expect(campaign.selfRated).toBe(true);
    expect(campaign.releasedAt).not.toBeNull();
    expect(Date.parse(campaign.releasedAt)).toBeLessThan(Date.now());
    expect(campaign.counts).toEqual([
      { group: "manager", nominated: 1 },
      { group: "peer", nominated: 4 },
      { group: "direct_report", nominated: 4 },
      { group: "other", nominated: 2 },
    ]);
    expect(campaign.responseCounts.map((c: { responses: number }) => c.responses)).toEqual([
      4, 4, 3,
    ]);
  });

  it("suggests development profile entries from Daniel's released 360", async () => {
    const { agent, campaigns } = await danielsCampaign();
    const profile = await agent.get(
      `/api/engagements/${campaigns[0].engagementId}/development-profile`,
    );
    expect(profile.status, JSON.stringify(profile.body)).toBe(200);
    const from360 = profile.body.proposals.filter(
      (p: { evidence: { type: string; campaignId?: string }[] }) =>
        p.evidence.some((e) => e.type === "feedback" && e.campaignId === campaigns[0].id),
    );
    expect(from360.length).toBeGreaterThan(0);
  });

  it("has a report Daniel and Maya both read at once, with competencies, highlights and comments", async () => {
    const { agent, campaigns } = await danielsCampaign();
    const url = `/api/feedback-campaigns/${campaigns[0].id}/report`;
    const read = await agent.get(url);
    expect(read.status, JSON.stringify(read.body)).toBe(200);
    const report: FeedbackReport = read.body;
    expect(report.responses).toBe(11);
    expect(report.withheldResponses).toBe(0);
    expect(report.selfRated).toBe(true);
    expect(report.competencies).toHaveLength(9);
    expect(report.competencies.every((c) => c.others !== null)).toBe(true);
    expect(report.items).toHaveLength(45);
    const competencyOf = (h: { competencyId: string }) => h.competencyId;
    expect(report.strengths.map(competencyOf)).toEqual(
      expect.arrayContaining(["results", "direction"]),
    );
    expect(report.developmentAreas.map(competencyOf)).toEqual(
      expect.arrayContaining(["developing-others", "communicating"]),
    );
    expect(report.blindSpots.length).toBeGreaterThan(0);
    expect(report.hiddenStrengths.map(competencyOf)).toContain("collaborating");
    expect(report.items.some((item) => (item.others?.notObserved ?? 0) > 0)).toBe(true);
    expect(report.items.filter((item) => item.split).length).toBeGreaterThan(0);
    const comments = report.comments.flatMap((section) => section.comments);
    expect(report.comments.map((section) => section.questionId)).toEqual([
      "start",
      "stop",
      "continue",
    ]);
    expect(report.comments.every((section) => section.comments.length > 0)).toBe(true);
    expect(comments.length).toBeGreaterThanOrEqual(11);

    const asCoach = await (await maya()).get(url);
    expect(asCoach.status, JSON.stringify(asCoach.body)).toBe(200);
    expect(asCoach.body).toEqual(read.body);
  });

  it("shows Daniel's engagement in active sessions, with two goals from his development profile", async () => {
    const agent = await daniel();
    const [engagement] = (await agent.get("/api/engagements")).body.items;
    expect(engagement.stage).toBe("active");
    const profile = await agent.get(`/api/engagements/${engagement.id}/development-profile`);
    const entryIds = profile.body.entries.map((e: { id: string }) => e.id);
    expect(profile.body.entries).toHaveLength(2);

    const list = await agent.get(`/api/engagements/${engagement.id}/goals`);
    expect(list.status, JSON.stringify(list.body)).toBe(200);
    const goals: Goal[] = list.body.goals;
    expect(goals.map((g) => g.status.label)).toEqual(["On track", "At risk"]);
    for (const goal of goals) {
      expect(goal.developmentEntryIds).toHaveLength(1);
      expect(entryIds).toContain(goal.developmentEntryIds[0]);
      expect(goal.behaviourLinks.length).toBeGreaterThan(0);
      expect(goal.measurements.length).toBe(7);
      expect(goal.milestones.map((m) => m.doneAt !== null)).toEqual([true, false]);
      expect(goal.guidance.filter((g) => g.severity === "invalid")).toEqual([]);
    }
    expect(goals.map((g) => g.behaviourLinks[0]?.competencyId)).toEqual([
      "developing-others",
      "communicating",
    ]);
    expect(goals.map((g) => g.planVersion)).toEqual([2, 1]);
  });

  it("has a delegating plan with obstacles as if-then plans, in two versions with a reason", async () => {
    const agent = await maya();
    const engagement = (await agent.get("/api/engagements")).body.items.find(
      (e: { client: { name: string } }) => e.client.name === "Daniel Reyes",
    );
    const [delegating] = (await agent.get(`/api/engagements/${engagement.id}/goals`)).body.goals;
    const plan = await agent.get(`/api/goals/${delegating.id}/plan`);
    expect(plan.status, JSON.stringify(plan.body)).toBe(200);
    expect(plan.body.plan.obstacles).toHaveLength(2);
    expect(
      plan.body.plan.exercises.map((e: { schedule: { kind: string } }) => e.schedule.kind),
    ).toContain("cadence");
    expect(plan.body.plan.resources.length).toBeGreaterThan(0);
    const versions = (await agent.get(`/api/goals/${delegating.id}/plan/versions`)).body;
    expect(versions.map((v: { version: number }) => v.version).sort()).toEqual([1, 2]);
    const second = versions.find((v: { version: number }) => v.version === 2);
    expect(second.changedBy.name).toBe("Daniel Reyes");
    expect(second.reason).toMatch(/first step/);
    const compared = await agent.get(`/api/goals/${delegating.id}/plan/compare?from=1&to=2`);
    const changes = compared.body.sections.flatMap((s: { rows: { change: string }[] }) =>
      s.rows.map((r) => r.change),
    );
    expect(changes).toEqual(expect.arrayContaining(["added", "changed"]));
  });

  it("gives Daniel four video sessions held, one ahead and a series ahead, on Maya's London hours", async () => {
    const agent = await daniel();
    const [engagement] = (await agent.get("/api/engagements")).body.items;
    const list = await agent.get(`/api/engagements/${engagement.id}/sessions`);
    expect(list.status, JSON.stringify(list.body)).toBe(200);
    expect(list.body.meetingLink).toBe("https://meet.example.com/daniel-maya");
    expect(list.body.allowance).toEqual({ planned: 10, used: 9, left: 1 });
    expect(list.body.sessions.map((s: { when: string }) => s.when)).toEqual([
      ...Array(4).fill("past"),
      ...Array(5).fill("upcoming"),
    ]);
    // Every second Tuesday at 08:30 London time, from about three weeks ahead.
    const series = list.body.sessions.filter((s: { seriesId: string | null }) => s.seriesId);
    expect(series).toHaveLength(4);
    const london = (at: string) =>
      new Intl.DateTimeFormat("en-GB", {
        timeZone: "Europe/London",
        weekday: "short",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
      }).format(new Date(at));
    expect(series.map((s: { startsAt: string }) => london(s.startsAt))).toEqual(
      Array(4).fill("Tue 08:30"),
    );
    const days = series.map((s: { startsAt: string }) => Date.parse(s.startsAt) / 86_400_000);
    for (let i = 1; i < days.length; i += 1) expect(Math.round(days[i] - days[i - 1])).toBe(14);
    for (const session of list.body.sessions)
      expect(session).toMatchObject({
        mode: "video",
        place: "https://meet.example.com/daniel-maya",
        timeZone: "Europe/London",
      });
    const hours = (await (await maya()).get("/api/me/availability")).body;
    expect(hours).toMatchObject({ saved: true, timeZone: "Europe/London" });
    expect(hours.weekly).toContainEqual({ weekday: 5, start: "09:00", end: "12:00" });
  });

  it("gives Daniel's past sessions notes and reflections, Maya's private note hers alone", async () => {
    const agent = await daniel();
    const [engagement] = (await agent.get("/api/engagements")).body.items;
    const list = await agent.get(`/api/engagements/${engagement.id}/sessions`);
    // The last two held have their notes; the first two left their commitments only.
    const past = list.body.sessions.filter((s: { when: string }) => s.when === "past").slice(2);
    const pages = await Promise.all(
      past.map(async (s: { id: string }) => (await agent.get(`/api/sessions/${s.id}`)).body),
    );
    expect(pages.map((page) => page.reflection.rating)).toEqual([8, 9]);
    for (const page of pages) {
      expect(page.agenda.length).toBeGreaterThan(0);
      expect(page.preparation.question).not.toBe("");
      expect(page.feedback.html).toContain("<strong>");
      expect(page.shared.body).not.toBe("");
      expect(page.privateNote.body).toBe("");
      expect(page.themes.session.length).toBeGreaterThan(0);
      expect(page.themes.reflection.length).toBeGreaterThan(0);
      expect(page.commitments.length).toBeGreaterThan(0);
    }
    const mayas = await maya();
    const mine = (await mayas.get(`/api/sessions/${past[0].id}`)).body;
    expect(mine.privateNote.body).not.toBe("");
    expect(JSON.stringify(pages)).not.toContain(mine.privateNote.body.slice(0, 40));
  });

  it("gives Daniel commitments marked in every way, one added between sessions, and a thread", async () => {
    const agent = await daniel();
    const [engagement] = (await agent.get("/api/engagements")).body.items;
    const list = await agent.get(`/api/engagements/${engagement.id}/commitments?who=all`);
    expect(list.status, JSON.stringify(list.body)).toBe(200);
    const all = [...list.body.open, ...list.body.marked];
    const statuses = new Set(all.map((c: { status: string }) => c.status));
    expect([...statuses].sort()).toEqual(["done", "not_done", "open", "partly_done"]);
    const added = all.filter((c: { sessionId: string | null }) => c.sessionId === null);
    expect(added.length).toBeGreaterThan(0);
    expect(list.body.open[0]).toMatchObject({ overdue: true, goal: expect.any(Object) });
    const threads = all.filter((c: { comments: unknown[] }) => c.comments.length > 0);
    expect(threads.length).toBe(1);
  });

  it("shows Daniel the patterns of his sessions: key phrases, ratings, themes", async () => {
    const agent = await daniel();
    const [engagement] = (await agent.get("/api/engagements")).body.items;
    const patterns = await agent.get(`/api/engagements/${engagement.id}/patterns`);
    expect(patterns.status).toBe(200);
    expect(patterns.body.keyPhrases.length).toBeGreaterThan(0);
    for (const phrase of patterns.body.keyPhrases) expect(phrase.seenIn).toHaveLength(2);
    expect(patterns.body.ratings.points.map((p: { rating: number }) => p.rating)).toEqual([8, 9]);
    const timeline = await agent.get(`/api/engagements/${engagement.id}/timeline`);
    expect(timeline.body.events.some((e: { kind: string }) => e.kind === "session")).toBe(true);
  });

  it("shows Daniel and Maya nine weeks of Daniel's check-ins, one missed, his measurements among them", async () => {
    const agent = await maya();
    const engagements = (await agent.get("/api/engagements")).body.items;
    const engagement = engagements.find((e: { client: { name: string } }) =>
      e.client.name.startsWith("Daniel"),
    );
    const history = await agent.get(`/api/engagements/${engagement.id}/check-ins`);
    expect(history.status).toBe(200);
    expect(history.body.items).toHaveLength(8);
    expect(history.body.items.slice(0, 3).map((c: { energy: number }) => c.energy)).toEqual([
      2, 3, 4,
    ]);
    const values = history.body.items.flatMap((c: { goals: { value: number | null }[] }) =>
      c.goals.map((g) => g.value),
    );
    expect(values.some((v: number | null) => v !== null)).toBe(true);
    const schedule = await (await daniel()).get(
      `/api/engagements/${engagement.id}/check-in-schedule`,
    );
    expect(schedule.body).toMatchObject({ weekday: 1, hour: 8, enabled: true, saved: true });
  });

  it("puts Priya then Daniel on Maya's list of clients who need her, with the reasons and what to do", async () => {
    const agent = await maya();
    const response = await agent.get("/api/coach/clients-at-risk");
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const [first, second] = response.body.clients;
    expect(first.client.name).toBe("Priya Shah");
    expect(first.warnings.map((w: { rule: string }) => w.rule)).toEqual(
      expect.arrayContaining(["missed_check_ins", "no_session_booked", "overdue_commitments"]),
    );
    expect(first.warnings[0]).toMatchObject({ rule: "missed_check_ins", severity: "act" });
    expect(second.client.name).toBe("Daniel Reyes");
    const names = response.body.clients.map((c: { client: { name: string } }) => c.client.name);
    expect(names).not.toContain("Elena Marsh");
    const falling = second.warnings.find((w: { rule: string }) => w.rule === "falling_confidence");
    expect(falling).toMatchObject({
      severity: "watch",
      reason: expect.stringMatching(/^Confidence in “.+” fell from 6 to 4 over 3 check-ins$/),
      action: expect.any(String),
    });
  });

  it("shows Daniel two pulse rounds from five stakeholders, the trend per behaviour", async () => {
    const agent = await daniel();
    const [engagement] = (await agent.get("/api/engagements")).body.items;
    const pulses = await agent.get(`/api/engagements/${engagement.id}/pulses`);
    expect(pulses.status, JSON.stringify(pulses.body)).toBe(200);
    expect(pulses.body.stakeholders).toHaveLength(5);
    expect(pulses.body.stakeholders.every((s: { state: string }) => s.state === "approved")).toBe(
      true,
    );
    expect(pulses.body.settings).toMatchObject({ enabled: true, everyWeeks: 4 });
    expect(Date.parse(pulses.body.settings.nextRoundAt)).toBeGreaterThan(Date.now());
    const { trend } = pulses.body;
    expect(
      trend.rounds.map((r: { shown: boolean; responses: number }) => [r.shown, r.responses]),
    ).toEqual([
      [true, 4],
      [true, 4],
    ]);
    const means = Object.fromEntries(
      trend.behaviours.map((b: { id: string; points: { mean: number | null }[] }) => [
        b.id,
        b.points.map((p) => p.mean),
      ]),
    );
    expect(means).toEqual({
      "hands-over": [2.5, 3.5],
      "asks-first": [2.33, 2.75].map((m) => expect.closeTo(m, 2)),
      "lets-finish": [1.75, expect.closeTo(2.33, 2)],
    });
    expect(trend.rounds[1].feedforward).toHaveLength(3);
  });

  async function elenasEngagement() {
    const agent = await signIn("elena.client@example.com");
    const engagements = await agent.get("/api/engagements");
    expect(engagements.status).toBe(200);
    expect(engagements.body.items).toHaveLength(1);
    return { agent, engagement: engagements.body.items[0] };
  }

  it("shows Elena's engagement finished and closed, each stage change dated", async () => {
    const { agent, engagement } = await elenasEngagement();
    expect(engagement).toMatchObject({ stage: "closed", coach: { name: "Maya Okafor" } });
    const moves = await rawQuery<{ from_stage: string | null; to_stage: string; ago: number }>(
      t.current.handle,
      `select from_stage, to_stage, extract(day from now() - changed_at)::int as ago
         from engagement_stage_change where engagement_id = $1 order by changed_at`,
      [engagement.id],
    );
    expect(moves.map((m) => m.to_stage)).toEqual([
      "assessment",
      "planning",
      "active",
      "review",
      "sustaining",
      "closed",
    ]);
    expect(moves[0]?.ago).toBeGreaterThan(280);
    const sustaining = moves.find((m) => m.to_stage === "sustaining");
    expect(sustaining?.ago).toBeGreaterThanOrEqual(100);
    expect(sustaining?.ago).toBeLessThan(120);
    const goals = await agent.get(`/api/engagements/${engagement.id}/goals`);
    expect(goals.status, JSON.stringify(goals.body)).toBe(200);
    expect(goals.body.goals.map((g: Goal) => g.state)).toEqual(["achieved", "open"]);
    const held = await rawQuery<{ n: number }>(
      t.current.handle,
      "select count(*)::int as n from coaching_session where engagement_id = $1 and ends_at < now()",
      [engagement.id],
    );
    expect(held[0]?.n).toBe(8);
    const campaigns = await agent.get(`/api/engagements/${engagement.id}/feedback-campaigns`);
    expect(campaigns.status, JSON.stringify(campaigns.body)).toBe(200);
    // The baseline and its repeat before the final review, both released, eight answers each.
    expect(campaigns.body).toHaveLength(2);
    for (const campaign of campaigns.body) {
      expect(campaign.status).toBe("released");
      const responses = campaign.responseCounts.map((c: { responses: number }) => c.responses);
      expect(responses.reduce((sum: number, n: number) => sum + n, 0)).toBe(8);
    }
    const history = await agent.get(`/api/engagements/${engagement.id}/check-ins`);
    expect(history.status).toBe(200);
    expect(history.body.items).toHaveLength(18);
    const measured = history.body.items.flatMap((c: { goals: { value: number | null }[] }) =>
      c.goals.filter((g) => g.value !== null),
    );
    expect(measured.length).toBeGreaterThan(0);
  });

  it("shows Elena and Maya each other's final review, both shared", async () => {
    const { agent, engagement } = await elenasEngagement();
    for (const viewer of [agent, await maya()]) {
      const response = await viewer.get(`/api/engagements/${engagement.id}/reflections`);
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      const final = response.body.points.find((p: { key: string }) => p.key === "final");
      expect(final.mine.sharedAt).not.toBeNull();
      expect(final.otherShared).toBe(true);
      expect(final.other.answers.outcomes.map((o: { outcome: string }) => o.outcome)).toEqual([
        "achieved",
        "partly",
      ]);
    }
  });

  it("gives Elena a sustain plan whose 90 days' check-in was missed: a slip, nudged, Maya told", async () => {
    const { agent, engagement } = await elenasEngagement();
    const response = await agent.get(`/api/engagements/${engagement.id}/sustain-plan`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const plan = response.body;
    expect(plan.items.map((i: { kind: string }) => i.kind)).toEqual(["habit", "mindset", "skill"]);
    for (const item of plan.items) {
      expect(item.cue).not.toBe("");
      expect(item.check).not.toBe("");
      expect(item.ifThen.length).toBeGreaterThan(0);
    }
    expect(plan).toMatchObject({ quarterly: true, tellCoach: true, editable: false });
    expect(plan.checkIns.map((c: { status: string }) => c.status)).toEqual([
      "missed",
      "answered",
      "answered",
    ]);
    expect(plan.slips).toEqual([
      expect.objectContaining({ itemId: plan.items[0].id, since: plan.checkIns[1].due }),
    ]);
    expect(plan.nextCheckIn).not.toBeNull();
    const nudges = await rawQuery<{ coach_told: boolean; due: string }>(
      t.current.handle,
      "select coach_told, due::text as due from sustain_nudge where engagement_id = $1",
      [engagement.id],
    );
    expect(nudges).toEqual([{ coach_told: true, due: plan.checkIns[0].due }]);
    // The hourly job finds nothing left to mail or nudge: the slip was nudged once.
    expect(await runSustainMail(t.current.ctx, new Date())).toEqual({
      mailed: 0,
      skipped: 0,
      nudged: 0,
    });
  });

  it("shows Elena the change since the start: one reliable change and one that is not", async () => {
    const { agent, engagement } = await elenasEngagement();
    const report = await agent.get(`/api/engagements/${engagement.id}/change-report`);
    expect(report.status, JSON.stringify(report.body)).toBe(200);
    type Row = { id: string; change: { verdict: string } | null };
    const verdictsOf = (rows: Row[]) => rows.map((row) => row.change?.verdict ?? null);
    const feedback = report.body.feedback.competencies.flatMap((c: { rows: Row[] }) => c.rows);
    expect(report.body.feedback.sameRaters).toBe(true);
    expect(verdictsOf(feedback)).toContain("reliably_higher");
    expect(verdictsOf(feedback)).toContain("no_reliable_change");
    const [ipip] = report.body.personality;
    const byScale = Object.fromEntries(
      ipip.scales.map((row: Row) => [row.id, row.change?.verdict ?? null]),
    );
    expect(byScale).toMatchObject({
      extraversion: "reliably_higher",
      agreeableness: "no_reliable_change",
      conscientiousness: "no_reliable_change",
    });
  });

  it("keeps Elena's engagement from Daniel", async () => {
    const { engagement } = await elenasEngagement();
    const agent = await daniel();
    for (const path of ["", "/reflections", "/sustain-plan", "/goals"]) {
      const response = await agent.get(`/api/engagements/${engagement.id}${path}`);
      expect(response.status, path).toBe(404);
    }
  });

  it("leaves no sealed answers behind, and no answer rows tied to a rater", async () => {
    const sealed = await rawQuery<{ n: number }>(
      t.current.handle,
      "select count(*)::int as n from feedback_rater where sealed_answers is not null",
    );
    expect(sealed[0]?.n).toBe(0);
    const responses = await rawQuery<{ n: number }>(
      t.current.handle,
      "select count(*)::int as n from feedback_response",
    );
    // Daniel's eleven raters, Elena's eight twice, and six raters twice for six programme leaders.
    expect(responses[0]?.n).toBe(27 + 72);
  });
});
