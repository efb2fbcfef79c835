import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { Agent } from "../support/agent";
import {
  invite,
  inviteAndAccept,
  listAllPages,
  type Member,
  newAgent,
  PASSWORD,
  signUpCoach,
  uniqueEmail,
} from "../support/factories";
import { lastMailTo, linkIn, useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

describe.each(databaseKinds())("invitations on the %s database", (kind) => {
  const t = useTestApp(kind);
  let admin: Member;

  beforeAll(async () => {
    admin = await signUpCoach(t.current, "inviter");
  });

  it("mails the invitee a link that tells them who invited them to which practice", async () => {
    const invitation = await invite(t.current, admin, "client", "mailed");
    const mail = await lastMailTo(t.current.ctx, invitation.email);
    expect(mail.subject).toContain(admin.name);
    expect(mail.status).toBe("held");
    expect(mail.html).toContain(`/invitations/${invitation.token}`);
    const offer = await newAgent(t.current).get(`/api/invitations/token/${invitation.token}`);
    expect(offer.status).toBe(200);
    expect(offer.body).toMatchObject({
      email: invitation.email,
      role: "client",
      invitedBy: admin.name,
      status: "pending",
    });
  });

  it("lets a client accept, sign in at once, and belong to the inviting coach", async () => {
    const client = await inviteAndAccept(t.current, admin, "client", "accepting");
    const me = await client.agent.get("/api/me");
    expect(me.body).toMatchObject({ role: "client", isAdmin: false, email: client.email });
    const { items, pages } = await listAllPages<{ id: string }>(
      admin.agent,
      "",
      100,
      "/api/clients",
    );
    expect(pages.length).toBeGreaterThan(0);
    expect(items.map((c) => c.id)).toContain(client.id);
    const signIn = await newAgent(t.current).post("/api/auth/sign-in", {
      email: client.email,
      password: PASSWORD,
    });
    expect(signIn.status).toBe(200);
  });

  it("lets an admin bring in another coach, who is not an admin", async () => {
    const coach = await inviteAndAccept(t.current, admin, "coach", "second");
    expect((await coach.agent.get("/api/me")).body).toMatchObject({
      role: "coach",
      isAdmin: false,
    });
    const coaches = (await admin.agent.get("/api/coaches")).body as { id: string }[];
    expect(coaches.map((c) => c.id)).toContain(coach.id);
  });

  it("closes an invitation once used, with 410 for a second use", async () => {
    const invitation = await invite(t.current, admin, "client", "twice");
    const first = await newAgent(t.current).post(
      `/api/invitations/token/${invitation.token}/accept`,
      { name: "First", password: PASSWORD },
    );
    expect(first.status).toBe(201);
    const second = await newAgent(t.current).post(
      `/api/invitations/token/${invitation.token}/accept`,
      { name: "Second", password: PASSWORD },
    );
    expect(second.status).toBe(410);
    expect(second.body.error.code).toBe("invitation_closed");
  });

  it("stops a revoked invitation's link from working", async () => {
    const invitation = await invite(t.current, admin, "sponsor", "revoked");
    expect((await admin.agent.delete(`/api/invitations/${invitation.id}`)).status).toBe(204);
    const accept = await newAgent(t.current).post(
      `/api/invitations/token/${invitation.token}/accept`,
      { name: "Late", password: PASSWORD },
    );
    expect(accept.status).toBe(410);
    const listed = (await admin.agent.get("/api/invitations")).body as {
      id: string;
      status: string;
    }[];
    expect(listed.find((i) => i.id === invitation.id)?.status).toBe("revoked");
  });

  it("answers 404 for an unknown token", async () => {
    const response = await newAgent(t.current).get(`/api/invitations/token/${"x".repeat(43)}`);
    expect(response.status).toBe(404);
  });

  it("refuses a second pending invitation to one email with 409", async () => {
    const invitation = await invite(t.current, admin, "client", "pending");
    const again = await admin.agent.post("/api/invitations", {
      email: invitation.email,
      role: "client",
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("invitation_pending");
  });

  it("refuses to invite a member of the practice with 409", async () => {
    const client = await inviteAndAccept(t.current, admin, "client", "member");
    const member = await admin.agent.post("/api/invitations", {
      email: client.email,
      role: "client",
    });
    expect(member.status).toBe(409);
    expect(member.body.error.code).toBe("already_member");
  });

  it("answers the same whether or not the address has an account in another practice", async () => {
    const elsewhere = await signUpCoach(t.current, "elsewhere");
    const nobody = uniqueEmail("nobody");
    const responses = [];
    for (const email of [elsewhere.email, nobody]) {
      const response = await admin.agent.post("/api/invitations", { email, role: "client" });
      const mail = await lastMailTo(t.current.ctx, email);
      responses.push({
        status: response.status,
        keys: Object.keys(response.body).sort(),
        invitationStatus: response.body.status,
        subject: mail.subject,
        inOutbox: mail.inOutbox,
        text: mail.text
          .replace(email, "ADDRESS")
          .replace(/\/invitations\/\S+/, "/invitations/TOKEN"),
      });
    }
    expect(responses[0]).toEqual(responses[1]);
    expect(responses[0]?.status).toBe(201);
    const listed = (await admin.agent.get("/api/invitations")).body as {
      email: string;
      status: string;
    }[];
    expect(listed.find((i) => i.email === elsewhere.email)?.status).toBe("pending");

    const link = linkIn((await lastMailTo(t.current.ctx, elsewhere.email)).text, "/invitations/");
    const token = link.split("/invitations/")[1];
    const accepted = await newAgent(t.current).post(`/api/invitations/token/${token}/accept`, {
      name: "Someone",
      password: PASSWORD,
    });
    expect(accepted.status).toBe(409);
    expect(accepted.body.error.code).toBe("account_exists");
    expect(accepted.body.error.message).toMatch(/one practice only/);
    const me = await elsewhere.agent.get("/api/me");
    expect(me.body.practice.name).toBe("elsewhere practice");
  });

  it("limits the invitations one coach sends in an hour, with a true Retry-After", async () => {
    const coach = await signUpCoach(t.current, "busy");
    await t.current.ctx.db.execute(
      sql`insert into rate_limit (key, count, reset_at)
          values (${`invite:user:${coach.id}`}, 60, now() + interval '20 minutes')`,
    );
    const email = uniqueEmail("one-too-many");
    const refused = await coach.agent.post("/api/invitations", { email, role: "client" });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(19 * 60);
    expect(refused.body.error.message).toBe("Too many attempts. Try again in 20 minutes.");
    await expect(lastMailTo(t.current.ctx, email)).rejects.toThrow(/no mail/);
  });

  it("limits the invitations sent from one client address, whoever signs in there", async () => {
    const coach = await signUpCoach(t.current, "shared-ip");
    const agent = new Agent(t.current.app, "127.200.0.1");
    expect(
      (await agent.post("/api/auth/sign-in", { email: coach.email, password: PASSWORD })).status,
    ).toBe(200);
    await t.current.ctx.db.execute(
      sql`insert into rate_limit (key, count, reset_at)
          values ('invite:ip:127.200.0.1', 60, now() + interval '30 minutes')`,
    );
    const refused = await agent.post("/api/invitations", {
      email: uniqueEmail("from-ip"),
      role: "client",
    });
    expect(refused.status).toBe(429);
    expect(
      (
        await coach.agent.post("/api/invitations", {
          email: uniqueEmail("other-ip"),
          role: "client",
        })
      ).status,
    ).toBe(201);
  });

  it("fails with 400 on a bad email or role", async () => {
    const response = await admin.agent.post("/api/invitations", {
      email: "not-an-email",
      role: "boss",
    });
    expect(response.status).toBe(400);
    expect(response.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      "email",
      "role",
    ]);
  });

  it("keeps no usable token in the database, only its hash", async () => {
    const invitation = await invite(t.current, admin, "client", "hashed");
    const rows = await t.current.handle.db.query.invitation.findMany();
    const stored = rows.find((r) => r.id === invitation.id);
    expect(stored?.tokenHash).toBeDefined();
    expect(JSON.stringify(stored)).not.toContain(invitation.token);
  });
});
