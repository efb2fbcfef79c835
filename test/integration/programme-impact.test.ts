import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  coachingSession,
  engagement,
  goal,
  membership,
  programmeParticipant,
} from "../../src/server/db/schema";
import { inviteAndAccept, type Member, signUpCoach } from "../support/factories";
import { programmeBody, seedCohorts } from "../support/programme-seed";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// The sponsor's aggregates and the admin's programme health (issue 20, decision 031), over
// participants written straight into the database: cohort A of 6 with a session booked ahead,
// cohort B of 5 and cohort C of 2 with none (each an early warning). Each has a session held and
// a goal achieved; A's and B's 360 "communicating" moved by 0.5 and 0.2.

const TEMPLATE = programmeBody();

type View = { cohortId: string | null; stage: string | null; figures: unknown; refusal: unknown };

describe.each(databaseKinds())("a programme's impact and health on the %s database", (kind) => {
  const t = useTestApp(kind);
  let admin: Member;
  let coach: Member;
  let client: Member;
  let sponsor: Member;
  let otherSponsor: Member;
  let programmeId: string;
  const cohorts: Record<string, string> = {};
  let cohortA: string[] = [];
  const impactUrl = (query = "") => `/api/programmes/${programmeId}/impact${query}`;

  beforeAll(async () => {
    admin = await signUpCoach(t.current, "impact-admin");
    coach = await inviteAndAccept(t.current, admin, "coach", "impact-coach");
    client = await inviteAndAccept(t.current, coach, "client", "impact-client");
    sponsor = await inviteAndAccept(t.current, admin, "sponsor", "impact-sponsor");
    otherSponsor = await inviteAndAccept(t.current, admin, "sponsor", "other-sponsor");
    const programme = await admin.agent.post("/api/programmes", { ...TEMPLATE, name: "Leading" });
    programmeId = programme.body.id;
    const other = await admin.agent.post("/api/programmes", { ...TEMPLATE, name: "Other" });
    await admin.agent.post(`/api/programmes/${other.body.id}/sponsors`, {
      sponsorId: otherSponsor.id,
    });
    const added = await admin.agent.post(`/api/programmes/${programmeId}/sponsors`, {
      sponsorId: sponsor.id,
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    const [own] = await t.current.handle.db
      .select({ practiceId: membership.practiceId })
      .from(membership)
      .where(eq(membership.userId, admin.id));
    const practiceId = own?.practiceId as string;
    const seeded = await seedCohorts(
      t.current,
      admin,
      { practiceId, programmeId, coachId: coach.id, startDate: "2027-03-01" },
      [
        { name: "A", people: 6, booked: true, feedback: { before: 3, after: 3.5 } },
        { name: "B", people: 5, feedback: { before: 3.2, after: 3.4 } },
        { name: "C", people: 2 },
      ],
    );
    for (const [name, { id }] of Object.entries(seeded)) cohorts[name] = id;
    cohortA = seeded.A?.engagements ?? [];
  });

  it("shows each figure only where it rests on at least 5 people, and nobody's own", async () => {
    const read = await sponsor.agent.get(impactUrl());
    expect(read.status, JSON.stringify(read.body)).toBe(200);
    expect(read.body.threshold).toBe(5);
    expect(read.body.withheldCohorts).toEqual([cohorts.C]);
    const view = (cohortId: string | null, stage: string | null = null) =>
      read.body.views.find((v: View) => v.cohortId === cohortId && v.stage === stage);
    expect(view(null).figures).toEqual({
      participants: 11,
      started: 11,
      sessionsHeld: 11,
      goalsAchieved: 11,
    });
    expect(view(null).competencies[0]).toMatchObject({
      competencyId: "direction",
      refusal: { code: "too_few" },
    });
    const communicating = view(null).competencies.find(
      (c: { competencyId: string }) => c.competencyId === "communicating",
    );
    expect(communicating.participants).toBe(11);
    expect(communicating.meanChange).toBeCloseTo(0.36, 2);
    expect(view(cohorts.B as string).figures.participants).toBe(5);
    expect(view(cohorts.C as string)).toMatchObject({
      figures: null,
      refusal: { code: "too_few" },
    });
    expect(view(null, "not_matched").refusal.code).toBe("too_few");
    for (const shown of read.body.views.filter((v: View) => v.figures))
      expect(shown.figures.participants).toBeGreaterThanOrEqual(5);
    expect(JSON.stringify(read.body)).not.toMatch(/Participant|seed\.example/);
    const one = await sponsor.agent.get(impactUrl(`?cohort=${cohorts.A}&stage=in_sessions`));
    expect(one.body.selected.figures.participants).toBe(6);
  });

  it("weighs the figures again once a fact beneath them changes, and not before", async () => {
    const achieved = async () => {
      const read = await sponsor.agent.get(impactUrl());
      const programmeView = read.body.views.find((v: View) => !v.cohortId && !v.stage);
      return programmeView.figures.goalsAchieved as number;
    };
    const before = await achieved();
    expect(await achieved()).toBe(before);
    await t.current.handle.db.delete(goal).where(eq(goal.engagementId, cohortA[1] as string));
    expect(await achieved()).toBe(before - 1);
  });

  it("answers a refused view with a 400 that says why", async () => {
    const small = await sponsor.agent.get(impactUrl(`?cohort=${cohorts.C}`));
    expect(small.status).toBe(400);
    expect(small.body.error.code).toBe("group_too_small");
    expect(small.body.error.message).toContain("at least 5 participants");
    const unknown = await sponsor.agent.get(impactUrl(`?cohort=${randomUUID()}`));
    expect(unknown.body.error.code).toBe("view_not_offered");
    const badStage = await sponsor.agent.get(impactUrl("?stage=somewhere"));
    expect(badStage.status).toBe(400);
    expect(badStage.body.error.code).toBe("invalid_input");
  });

  it("refuses a filter that would isolate one person beside the cohort's figure", async () => {
    await t.current.handle.db
      .update(engagement)
      .set({ stage: "review" })
      .where(eq(engagement.id, cohortA[0] as string));
    const isolating = await admin.agent.get(impactUrl(`?cohort=${cohorts.A}&stage=in_sessions`));
    expect(isolating.status).toBe(400);
    expect(isolating.body.error).toMatchObject({ code: "group_too_small" });
    expect(isolating.body.error.message).toContain("single out");
    await t.current.handle.db
      .update(engagement)
      .set({ stage: "active" })
      .where(eq(engagement.id, cohortA[0] as string));
  });

  it("shows a sponsor only the programmes they sponsor", async () => {
    const listed = await sponsor.agent.get("/api/sponsored-programmes");
    expect(listed.body).toEqual([
      { id: programmeId, name: "Leading", organisationName: "Acme Ltd", cohortCount: 3 },
    ]);
    expect((await otherSponsor.agent.get(impactUrl())).status).toBe(404);
    expect((await coach.agent.get(impactUrl())).status).toBe(403);
    expect((await client.agent.get(impactUrl())).status).toBe(403);
    const notSponsor = await admin.agent.post(`/api/programmes/${programmeId}/sponsors`, {
      sponsorId: coach.id,
    });
    expect(notSponsor.status).toBe(400);
    expect(notSponsor.body.error.fields[0].path).toBe("sponsorId");
  });

  it("counts the engagements at risk for the admin, never with their reasons", async () => {
    const health = await admin.agent.get(`/api/programmes/${programmeId}/health`);
    expect(health.status, JSON.stringify(health.body)).toBe(200);
    expect(health.body.overall).toEqual({
      participants: 13,
      joined: 13,
      engagements: 13,
      sessionsUsed: 19,
      sessionsPlanned: 78,
      atRisk: 7,
    });
    const atRisk = Object.fromEntries(
      health.body.cohorts.map((c: { name: string; atRisk: number }) => [c.name, c.atRisk]),
    );
    expect(atRisk).toEqual({ A: 0, B: 5, C: 2 });
    expect(health.body.coaches).toEqual([
      {
        coachId: coach.id,
        name: coach.name,
        programmeEngagements: 13,
        openEngagements: 13,
        capacity: 10,
      },
    ]);
    expect(JSON.stringify(health.body)).not.toMatch(/No session|booked|days ago|Book the/);
    expect((await sponsor.agent.get(`/api/programmes/${programmeId}/health`)).status).toBe(403);
  });

  it("finds the health again when a session, an engagement's or the practice's thresholds change", async () => {
    const healthOf = async () =>
      (await admin.agent.get(`/api/programmes/${programmeId}/health`)).body;
    const cohortC = await t.current.handle.db
      .select({ id: engagement.id })
      .from(engagement)
      .innerJoin(programmeParticipant, eq(programmeParticipant.engagementId, engagement.id))
      .where(eq(programmeParticipant.cohortId, cohorts.C as string));
    const quiet = { noSessionBooked: { days: 365 } };
    const first = cohortC[0]?.id as string;
    const own = await coach.agent.put(`/api/engagements/${first}/early-warnings`, quiet);
    expect(own.status, JSON.stringify(own.body)).toBe(200);
    expect((await healthOf()).overall.atRisk).toBe(6);
    const startsAt = new Date(Date.now() + 3.5 * 86_400_000);
    const endsAt = new Date(startsAt.getTime() + 3_600_000);
    await t.current.handle.db.insert(coachingSession).values({
      engagementId: cohortC[1]?.id as string,
      coachId: coach.id,
      startsAt,
      endsAt,
      busyUntil: endsAt,
      timeZone: "Europe/London",
      mode: "video",
      icalUid: `${randomUUID()}@keel.test`,
      bookedBy: coach.id,
    });
    const booked = await healthOf();
    expect(booked.overall.sessionsUsed).toBe(20);
    expect(booked.overall.atRisk).toBe(5);
    const practice = await admin.agent.put("/api/practice/early-warnings", quiet);
    expect(practice.status, JSON.stringify(practice.body)).toBe(200);
    expect((await healthOf()).overall.atRisk).toBe(0);
    await admin.agent.put("/api/practice/early-warnings", {});
    await coach.agent.put(`/api/engagements/${first}/early-warnings`, {});
    expect((await healthOf()).overall.atRisk).toBe(6);
  });
});
