import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { mail } from "../../src/server/db/schema";
import { inviteAndAccept, type Member, openEngagement, signUpCoach } from "../support/factories";
import { createCampaign, moveCampaign } from "../support/feedback-factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

describe.each(databaseKinds())("the practice's outbox on the %s database", (kind) => {
  const t = useTestApp(kind);
  let admin: Member;
  let client: Member;

  beforeAll(async () => {
    admin = await signUpCoach(t.current, "outbox-admin");
    const coach = await inviteAndAccept(t.current, admin, "coach", "outbox-coach");
    client = await inviteAndAccept(t.current, coach, "client", "outbox-client");
    const engagement = await openEngagement(coach, client);
    const campaign = await createCampaign(coach, engagement.id);
    await moveCampaign(coach, campaign.id, "nominating");
  });

  it("shows the admin the practice's invitations", async () => {
    const outbox = (await admin.agent.get("/api/outbox")).body as { to: string; subject: string }[];
    expect(outbox.map((m) => m.to)).toContain(client.email);
    expect(outbox.every((m) => / invited you to .* on Keel$/.test(m.subject))).toBe(true);
  });

  it("tells every member that mail is held, since no mail server is set up", async () => {
    for (const member of [admin, client]) {
      const practice = await member.agent.get("/api/practice");
      expect(practice.body.mailDelivery).toBe("held");
    }
  });

  it("keeps another coach's 360 mail to their client out of the admin's outbox", async () => {
    const sent = await t.current.ctx.db.select().from(mail).where(eq(mail.to, client.email));
    const feedbackMail = sent.find((m) => !m.subject.includes("invited you"));
    if (!feedbackMail) throw new Error("the client got no 360 mail");
    const outbox = (await admin.agent.get("/api/outbox")).body as { id: string }[];
    expect(outbox.map((m) => m.id)).not.toContain(feedbackMail.id);
    expect((await admin.agent.get(`/api/outbox/${feedbackMail.id}`)).status).toBe(404);
  });
});
