import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  KeelClient,
  type KeelProcess,
  newCoach,
  startKeel,
  stopAllKeels,
} from "../support/keel-process";
import { decodeQuotedPrintable, startSmtpSink, waitFor } from "../support/smtp-sink";
import { createEmptyDatabase } from "../support/template-databases";

const ADMIN_URL = process.env.TEST_DATABASE_URL;
const SECRET = randomBytes(32).toString("base64url");

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The text of a raw message with quoted-printable soft line breaks and escapes undone. */
describe.skipIf(!ADMIN_URL)("two Keel processes on one PostgreSQL database", () => {
  let database: Awaited<ReturnType<typeof createEmptyDatabase>> | undefined;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>> | undefined;
  let a: KeelProcess;
  let b: KeelProcess;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    database = await createEmptyDatabase(ADMIN_URL ?? "");
    const env = { DATABASE_URL: database.url, KEEL_SECRET: SECRET, SMTP_URL: smtp.url };
    a = await startKeel({ env });
    b = await startKeel({ env });
  });

  afterAll(async () => {
    await stopAllKeels();
    await smtp?.close();
    await database?.drop();
  });

  it("a coach signed up through one process is signed in on the other with the same cookie", async () => {
    const coach = newCoach();
    const browser = new KeelClient(a.url);
    expect((await browser.post("/api/auth/sign-up", coach)).status).toBe(201);

    const me = await browser.at(b.url).get("/api/me");
    expect(me.status).toBe(200);
    expect(me.body.email).toBe(coach.email);
    expect((await new KeelClient(b.url).get("/api/me")).status).toBe(401);
  });

  it("a session signed out through one process is refused by the other, which had verified it", async () => {
    const coach = newCoach();
    const browser = new KeelClient(a.url);
    expect((await browser.post("/api/auth/sign-up", coach)).status).toBe(201);
    const onB = new KeelClient(b.url, new Map(browser.cookies));
    for (let n = 0; n < 3; n++) expect((await onB.get("/api/me")).status).toBe(200);

    expect((await browser.post("/api/auth/sign-out")).status).toBe(204);
    const refusedAfter = Date.now();
    await waitFor(
      async () => (await onB.get("/api/me")).status === 401 || undefined,
      "the other process to refuse the session",
    );
    // Verified sessions are otherwise kept for a minute: only the database's notice explains this.
    expect(Date.now() - refusedAfter).toBeLessThan(2_000);
  });

  it("failed sign-ins for one email count across processes: the 11th in total is refused with 429", async () => {
    const coach = newCoach();
    expect((await new KeelClient(a.url).post("/api/auth/sign-up", coach)).status).toBe(201);
    const attempt = (n: number) =>
      new KeelClient(n % 2 === 0 ? a.url : b.url).post("/api/auth/sign-in", {
        email: coach.email,
        password: "not the password",
      });

    for (let n = 0; n < 10; n++) expect((await attempt(n)).status, `attempt ${n + 1}`).toBe(401);
    expect((await attempt(10)).status).toBe(429);
    const rightPassword = await new KeelClient(b.url).post("/api/auth/sign-in", {
      email: coach.email,
      password: coach.password,
    });
    expect(rightPassword.status).toBe(429);
  });

  it("an invitation created through one process is delivered over SMTP exactly once, with its link", async () => {
    if (!smtp) throw new Error("no SMTP server");
    const mails = smtp.received;
    const coach = newCoach();
    const browser = new KeelClient(a.url);
    expect((await browser.post("/api/auth/sign-up", coach)).status).toBe(201);
    const confirmation = await waitFor(
      () => mails.find((m) => m.to.includes(coach.email)),
      `the mail confirming ${coach.email}`,
    );
    const token = decodeQuotedPrintable(confirmation.raw).match(
      /verify-address\?token=([^\s"<>&]+)/,
    );
    expect(token, confirmation.raw).not.toBeNull();
    const confirmed = await new KeelClient(b.url).post("/api/auth/address/verify", {
      token: decodeURIComponent(token?.[1] ?? ""),
    });
    expect(confirmed.status).toBe(204);
    const invitee = `client-${randomBytes(4).toString("hex")}@example.test`;
    const invited = await browser.post("/api/invitations", {
      email: invitee,
      role: "client",
      name: "Robin Client",
    });
    expect(invited.status).toBe(201);

    const toInvitee = () => mails.filter((m) => m.to.includes(invitee));
    const delivered = await waitFor(() => toInvitee()[0], `a mail to ${invitee}`);
    const link = decodeQuotedPrintable(delivered.raw).match(
      new RegExp(`${a.url.replace(/[.]/g, "\\.")}/invitations/([A-Za-z0-9_-]{20,})`),
    );
    expect(link, delivered.raw).not.toBeNull();
    const offer = await new KeelClient(b.url).get(`/api/invitations/token/${link?.[1]}`);
    expect(offer.status).toBe(200);
    expect(offer.body.email).toBe(invitee);

    // Once Keel has recorded the mail as sent, no worker on either process may send it again.
    await waitFor(async () => {
      const outbox = await browser.get<{ to: string; status: string }[]>("/api/outbox");
      return outbox.body.find((m) => m.to === invitee && m.status === "sent");
    }, "the mail to be recorded as sent");
    await sleep(5_000); // more than two polling rounds of both workers
    expect(toInvitee()).toHaveLength(1);
  });
});

describe.skipIf(!ADMIN_URL)("starting on an empty PostgreSQL database", () => {
  let database: Awaited<ReturnType<typeof createEmptyDatabase>> | undefined;

  afterAll(async () => {
    await stopAllKeels();
    await database?.drop();
  });

  it("two processes starting at the same moment both migrate it and serve", async () => {
    database = await createEmptyDatabase(ADMIN_URL ?? "");
    const env = { DATABASE_URL: database.url, KEEL_SECRET: SECRET };
    const started = await Promise.allSettled([startKeel({ env }), startKeel({ env })]);
    const failures = started.flatMap((s) => (s.status === "rejected" ? [String(s.reason)] : []));
    expect(failures).toEqual([]);
    const [a, b] = started.map((s) => (s as PromiseFulfilledResult<KeelProcess>).value);
    if (!a || !b) throw new Error("both processes should have started");

    for (const keel of [a, b])
      expect((await new KeelClient(keel.url).get("/health")).status).toBe(200);
    const coach = newCoach();
    expect((await new KeelClient(b.url).post("/api/auth/sign-up", coach)).status).toBe(201);
    const signIn = await new KeelClient(a.url).post("/api/auth/sign-in", {
      email: coach.email,
      password: coach.password,
    });
    expect(signIn.status).toBe(200);
  });
});
