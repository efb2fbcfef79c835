import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { session } from "../../src/server/db/schema";
import { newAgent, PASSWORD, signUpCoach, uniqueEmail } from "../support/factories";
import { lastMailTo, linkIn, useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

describe.each(databaseKinds())("accounts on the %s database", (kind) => {
  const t = useTestApp(kind);

  it("signs a coach up as the admin of a new practice and keeps them signed in", async () => {
    const agent = newAgent(t.current);
    const email = uniqueEmail("founder");
    const response = await agent.post("/api/auth/sign-up", {
      name: "Ada Founder",
      email: email.toUpperCase(),
      password: PASSWORD,
      practiceName: "Founder Coaching",
    });
    expect(response.status).toBe(201);
    expect(response.body.user).toMatchObject({
      email,
      role: "coach",
      isAdmin: true,
      practice: { name: "Founder Coaching" },
    });
    const cookie = String(response.headers["set-cookie"]);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await agent.get("/api/me");
    expect(me.status).toBe(200);
    expect(me.body.email).toBe(email);
  });

  it("fails with 400 naming each bad field and saves nothing", async () => {
    const agent = newAgent(t.current);
    const email = uniqueEmail("bad");
    const response = await agent.post("/api/auth/sign-up", {
      name: "",
      email,
      password: "short",
      practiceName: "P",
    });
    expect(response.status).toBe(400);
    const paths = response.body.error.fields.map((f: { path: string }) => f.path).sort();
    expect(paths).toEqual(["name", "password", "practiceName"]);
    const signIn = await agent.post("/api/auth/sign-in", { email, password: "short" });
    expect(signIn.status).toBe(401);
  });

  it("fails with 409 when the email is registered already", async () => {
    const existing = await signUpCoach(t.current, "dup");
    const response = await newAgent(t.current).post("/api/auth/sign-up", {
      name: "Someone Else",
      email: existing.email,
      password: PASSWORD,
      practiceName: "Another practice",
    });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe("account_exists");
  });

  it("signs in, signs out, and refuses a wrong password with 401", async () => {
    const coach = await signUpCoach(t.current, "signin");
    const agent = newAgent(t.current);
    expect(
      (await agent.post("/api/auth/sign-in", { email: coach.email, password: "wrong password!" }))
        .status,
    ).toBe(401);
    const signedIn = await agent.post("/api/auth/sign-in", {
      email: coach.email,
      password: PASSWORD,
    });
    expect(signedIn.status).toBe(200);
    expect((await agent.get("/api/me")).status).toBe(200);
    const copied = agent.copy();
    expect((await agent.post("/api/auth/sign-out")).status).toBe(204);
    expect((await agent.get("/api/me")).status).toBe(401);
    expect((await copied.get("/api/me")).status).toBe(401);
  });

  it("resets a forgotten password through the mailed link and ends the old sessions", async () => {
    const coach = await signUpCoach(t.current, "forgetful");
    expect((await coach.agent.get("/api/me")).status).toBe(200);
    const response = await newAgent(t.current).post("/api/auth/forgot-password", {
      email: coach.email,
    });
    expect(response.status).toBe(202);
    expect(response.body).toEqual({ ok: true, mailDelivery: "held" });
    const mail = await lastMailTo(t.current.ctx, coach.email);
    const link = new URL(linkIn(mail.text, "/reset-password"));
    expect(link.origin).toBe("http://keel.test");
    const token = link.searchParams.get("token") ?? "";

    const reset = await newAgent(t.current).post("/api/auth/reset-password", {
      token,
      password: "a brand new password",
    });
    expect(reset.status).toBe(204);
    expect((await coach.agent.get("/api/me")).status).toBe(401);
    const agent = newAgent(t.current);
    expect(
      (await agent.post("/api/auth/sign-in", { email: coach.email, password: PASSWORD })).status,
    ).toBe(401);
    expect(
      (
        await agent.post("/api/auth/sign-in", {
          email: coach.email,
          password: "a brand new password",
        })
      ).status,
    ).toBe(200);
    const again = await newAgent(t.current).post("/api/auth/reset-password", {
      token,
      password: "yet another password",
    });
    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe("invalid_token");
  });

  it("answers a reset request for an unknown email the same way, and sends nothing", async () => {
    const email = uniqueEmail("nobody");
    const response = await newAgent(t.current).post("/api/auth/forgot-password", { email });
    expect(response.status).toBe(202);
    expect(response.body.mailDelivery).toBe("held");
    await expect(lastMailTo(t.current.ctx, email)).rejects.toThrow(/no mail/);
  });

  const signIn = (agent: ReturnType<typeof newAgent>, email: string, password: string) =>
    agent.post("/api/auth/sign-in", { email, password });

  it("does not let failed sign-ins from other clients lock the owner out", async () => {
    const owner = await signUpCoach(t.current, "targeted");
    for (let i = 0; i < 12; i++) {
      expect((await signIn(newAgent(t.current), owner.email, "not the password")).status).toBe(401);
    }
    expect((await signIn(newAgent(t.current), owner.email, PASSWORD)).status).toBe(200);
  });

  it("refuses the eleventh failure of one client for one address, saying truly when to retry", async () => {
    const owner = await signUpCoach(t.current, "guessed");
    const guesser = newAgent(t.current);
    for (let i = 0; i < 10; i++) {
      expect((await signIn(guesser, owner.email, "not the password")).status).toBe(401);
    }
    const refused = await signIn(guesser, owner.email, PASSWORD);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers["retry-after"]);
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(refused.body.error.message).toBe("Too many attempts. Try again in 15 minutes.");
    expect((await signIn(newAgent(t.current), owner.email, PASSWORD)).status).toBe(200);
  });

  it("never counts a successful sign-in toward the limit", async () => {
    const owner = await signUpCoach(t.current, "frequent");
    const browser = newAgent(t.current);
    for (let i = 0; i < 15; i++) {
      expect((await signIn(browser, owner.email, PASSWORD)).status).toBe(200);
    }
    for (let i = 0; i < 10; i++) {
      expect((await signIn(browser, owner.email, "not the password")).status).toBe(401);
    }
    expect((await signIn(browser, owner.email, "not the password")).status).toBe(429);
  });

  it("limits one client's failed sign-ins across many addresses", async () => {
    const sprayer = newAgent(t.current);
    for (let i = 0; i < 30; i++) {
      expect((await signIn(sprayer, uniqueEmail("sprayed"), "not the password")).status).toBe(401);
    }
    expect((await signIn(sprayer, uniqueEmail("sprayed"), "not the password")).status).toBe(429);
  });

  it("rate limits password reset requests for one email with 429", async () => {
    const coach = await signUpCoach(t.current, "reset-limit");
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push(
        (await newAgent(t.current).post("/api/auth/forgot-password", { email: coach.email }))
          .status,
      );
    }
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
  });

  it("extends a session used a day after it was last extended, and renews its cookie", async () => {
    const coach = await signUpCoach(t.current, "renewed");
    const day = 24 * 60 * 60 * 1000;
    const aged = new Date(Date.now() + 12 * day);
    const db = t.current.handle.db;
    await db.update(session).set({ expiresAt: aged }).where(eq(session.userId, coach.id));
    const response = await coach.agent.get("/api/me");
    expect(response.status).toBe(200);
    expect(String(response.headers["set-cookie"])).toMatch(/keel\.session_token=.*Max-Age=/i);
    const [row] = await db.select().from(session).where(eq(session.userId, coach.id));
    expect(row?.expiresAt.getTime()).toBeGreaterThan(Date.now() + 13 * day);
    expect((await coach.agent.get("/api/me")).headers["set-cookie"]).toBeUndefined();
  });

  it("treats an expired session as signed out", async () => {
    const coach = await signUpCoach(t.current, "expired");
    await t.current.handle.db
      .update(session)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(session.userId, coach.id));
    expect((await coach.agent.get("/api/me")).status).toBe(401);
  });
});
