import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mail } from "../../src/server/db/schema";
import { invite, newAgent, signUpCoach } from "../support/factories";
import { startSmtpSink, waitFor } from "../support/smtp-sink";
import {
  lastMailTo,
  startTestApp,
  stopTestApp,
  type TestApp,
  testConfig,
} from "../support/test-app";
import { databaseKinds } from "../support/test-database";

describe.each(databaseKinds())("mail over SMTP on the %s database", (kind) => {
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let t: TestApp;

  beforeAll(async () => {
    smtp = await startSmtpSink({ failFirst: 1 });
    t = await startTestApp(kind, {
      config: testConfig({ SMTP_URL: smtp.url, MAIL_FROM: "Keel <keel@example.com>" }),
    });
  });

  afterAll(async () => {
    await stopTestApp(t);
    await smtp?.close();
  });

  it("delivers an invitation through the job queue, retrying a refused attempt, and marks it sent", async () => {
    const coach = await signUpCoach(t, "smtp");
    const invitation = await invite(t, coach, "client", "smtp-client");
    const delivered = await waitFor(
      () => smtp.received.find((m) => m.to.includes(invitation.email)),
      "SMTP delivery",
      40_000,
    );
    expect(delivered.from).toBe("keel@example.com");
    expect(delivered.raw.replace(/=\r\n/g, "")).toContain(`/invitations/${invitation.token}`);
    const recorded = await waitFor(async () => {
      const mail = await lastMailTo(t.ctx, invitation.email);
      return mail.status === "sent" ? mail : undefined;
    }, "the mail to be marked sent");
    expect(recorded.sentAt).not.toBeNull();
    expect(smtp.received.filter((m) => m.to.includes(invitation.email))).toHaveLength(1);
  });

  it("queues a mail sent inside a transaction only if the transaction commits", async () => {
    const committed = "committed@example.com";
    const rolledBack = "rolled-back@example.com";
    await t.ctx.db.transaction(async (tx) => {
      await t.ctx.mailer.send({ to: committed, subject: "Kept", text: "Kept" }, tx);
    });
    await t.ctx.db
      .transaction(async (tx) => {
        await t.ctx.mailer.send({ to: rolledBack, subject: "Undone", text: "Undone" }, tx);
        throw new Error("the move failed");
      })
      .catch(() => undefined);
    await waitFor(
      () => smtp.received.find((m) => m.to.includes(committed)),
      "SMTP delivery",
      40_000,
    );
    const undone = await t.ctx.db.select().from(mail).where(eq(mail.to, rolledBack));
    expect(undone).toEqual([]);
    expect(smtp.received.some((m) => m.to.includes(rolledBack))).toBe(false);
  });

  it("tells the practice that its mail is sent", async () => {
    const coach = await signUpCoach(t, "smtp-practice");
    expect((await coach.agent.get("/api/practice")).body.mailDelivery).toBe("smtp");
    const reset = await newAgent(t).post("/api/auth/forgot-password", { email: coach.email });
    expect(reset.body).toEqual({ ok: true, mailDelivery: "smtp" });
  });
});
