import { beforeAll, describe, expect, it } from "vitest";
import type { ImpactView, ProgrammeImpact } from "../../src/contract/programme-impact";
import type { Participant, Programme } from "../../src/contract/programmes";
import { type DemoLogin, seedDemoIfEmpty } from "../../src/server/demo/seed-demo";
import { newAgent } from "../support/factories";
import { useTestApp } from "../support/test-app";

// The demo's programme: Sofia, its sponsor, sees figures for the cohort near its end and honest
// refusals for what rests on fewer than five; Maya, the admin, sees two cohorts of twelve.

describe("the demo programme", () => {
  const t = useTestApp("embedded");
  let logins: DemoLogin[];

  beforeAll(async () => {
    const started = performance.now();
    logins = (await seedDemoIfEmpty(t.current.ctx)) ?? [];
    console.log(`demo seeded in ${Math.round(performance.now() - started)} ms`);
  });

  const signIn = async (email: string) => {
    const login = logins.find((l) => l.email === email);
    if (!login) throw new Error(`no demo login ${email}`);
    const agent = newAgent(t.current);
    const response = await agent.post("/api/auth/sign-in", {
      email: login.email,
      password: login.password,
    });
    expect(response.status).toBe(200);
    return agent;
  };

  it("shows Maya the programme with two cohorts of twelve at different stages", async () => {
    const maya = await signIn("maya.coach@example.com");
    const list = await maya.get("/api/programmes");
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(1);
    const programme: Programme = (await maya.get(`/api/programmes/${list.body[0].id}`)).body;
    expect(programme).toMatchObject({
      organisationName: "Harbour Logistics",
      sessionsPlanned: 6,
      months: 6,
      pulseEveryWeeks: 4,
      participantCount: 24,
    });
    expect(programme.cohorts.map((c) => [c.name, c.participantCount])).toEqual([
      ["Spring cohort", 12],
      ["Autumn cohort", 12],
    ]);
    const participants: Participant[] = (
      await maya.get(`/api/programmes/${programme.id}/participants?limit=100`)
    ).body.items;
    const statuses = participants.map((p) => p.status);
    expect(statuses.filter((s) => s === "joined")).toHaveLength(22);
    expect(statuses.filter((s) => s === "invited")).toHaveLength(2);
    const matches = (await maya.get(`/api/programmes/${programme.id}/matches`)).body.matches;
    const coaches = matches.filter((m: { coach: unknown }) => m.coach);
    expect(coaches).toHaveLength(20);
    const sponsors = (await maya.get(`/api/programmes/${programme.id}/sponsors`)).body;
    expect(sponsors.map((s: { email: string }) => s.email)).toEqual(["sofia.sponsor@example.com"]);
  });

  it("lets Samuel, the programme's second coach, sign in to his half of the leaders", async () => {
    const samuel = await signIn("samuel.coach@example.com");
    const engagements = await samuel.get("/api/engagements?limit=100");
    expect(engagements.status).toBe(200);
    expect(engagements.body.items.length).toBeGreaterThanOrEqual(8);
  });

  it("shows Sofia figures for the earlier cohort and withholds what rests on fewer than five", async () => {
    const sofia = await signIn("sofia.sponsor@example.com");
    const [sponsored] = (await sofia.get("/api/sponsored-programmes")).body;
    const response = await sofia.get(`/api/programmes/${sponsored.id}/impact`);
    expect(response.status).toBe(200);
    const impact: ProgrammeImpact = response.body;
    expect(impact.threshold).toBe(5);
    expect(impact.withheldCohorts).toEqual([]);
    const [spring, autumn] = impact.cohorts;
    const view = (cohortId: string | null) =>
      impact.views.find((v) => v.cohortId === cohortId && v.stage === null) as ImpactView;
    expect(view(spring?.id ?? "")?.figures).toMatchObject({ participants: 12, started: 12 });
    expect(view(autumn?.id ?? "")?.figures).toMatchObject({ participants: 12, started: 10 });
    expect(view(spring?.id ?? "").figures?.goalsAchieved).toBeGreaterThanOrEqual(6);
    expect(view(null).figures?.participants).toBe(24);

    // Six leaders of the spring cohort have a baseline and a repeat 360; none of the autumn's.
    const changeIn = (v: ImpactView) =>
      v.competencies.find((c) => c.competencyId === "developing-others");
    expect(changeIn(view(spring?.id ?? ""))).toMatchObject({ participants: 6, refusal: null });
    expect(changeIn(view(spring?.id ?? ""))?.meanChange).toBeGreaterThan(0);
    expect(changeIn(view(autumn?.id ?? ""))?.meanChange ?? null).toBeNull();
    expect(changeIn(view(autumn?.id ?? ""))?.refusal).not.toBeNull();
    expect(impact.views.some((v) => v.refusal?.code === "too_few")).toBe(true);

    const small = impact.views.find((v) => v.refusal?.code === "too_few") as ImpactView;
    const query = new URLSearchParams({
      ...(small.cohortId ? { cohort: small.cohortId } : {}),
      ...(small.stage ? { stage: small.stage } : {}),
    });
    const asked = await sofia.get(`/api/programmes/${sponsored.id}/impact?${query}`);
    expect(asked.status).toBe(400);
  });

  it("shows Maya this month's report to Sofia in the practice's outbox", async () => {
    const maya = await signIn("maya.coach@example.com");
    const outbox = await maya.get("/api/outbox");
    expect(outbox.status).toBe(200);
    const items: { to: string; subject: string; text: string }[] = outbox.body;
    const reports = items.filter(
      (m) => m.to === "sofia.sponsor@example.com" && m.subject.includes("monthly report"),
    );
    expect(reports).toHaveLength(1);
    expect(reports[0]?.text).toContain("24 people take part");
  });
});
