import { beforeAll, describe, expect, it } from "vitest";
import {
  invite,
  inviteAndAccept,
  listAllPages,
  type Member,
  newAgent,
  PASSWORD,
  signUpCoach,
} from "../support/factories";
import { lastMailTo, useTestApp } from "../support/test-app";
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

  it("refuses to invite a member or someone with an account elsewhere with 409", async () => {
    const client = await inviteAndAccept(t.current, admin, "client", "member");
    const member = await admin.agent.post("/api/invitations", {
      email: client.email,
      role: "client",
    });
    expect(member.body.error.code).toBe("already_member");
    const elsewhere = await signUpCoach(t.current, "elsewhere");
    const other = await admin.agent.post("/api/invitations", {
      email: elsewhere.email,
      role: "client",
    });
    expect(other.status).toBe(409);
    expect(other.body.error.code).toBe("account_exists");
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
