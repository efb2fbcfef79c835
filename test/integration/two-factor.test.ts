import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { twoFactor, user } from "../../src/server/db/schema";
import { Agent } from "../support/agent";
import {
  inviteAndAccept,
  type Member,
  newAgent,
  openEngagement,
  PASSWORD,
  signUpCoach,
} from "../support/factories";
import { type TestApp, useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";
import { totpNow, turnOnTwoFactor, wrongTotp } from "../support/two-factor";

async function signIn(t: TestApp, member: Pick<Member, "email">, agent = newAgent(t)) {
  const response = await agent.post("/api/auth/sign-in", {
    email: member.email,
    password: PASSWORD,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return { agent, body: response.body };
}

describe.each(databaseKinds())("two-factor sign-in on the %s database", (kind) => {
  const t = useTestApp(kind);

  it("turns on only after the first right code, keeping the secret and recovery codes encrypted", async () => {
    const coach = await signUpCoach(t.current, "totp");
    const wrongPassword = await coach.agent.post("/api/auth/two-factor/enable", {
      password: "not the password",
    });
    expect(wrongPassword.status).toBe(400);
    expect(wrongPassword.body.error.fields).toEqual([
      { path: "password", message: "That is not your password" },
    ]);

    const started = await coach.agent.post("/api/auth/two-factor/enable", { password: PASSWORD });
    expect(started.status).toBe(200);
    const { totpUri, secret, recoveryCodes } = started.body;
    expect(totpUri).toMatch(/^otpauth:\/\/totp\/Keel:/);
    expect(new URL(totpUri).searchParams.get("secret")).toBe(secret);
    expect(recoveryCodes).toHaveLength(10);
    expect((await coach.agent.get("/api/me")).body.twoFactorEnabled).toBe(false);

    const [stored] = await t.current.ctx.db
      .select()
      .from(twoFactor)
      .where(eq(twoFactor.userId, coach.id));
    expect(stored?.verified).toBe(false);
    const storedText = `${stored?.secret} ${stored?.backupCodes}`;
    expect(storedText).not.toContain(secret);
    for (const code of recoveryCodes) expect(storedText).not.toContain(code);

    const wrong = await coach.agent.post("/api/auth/two-factor/confirm", {
      code: await wrongTotp(secret),
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toMatchObject({
      code: "invalid_code",
      message: "That code is not right. Enter the 6-digit code your authenticator app shows now.",
    });
    expect((await coach.agent.get("/api/me")).body.twoFactorEnabled).toBe(false);

    const confirmed = await coach.agent.post("/api/auth/two-factor/confirm", {
      code: await totpNow(secret),
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.user.twoFactorEnabled).toBe(true);
    expect((await coach.agent.get("/api/me")).body.twoFactorEnabled).toBe(true);
    const again = await coach.agent.post("/api/auth/two-factor/enable", { password: PASSWORD });
    expect(again.status).toBe(409);
  });

  it("asks for a code after the password, with no session until a right code", async () => {
    const coach = await signUpCoach(t.current, "challenge");
    const { secret } = await turnOnTwoFactor(coach.agent);

    const { agent, body } = await signIn(t.current, coach);
    expect(body).toEqual({ twoFactorRequired: true });
    expect((await agent.get("/api/me")).status).toBe(401);
    expect((await agent.get("/api/engagements")).status).toBe(401);

    const badInput = await agent.post("/api/auth/sign-in/two-factor", { code: "12ab56" });
    expect(badInput.status).toBe(400);
    const both = await agent.post("/api/auth/sign-in/two-factor", {
      code: "123456",
      recoveryCode: "abcde-12345",
    });
    expect(both.status).toBe(400);

    const wrong = await agent.post("/api/auth/sign-in/two-factor", {
      code: await wrongTotp(secret),
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe("invalid_code");
    expect((await agent.get("/api/me")).status).toBe(401);

    const right = await agent.post("/api/auth/sign-in/two-factor", {
      code: await totpNow(secret),
    });
    expect(right.status).toBe(200);
    expect(right.body.user).toMatchObject({ id: coach.id, twoFactorEnabled: true });
    expect((await agent.get("/api/me")).status).toBe(200);
    expect((await agent.get("/api/engagements")).status).toBe(200);

    // The pending sign-in was used up; its code step cannot sign in anyone again.
    const replay = await agent.post("/api/auth/sign-in/two-factor", {
      code: await totpNow(secret),
    });
    expect(replay.status).toBe(401);
  });

  it("refuses a code that has signed in once, even with the password again", async () => {
    const coach = await signUpCoach(t.current, "replay");
    const { secret } = await turnOnTwoFactor(coach.agent);
    const code = await totpNow(secret);

    const first = await signIn(t.current, coach);
    const signedIn = await first.agent.post("/api/auth/sign-in/two-factor", { code });
    expect(signedIn.status).toBe(200);

    const thief = await signIn(t.current, coach);
    const replayed = await thief.agent.post("/api/auth/sign-in/two-factor", { code });
    expect(replayed.status).toBe(401);
    expect(replayed.body.error.code).toBe("code_used");
    expect((await thief.agent.get("/api/me")).status).toBe(401);
  });

  it("lets a wrong code be followed by the right one, and two requests with one code sign in once", async () => {
    const coach = await signUpCoach(t.current, "race");
    const { secret } = await turnOnTwoFactor(coach.agent);
    const a = await signIn(t.current, coach);
    const b = await signIn(t.current, coach);
    const wrong = await a.agent.post("/api/auth/sign-in/two-factor", {
      code: await wrongTotp(secret),
    });
    expect(wrong.body.error.code).toBe("invalid_code");

    const code = await totpNow(secret);
    const both = await Promise.all([
      a.agent.post("/api/auth/sign-in/two-factor", { code }),
      b.agent.post("/api/auth/sign-in/two-factor", { code }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 401]);
  });

  it("refuses the code step without a password sign-in before it", async () => {
    const coach = await signUpCoach(t.current, "nochallenge");
    const { secret } = await turnOnTwoFactor(coach.agent);
    const stranger = newAgent(t.current);
    const response = await stranger.post("/api/auth/sign-in/two-factor", {
      code: await totpNow(secret),
    });
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe("sign_in_again");
    expect((await stranger.get("/api/me")).status).toBe(401);
  });

  it("signs in with a recovery code once, with or without its dash", async () => {
    const coach = await signUpCoach(t.current, "recovery");
    const { recoveryCodes } = await turnOnTwoFactor(coach.agent);
    const [first = "", second = ""] = recoveryCodes;

    const once = await signIn(t.current, coach);
    const used = await once.agent.post("/api/auth/sign-in/two-factor", { recoveryCode: first });
    expect(used.status).toBe(200);

    const twice = await signIn(t.current, coach);
    const reused = await twice.agent.post("/api/auth/sign-in/two-factor", {
      recoveryCode: first,
    });
    expect(reused.status).toBe(401);
    expect(reused.body.error.message).toBe(
      "That recovery code is not right, or it has been used already.",
    );
    const undashed = await twice.agent.post("/api/auth/sign-in/two-factor", {
      recoveryCode: second.replace("-", ""),
    });
    expect(undashed.status).toBe(200);
  });

  it("replaces the recovery codes: the old ones stop working", async () => {
    const coach = await signUpCoach(t.current, "regenerate");
    const { recoveryCodes: old } = await turnOnTwoFactor(coach.agent);
    const wrongPassword = await coach.agent.post("/api/auth/two-factor/recovery-codes", {
      password: "not the password",
    });
    expect(wrongPassword.status).toBe(400);
    const made = await coach.agent.post("/api/auth/two-factor/recovery-codes", {
      password: PASSWORD,
    });
    expect(made.status).toBe(200);
    expect(made.body.recoveryCodes).toHaveLength(10);
    expect(made.body.recoveryCodes).not.toContain(old[0]);

    const { agent } = await signIn(t.current, coach);
    const stale = await agent.post("/api/auth/sign-in/two-factor", { recoveryCode: old[0] });
    expect(stale.status).toBe(401);
    const fresh = await agent.post("/api/auth/sign-in/two-factor", {
      recoveryCode: made.body.recoveryCodes[0],
    });
    expect(fresh.status).toBe(200);
  });

  it("turns off only with the password and a code, and sign-in asks for no code after", async () => {
    const coach = await signUpCoach(t.current, "off");
    const { secret } = await turnOnTwoFactor(coach.agent);

    const noCode = await coach.agent.post("/api/auth/two-factor/disable", { password: PASSWORD });
    expect(noCode.status).toBe(400);
    const wrongPassword = await coach.agent.post("/api/auth/two-factor/disable", {
      password: "not the password",
      code: await totpNow(secret),
    });
    expect(wrongPassword.status).toBe(400);
    const wrongCode = await coach.agent.post("/api/auth/two-factor/disable", {
      password: PASSWORD,
      code: await wrongTotp(secret),
    });
    expect(wrongCode.status).toBe(401);
    expect((await coach.agent.get("/api/me")).body.twoFactorEnabled).toBe(true);

    const off = await coach.agent.post("/api/auth/two-factor/disable", {
      password: PASSWORD,
      code: await totpNow(secret),
    });
    expect(off.status).toBe(200);
    expect(off.body.user.twoFactorEnabled).toBe(false);
    expect((await coach.agent.get("/api/me")).body.twoFactorEnabled).toBe(false);
    const rows = await t.current.ctx.db
      .select()
      .from(twoFactor)
      .where(eq(twoFactor.userId, coach.id));
    expect(rows).toEqual([]);

    const { body } = await signIn(t.current, coach);
    expect(body.user.id).toBe(coach.id);
  });

  it("holds a practice's coaches at the set-up, on every route, once its admin requires it", async () => {
    const admin = await signUpCoach(t.current, "requiring");
    const coach = await inviteAndAccept(t.current, admin, "coach", "held");
    const client = await inviteAndAccept(t.current, admin, "client", "free");
    await openEngagement(admin, client);
    expect((await coach.agent.get("/api/engagements")).status).toBe(200);

    const notYet = await admin.agent.patch("/api/practice", { requireTwoFactorForCoaches: true });
    expect(notYet.status).toBe(409);
    expect(notYet.body.error.code).toBe("two_factor_off");
    await turnOnTwoFactor(admin.agent);
    const required = await admin.agent.patch("/api/practice", {
      requireTwoFactorForCoaches: true,
    });
    expect(required.status).toBe(200);
    expect(required.body.requireTwoFactorForCoaches).toBe(true);

    // The coach's session was verified before the change; it is held all the same.
    for (const call of [
      () => coach.agent.get("/api/engagements"),
      () => coach.agent.get("/api/practice"),
      () => coach.agent.get("/api/coaches"),
      () => coach.agent.post("/api/invitations", { email: "x@example.com", role: "client" }),
    ]) {
      const held = await call();
      expect(held.status).toBe(403);
      expect(held.body.error.code).toBe("two_factor_required");
    }
    const me = await coach.agent.get("/api/me");
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ twoFactorEnabled: false, twoFactorSetUpRequired: true });

    const signedInAgain = await signIn(t.current, coach);
    expect(signedInAgain.body.user.twoFactorSetUpRequired).toBe(true);
    expect((await signedInAgain.agent.get("/api/engagements")).status).toBe(403);

    expect((await client.agent.get("/api/engagements")).status).toBe(200);
    expect((await admin.agent.get("/api/engagements")).status).toBe(200);

    const { secret } = await turnOnTwoFactor(coach.agent);
    expect((await coach.agent.get("/api/engagements")).status).toBe(200);
    expect((await coach.agent.get("/api/me")).body.twoFactorSetUpRequired).toBe(false);
    const turnOff = await coach.agent.post("/api/auth/two-factor/disable", {
      password: PASSWORD,
      code: await totpNow(secret),
    });
    expect(turnOff.status).toBe(409);

    // Turned off outside Keel's routes (an operator helping a coach who lost their phone, say):
    // the coach is held again at once, though their session was verified before.
    await t.current.ctx.db
      .update(user)
      .set({ twoFactorEnabled: false })
      .where(eq(user.id, coach.id));
    await t.current.ctx.changes.settle();
    expect((await coach.agent.get("/api/engagements")).status).toBe(403);

    const lifted = await admin.agent.patch("/api/practice", { requireTwoFactorForCoaches: false });
    expect(lifted.status).toBe(200);
  });

  it("stops guessing: wrong codes are limited per account, whichever address they come from", async () => {
    const coach = await signUpCoach(t.current, "guess");
    const started = await coach.agent.post("/api/auth/two-factor/enable", { password: PASSWORD });
    const { secret } = started.body;
    const wrong = await wrongTotp(secret);
    for (let i = 0; i < 10; i += 1) {
      const response = await coach.agent.post("/api/auth/two-factor/confirm", { code: wrong });
      expect(response.status).toBe(401);
    }
    const { agent } = await signIn(t.current, coach, new Agent(t.current.app, "10.9.8.7"));
    const limited = await agent.post("/api/auth/two-factor/confirm", {
      code: await totpNow(secret),
    });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe("rate_limited");
    expect((await agent.get("/api/me")).body.twoFactorEnabled).toBe(false);
  });

  it("ends a pending sign-in after five wrong codes", async () => {
    const coach = await signUpCoach(t.current, "fivewrong");
    const { secret } = await turnOnTwoFactor(coach.agent);
    const { agent } = await signIn(t.current, coach);
    const wrong = await wrongTotp(secret);
    for (let i = 0; i < 5; i += 1) {
      const response = await agent.post("/api/auth/sign-in/two-factor", { code: wrong });
      expect(response.body.error.code).toBe("invalid_code");
    }
    const ended = await agent.post("/api/auth/sign-in/two-factor", {
      code: await totpNow(secret),
    });
    expect(ended.status).toBe(401);
    expect(ended.body.error.code).toBe("sign_in_again");
    expect((await agent.get("/api/me")).status).toBe(401);
  });
});
