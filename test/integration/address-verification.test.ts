import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { user } from "../../src/server/db/schema";
import {
  inviteAndAccept,
  newAgent,
  openEngagement,
  signUpCoach,
  signUpUnverifiedCoach,
  uniqueEmail,
} from "../support/factories";
import { collectingCampaign, createCampaign, moveCampaign } from "../support/feedback-factories";
import { startSmtpSink } from "../support/smtp-sink";
import {
  lastMailTo,
  linkIn,
  startTestApp,
  stopTestApp,
  type TestApp,
  testConfig,
  useTestApp,
} from "../support/test-app";
import { databaseKinds } from "../support/test-database";

describe.each(databaseKinds())("confirming a coach's address on the %s database", (kind) => {
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  const t = { current: undefined as unknown as TestApp };

  beforeAll(async () => {
    smtp = await startSmtpSink();
    t.current = await startTestApp(kind, { config: testConfig({ SMTP_URL: smtp.url }) });
  });

  afterAll(async () => {
    await stopTestApp(t.current);
    await smtp?.close();
  });

  const tokenFor = async (email: string) => {
    const mail = await lastMailTo(t.current.ctx, email);
    expect(mail.practiceId).toBeNull();
    return new URL(linkIn(mail.text, "/verify-address")).searchParams.get("token") ?? "";
  };

  it("lets no invitation go out in an unconfirmed coach's name, until the mailed link is followed", async () => {
    const coach = await signUpUnverifiedCoach(t.current, "unconfirmed");
    expect((await coach.agent.get("/api/auth/address")).body).toEqual({
      email: coach.email,
      verified: false,
      required: true,
    });
    const invitee = uniqueEmail("not-yet");
    const refused = await coach.agent.post("/api/invitations", { email: invitee, role: "client" });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("email_not_verified");
    expect(refused.body.error.message).toContain(coach.email);
    await expect(lastMailTo(t.current.ctx, invitee)).rejects.toThrow(/no mail/);

    const token = await tokenFor(coach.email);
    expect((await newAgent(t.current).post("/api/auth/address/verify", { token })).status).toBe(
      204,
    );
    expect((await coach.agent.get("/api/auth/address")).body.verified).toBe(true);
    const sent = await coach.agent.post("/api/invitations", { email: invitee, role: "client" });
    expect(sent.status).toBe(201);
  });

  it("refuses a made-up or altered token with 400", async () => {
    const coach = await signUpUnverifiedCoach(t.current, "forged");
    const token = await tokenFor(coach.email);
    for (const bad of ["not-a-token", `${token.slice(0, -2)}xx`]) {
      const response = await newAgent(t.current).post("/api/auth/address/verify", { token: bad });
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe("invalid_token");
    }
    expect((await coach.agent.get("/api/auth/address")).body.verified).toBe(false);
  });

  it("mails a new link on request, a few times an hour, and not once confirmed", async () => {
    const coach = await signUpUnverifiedCoach(t.current, "resend");
    const first = await tokenFor(coach.email);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push((await coach.agent.post("/api/auth/address/verification-mail")).status);
    }
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
    const latest = await tokenFor(coach.email);
    expect(
      (await newAgent(t.current).post("/api/auth/address/verify", { token: latest })).status,
    ).toBe(204);
    expect(
      (await newAgent(t.current).post("/api/auth/address/verify", { token: first })).status,
    ).toBe(204);
    const again = await coach.agent.post("/api/auth/address/verification-mail");
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("already_verified");
    expect((await newAgent(t.current).post("/api/auth/address/verification-mail")).status).toBe(
      401,
    );
  });

  it("counts an accepted invitation as a confirmed address", async () => {
    const admin = await signUpCoach(t.current, "confirmed-admin");
    const coach = await inviteAndAccept(t.current, admin, "coach", "invited-coach");
    expect((await coach.agent.get("/api/auth/address")).body.verified).toBe(true);
    const sent = await coach.agent.post("/api/invitations", {
      email: uniqueEmail("by-invited"),
      role: "client",
    });
    expect(sent.status).toBe(201);
  });

  it("sends no 360 mail for a coach whose address is not confirmed", async () => {
    const coach = await signUpCoach(t.current, "lapsed");
    const client = await inviteAndAccept(t.current, coach, "client", "lapsed-client");
    const engagement = await openEngagement(coach, client);
    const campaign = await createCampaign(coach, engagement.id);
    await t.current.ctx.db.update(user).set({ emailVerified: false }).where(eq(user.id, coach.id));
    const refused = await coach.agent.post(`/api/feedback-campaigns/${campaign.id}/status`, {
      to: "nominating",
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("email_not_verified");
    await t.current.ctx.db.update(user).set({ emailVerified: true }).where(eq(user.id, coach.id));
    await moveCampaign(coach, campaign.id, "nominating");
  });

  it("has a coach whose address is not confirmed add or approve no late rater, as both send mail", async () => {
    const coach = await signUpCoach(t.current, "lapsed-late");
    const client = await inviteAndAccept(t.current, coach, "client", "lapsed-late-client");
    const engagement = await openEngagement(coach, client);
    const { campaign } = await collectingCampaign(
      t.current,
      { coach, client, engagement },
      { manager: 1, peer: 3, direct_report: 3 },
    );
    const ratersUrl = `/api/feedback-campaigns/${campaign.id}/raters`;
    const late = (label: string) => ({
      name: `Late ${label}`,
      email: uniqueEmail(label),
      group: "peer",
    });
    const byClient = late("by-client");
    const added = await client.agent.post(ratersUrl, byClient);
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    const waiting = added.body.raters.find((r: { email: string }) => r.email === byClient.email);
    const byCoach = late("by-coach");
    await t.current.ctx.db.update(user).set({ emailVerified: false }).where(eq(user.id, coach.id));

    const refusedAdding = await coach.agent.post(ratersUrl, byCoach);
    expect(refusedAdding.status).toBe(403);
    expect(refusedAdding.body.error.code).toBe("email_not_verified");
    const refusedApproving = await coach.agent.post(`/api/feedback-raters/${waiting.id}/approve`);
    expect(refusedApproving.status).toBe(403);
    expect(refusedApproving.body.error.code).toBe("email_not_verified");
    await expect(lastMailTo(t.current.ctx, byClient.email)).rejects.toThrow(/no mail/);
    const seen = (await coach.agent.get(`/api/feedback-campaigns/${campaign.id}`)).body;
    expect(seen.raters.map((r: { email: string }) => r.email)).not.toContain(byCoach.email);
    expect(seen.raters.find((r: { id: string }) => r.id === waiting.id).approval).toBe("waiting");

    await t.current.ctx.db.update(user).set({ emailVerified: true }).where(eq(user.id, coach.id));
    expect((await coach.agent.post(`/api/feedback-raters/${waiting.id}/approve`)).status).toBe(200);
    expect((await lastMailTo(t.current.ctx, byClient.email)).text).toContain("/feedback/");
    expect((await coach.agent.post(ratersUrl, byCoach)).status).toBe(201);
  });
});

describe.each(databaseKinds())("a Keel without SMTP on the %s database", (kind) => {
  const t = useTestApp(kind);

  it("holds a new coach's invitations without asking them to confirm: no mail leaves Keel", async () => {
    const coach = await signUpUnverifiedCoach(t.current, "held");
    expect((await coach.agent.get("/api/auth/address")).body).toEqual({
      email: coach.email,
      verified: false,
      required: false,
    });
    const invitee = uniqueEmail("held-invitee");
    const sent = await coach.agent.post("/api/invitations", { email: invitee, role: "client" });
    expect(sent.status).toBe(201);
    expect((await lastMailTo(t.current.ctx, invitee)).status).toBe("held");
  });
});
