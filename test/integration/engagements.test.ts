import { beforeAll, describe, expect, it } from "vitest";
import { inviteAndAccept, type Member, openEngagement, signUpCoach } from "../support/factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

describe.each(databaseKinds())("engagements on the %s database", (kind) => {
  const t = useTestApp(kind);
  let coach: Member;
  let client: Member;
  let sponsor: Member;

  beforeAll(async () => {
    coach = await signUpCoach(t.current, "eng");
    client = await inviteAndAccept(t.current, coach, "client");
    sponsor = await inviteAndAccept(t.current, coach, "sponsor");
  });

  it("opens an engagement in assessment, with its history and the coach's next step", async () => {
    const response = await coach.agent.post("/api/engagements", {
      clientId: client.id,
      title: "Executive presence",
      startDate: "2026-12-07",
      sessionsPlanned: 10,
      sponsorId: sponsor.id,
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      title: "Executive presence",
      startDate: "2026-12-07",
      sessionsPlanned: 10,
      sessionsUsed: 0,
      stage: "assessment",
      coach: { id: coach.id },
      client: { id: client.id },
      sponsor: { id: sponsor.id },
      allowedStages: ["planning", "closed"],
    });
    expect(response.body.history).toEqual([
      expect.objectContaining({
        from: null,
        to: "assessment",
        by: { id: coach.id, name: coach.name },
      }),
    ]);
  });

  it("walks through every stage to closed, recording each move", async () => {
    const { id } = await openEngagement(coach, client);
    for (const to of ["planning", "active", "review", "sustaining", "closed"]) {
      const moved = await coach.agent.post(`/api/engagements/${id}/stage`, { to });
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
      expect(moved.body.stage).toBe(to);
    }
    const closed = await coach.agent.get(`/api/engagements/${id}`);
    expect(closed.body.allowedStages).toEqual([]);
    expect(closed.body.history.map((h: { to: string }) => h.to)).toEqual([
      "assessment",
      "planning",
      "active",
      "review",
      "sustaining",
      "closed",
    ]);
  });

  it("refuses a skipped stage with 409 and says where it can go", async () => {
    const { id } = await openEngagement(coach, client);
    const response = await coach.agent.post(`/api/engagements/${id}/stage`, { to: "review" });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe("invalid_transition");
    expect(response.body.error.message).toContain("planning");
    expect((await coach.agent.get(`/api/engagements/${id}`)).body.stage).toBe("assessment");
  });

  it("refuses an unknown stage with 400", async () => {
    const { id } = await openEngagement(coach, client);
    const response = await coach.agent.post(`/api/engagements/${id}/stage`, { to: "finished" });
    expect(response.status).toBe(400);
    expect(response.body.error.fields[0].path).toBe("to");
  });

  it("shows the client their engagement with what comes next for them, and no stage moves", async () => {
    const { id } = await openEngagement(coach, client);
    const seen = await client.agent.get(`/api/engagements/${id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.allowedStages).toEqual([]);
    expect(seen.body.nextStep).toMatch(/your self-reflection/i);
  });

  it("changes the facts of an engagement and can remove its sponsor", async () => {
    const { id } = await openEngagement(coach, client, sponsor);
    const response = await coach.agent.patch(`/api/engagements/${id}`, {
      title: "Renamed engagement",
      sessionsPlanned: 12,
      sponsorId: null,
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      title: "Renamed engagement",
      sessionsPlanned: 12,
      sponsor: null,
    });
    expect((await sponsor.agent.get(`/api/engagements/${id}`)).status).toBe(404);
  });

  it("fails with 400 on bad facts and changes nothing", async () => {
    const { id } = await openEngagement(coach, client);
    const before = (await coach.agent.get(`/api/engagements/${id}`)).body;
    const response = await coach.agent.patch(`/api/engagements/${id}`, {
      title: "x",
      sessionsPlanned: 0,
      startDate: "31/12/2026",
    });
    expect(response.status).toBe(400);
    expect(response.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      "sessionsPlanned",
      "startDate",
      "title",
    ]);
    expect((await coach.agent.get(`/api/engagements/${id}`)).body).toEqual(before);
    expect((await coach.agent.patch(`/api/engagements/${id}`, {})).status).toBe(400);
  });

  it("answers 400 for a malformed id and 404 for an unknown one", async () => {
    expect((await coach.agent.get("/api/engagements/not-a-uuid")).status).toBe(400);
    expect(
      (await coach.agent.get("/api/engagements/00000000-0000-4000-8000-000000000000")).status,
    ).toBe(404);
  });

  it("refuses to open an engagement with someone who is not the coach's client", async () => {
    const response = await coach.agent.post("/api/engagements", {
      clientId: sponsor.id,
      title: "Wrong person",
      startDate: "2026-12-07",
      sessionsPlanned: 3,
    });
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual([
      { path: "clientId", message: "Choose one of your clients" },
    ]);
  });
});
