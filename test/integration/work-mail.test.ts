import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { mail } from "../../src/server/db/schema";
import { announceWorkJob } from "../../src/server/engagements/work-announcement";
import {
  assignAssessment,
  assignExercise,
  inviteAndAccept,
  type Member,
  openEngagement,
  signUpCoach,
} from "../support/factories";
import { createCampaign, daysFromToday, moveCampaign } from "../support/feedback-factories";
import { linkIn, type TestApp, testConfig, useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

const mailsTo = async (t: TestApp, to: string) =>
  (await t.ctx.db.select().from(mail).where(eq(mail.to, to))).sort(
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime(),
  );

/** Runs the announcement job now, as the queue would once its delay has passed. */
const runJob = (t: TestApp, engagementId: string) =>
  announceWorkJob({ db: t.ctx.db, mailer: t.ctx.mailer, config: t.ctx.config })({ engagementId });

const setTopic = (member: Member, id: string, enabled: boolean) =>
  member.agent.put("/api/me/mail-preferences", { topics: [{ id, enabled }] });

describe.each(databaseKinds())("mail about a client's work on the %s database", (kind) => {
  // The job's delay is the default here: the queue never runs it during a test, the tests do.
  const t = useTestApp(kind);
  let coach: Member;

  beforeAll(async () => {
    coach = await signUpCoach(t.current, "work-mail");
  });

  async function newClient() {
    const client = await inviteAndAccept(t.current, coach, "client");
    const engagementId = (await openEngagement(coach, client)).id;
    return { client, engagementId };
  }

  it("announces work assigned together in one mail, each with a link that opens it", async () => {
    const { client, engagementId } = await newClient();
    const before = (await mailsTo(t.current, client.email)).length;
    const exercise = await assignExercise(coach, engagementId, "leadership-wheel");
    const due = daysFromToday(10);
    const questionnaire = await coach.agent.post(`/api/engagements/${engagementId}/assessments`, {
      instrumentId: "ipip-bffm-50",
      dueDate: due,
    });
    expect(questionnaire.status).toBe(201);
    await runJob(t.current, engagementId);

    const mails = (await mailsTo(t.current, client.email)).slice(before);
    expect(mails).toHaveLength(1);
    const [sent] = mails;
    expect(sent?.subject).toBe(`${coach.name} gave you two things to fill in`);
    expect(sent?.inOutbox).toBe(false);
    expect(sent?.text).toContain("Leadership wheel (exercise)");
    const spokenDue = new Date(`${due}T00:00:00Z`).toLocaleDateString("en-GB", {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
    expect(sent?.text).toContain(spokenDue);
    expect(sent?.text).not.toContain(due);

    const exerciseLink = new URL(linkIn(sent?.text ?? "", "/exercises/"));
    expect(exerciseLink.pathname).toBe(`/exercises/${exercise.id}`);
    expect((await client.agent.get(`/api${exerciseLink.pathname}`)).status).toBe(200);
    const questionnaireLink = new URL(linkIn(sent?.text ?? "", "/assessments/"));
    expect(questionnaireLink.pathname).toBe(`/assessments/${questionnaire.body.id}`);
    expect((await client.agent.get(`/api${questionnaireLink.pathname}`)).status).toBe(200);

    // A second job, or a duplicate of this one, finds everything announced already.
    await runJob(t.current, engagementId);
    await runJob(t.current, engagementId);
    expect((await mailsTo(t.current, client.email)).slice(before)).toHaveLength(1);
  });

  it("leaves out work withdrawn before the job ran", async () => {
    const { client, engagementId } = await newClient();
    const before = (await mailsTo(t.current, client.email)).length;
    const kept = await assignExercise(coach, engagementId, "best-self");
    const withdrawn = await assignExercise(coach, engagementId, "values-ranking");
    expect((await coach.agent.post(`/api/exercises/${withdrawn.id}/withdraw`)).status).toBe(200);
    await runJob(t.current, engagementId);

    const [sent, ...more] = (await mailsTo(t.current, client.email)).slice(before);
    expect(more).toHaveLength(0);
    expect(sent?.text).toContain(`/exercises/${kept.id}`);
    expect(sent?.text).not.toContain(withdrawn.id);
    expect(sent?.subject).toContain("an exercise");
  });

  it("sends nothing to a client who turned the mail off, and keeps nothing back for later", async () => {
    const { client, engagementId } = await newClient();
    const before = (await mailsTo(t.current, client.email)).length;
    expect((await setTopic(client, "work_assigned", false)).status).toBe(200);
    const quiet = await assignAssessment(coach, engagementId, "ipip-bffm-50");
    await runJob(t.current, engagementId);
    expect((await mailsTo(t.current, client.email)).slice(before)).toHaveLength(0);

    expect((await setTopic(client, "work_assigned", true)).status).toBe(200);
    const later = await assignExercise(coach, engagementId, "best-self");
    await runJob(t.current, engagementId);
    const [sent, ...more] = (await mailsTo(t.current, client.email)).slice(before);
    expect(more).toHaveLength(0);
    expect(sent?.text).toContain(later.id);
    expect(sent?.text).not.toContain(quiet.id);
  });

  it("says in the 360's opening mail that the self-rating is open, with its link", async () => {
    const { client, engagementId } = await newClient();
    const campaign = await createCampaign(coach, engagementId);
    await moveCampaign(coach, campaign.id, "nominating");
    const [sent] = (await mailsTo(t.current, client.email)).slice(-1);
    expect(sent?.text).toContain("rate yourself");
    const selfRating = new URL(sent?.text.match(/https?:\/\/\S+\/self-rating\b/)?.[0] ?? "");
    expect(selfRating.pathname).toBe(`/feedback-campaigns/${campaign.id}/self-rating`);
    expect((await client.agent.get(`/api${selfRating.pathname}`)).status).toBe(200);
  });

  it("sends no 360 updates to a client who turned them off", async () => {
    const { client, engagementId } = await newClient();
    expect((await setTopic(client, "feedback_updates", false)).status).toBe(200);
    const before = (await mailsTo(t.current, client.email)).length;
    const campaign = await createCampaign(coach, engagementId);
    await moveCampaign(coach, campaign.id, "nominating");
    expect((await mailsTo(t.current, client.email)).slice(before)).toHaveLength(0);
  });

  describe("each person's choice of mail", () => {
    it("offers each role its own topics, on by default", async () => {
      const { client } = await newClient();
      const asClient = await client.agent.get("/api/me/mail-preferences");
      expect(asClient.status).toBe(200);
      expect(asClient.body.topics.map((topic: { id: string }) => topic.id)).toEqual([
        "work_assigned",
        "feedback_updates",
        "session_reminders",
        "session_preparation",
        "check_ins",
        "commitment_reminders",
        "pulse_updates",
        "sustain_check_ins",
      ]);
      expect(asClient.body.topics.every((topic: { enabled: boolean }) => topic.enabled)).toBe(true);
      expect(asClient.body.alwaysSent).toContain("Invitations");
      const asCoach = await coach.agent.get("/api/me/mail-preferences");
      expect(asCoach.body.topics.map((topic: { id: string }) => topic.id)).toEqual([
        "feedback_updates",
        "session_reminders",
        "commitment_reminders",
        "pulse_updates",
        "sustain_check_ins",
        "coach_digest",
        "reply_moderation",
      ]);
      const sponsor = await inviteAndAccept(t.current, coach, "sponsor");
      const asSponsor = await sponsor.agent.get("/api/me/mail-preferences");
      expect(asSponsor.body.topics).toEqual([
        expect.objectContaining({ id: "sponsor_report", enabled: true, digestible: false }),
      ]);
    });

    it("keeps a choice, the last of a topic named twice", async () => {
      const { client } = await newClient();
      const saved = await client.agent.put("/api/me/mail-preferences", {
        topics: [
          { id: "feedback_updates", enabled: true },
          { id: "feedback_updates", enabled: false },
        ],
      });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      const read = await client.agent.get("/api/me/mail-preferences");
      expect(read.body.topics).toContainEqual(
        expect.objectContaining({ id: "feedback_updates", enabled: false }),
      );
      expect(read.body.topics).toContainEqual(
        expect.objectContaining({ id: "work_assigned", enabled: true }),
      );
    });

    it.each([
      ["an unknown topic", { topics: [{ id: "everything", enabled: false }] }],
      ["a topic that is not the person's", { topics: [{ id: "work_assigned", enabled: false }] }],
      ["a choice that is not a yes or no", { topics: [{ id: "feedback_updates", enabled: "no" }] }],
      ["no topic at all", { topics: [] }],
      ["too many topics", { topics: Array(50).fill({ id: "feedback_updates", enabled: true }) }],
      ["a list that is not a list", { topics: "feedback_updates" }],
      ["hostile text", { topics: [{ id: "<script>\u0000", enabled: true }] }],
      ["neither a delivery nor on or off", { topics: [{ id: "feedback_updates" }] }],
      ["an unknown delivery", { topics: [{ id: "feedback_updates", delivery: "monthly" }] }],
      [
        "a digest of mail tied to its time",
        { topics: [{ id: "session_reminders", delivery: "digest" }] },
      ],
    ])("refuses %s with a 400", async (_, body) => {
      const response = await coach.agent.put("/api/me/mail-preferences", body);
      expect(response.status, JSON.stringify(response.body)).toBe(400);
    });
  });
});

describe.each(databaseKinds())("the announcement queue on the %s database", (kind) => {
  const t = useTestApp(kind, { config: testConfig({ KEEL_WORK_MAIL_DELAY_SECONDS: "1" }) });

  it("mails the client shortly after the coach assigns, through the job queue", async () => {
    const coach = await signUpCoach(t.current, "work-queue");
    const client = await inviteAndAccept(t.current, coach, "client");
    const engagementId = (await openEngagement(coach, client)).id;
    const assigned = await assignExercise(coach, engagementId, "best-self");
    await expect
      .poll(async () => (await mailsTo(t.current, client.email)).at(-1)?.text ?? "", {
        timeout: 15_000,
        interval: 250,
      })
      .toContain(`/exercises/${assigned.id}`);
  });
});
