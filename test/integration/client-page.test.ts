import { beforeAll, describe, expect, it } from "vitest";
import {
  assignAssessment,
  assignExercise,
  inviteAndAccept,
  type Member,
  openEngagement,
  signUpCoach,
} from "../support/factories";
import { BUILT_IN_MODEL_ID, daysFromToday } from "../support/feedback-factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

interface ClientEngagementRow {
  id: string;
  title: string;
  stage: string;
  startDate: string;
  coachName: string;
  open: { questionnaires: number; exercises: number; feedbackCampaigns: number };
}

describe.each(databaseKinds())("a client's page on the %s database", (kind) => {
  const t = useTestApp(kind);
  let admin: Member;
  let coach: Member;
  let otherCoach: Member;
  let client: Member;
  let sponsor: Member;
  let ownEngagement: { id: string };
  let otherEngagement: { id: string };
  let outsider: Member;
  let outsiderClient: Member;

  beforeAll(async () => {
    admin = await signUpCoach(t.current, "cp-admin");
    coach = await inviteAndAccept(t.current, admin, "coach", "cp-coach");
    otherCoach = await inviteAndAccept(t.current, admin, "coach", "cp-other");
    client = await inviteAndAccept(t.current, coach, "client", "cp-client");
    sponsor = await inviteAndAccept(t.current, coach, "sponsor", "cp-sponsor");
    ownEngagement = await openEngagement(coach, client, undefined, {
      title: "First round",
      startDate: "2026-11-02",
    });
    // The admin coaches the same client in a second engagement.
    otherEngagement = await openEngagement(admin, client, undefined, {
      title: "Second round",
      startDate: "2026-12-07",
    });
    await assignAssessment(coach, ownEngagement.id, "ipip-neo-120");
    const submitted = await assignAssessment(coach, ownEngagement.id, "ipip-bffm-50");
    await client.agent.put(`/api/assessments/${submitted.id}/answers`, { answers: { E1: 4 } });
    await client.agent.post(`/api/assessments/${submitted.id}/submit`);
    await assignExercise(coach, ownEngagement.id, "leadership-wheel");
    const campaign = await coach.agent.post(
      `/api/engagements/${ownEngagement.id}/feedback-campaigns`,
      { modelId: BUILT_IN_MODEL_ID, deadline: daysFromToday(21), timeZone: "Europe/London" },
    );
    expect(campaign.status, JSON.stringify(campaign.body)).toBe(201);
    outsider = await signUpCoach(t.current, "cp-outsider");
    outsiderClient = await inviteAndAccept(t.current, outsider, "client", "cp-outsider-client");
  });

  const pageOf = async (viewer: Member, clientId: string) => {
    const response = await viewer.agent.get(`/api/clients/${clientId}`);
    return response as { status: number; body: Record<string, unknown> };
  };

  it("shows the coach the client and only the engagements they coach, with what is open", async () => {
    const { status, body } = await pageOf(coach, client.id);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({ id: client.id, name: client.name, email: client.email });
    expect(typeof body.joinedAt).toBe("string");
    expect(body.engagements).toEqual([
      {
        id: ownEngagement.id,
        title: "First round",
        stage: "assessment",
        startDate: "2026-11-02",
        coachName: coach.name,
        open: { questionnaires: 1, exercises: 1, feedbackCampaigns: 1 },
      },
    ]);
  });

  it("shows the admin every engagement of the client, newest first", async () => {
    const { status, body } = await pageOf(admin, client.id);
    expect(status, JSON.stringify(body)).toBe(200);
    const engagements = body.engagements as ClientEngagementRow[];
    expect(engagements.map((e) => [e.id, e.coachName])).toEqual([
      [otherEngagement.id, admin.name],
      [ownEngagement.id, coach.name],
    ]);
    expect(engagements[0]?.open).toEqual({ questionnaires: 0, exercises: 0, feedbackCampaigns: 0 });
  });

  it("shows a coach their own client with no engagement yet", async () => {
    const newClient = await inviteAndAccept(t.current, coach, "client", "cp-new");
    const { status, body } = await pageOf(coach, newClient.id);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.engagements).toEqual([]);
    expect((await pageOf(otherCoach, newClient.id)).status).toBe(404);
    expect((await pageOf(otherCoach, client.id)).status).toBe(404);
  });

  it("does not tell of another practice's client, a member who is not a client, or no one", async () => {
    expect((await pageOf(coach, outsiderClient.id)).status).toBe(404);
    expect((await pageOf(admin, outsiderClient.id)).status).toBe(404);
    expect((await pageOf(outsider, client.id)).status).toBe(404);
    expect((await pageOf(admin, sponsor.id)).status).toBe(404);
    expect((await pageOf(admin, otherCoach.id)).status).toBe(404);
    expect((await pageOf(admin, crypto.randomUUID())).status).toBe(404);
  });
});
