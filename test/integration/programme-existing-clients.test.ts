import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { engagement, invitation, mail, membership } from "../../src/server/db/schema";
import { inviteAndAccept, type Member, openEngagement, signUpCoach } from "../support/factories";
import { programmeBody } from "../support/programme-seed";
import { lastMailTo, useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// Issue 20, decision 030: a client of the practice is imported into a programme as they are,
// joined at once and unmatched; its other members are refused; another practice's are not told.

const TEMPLATE = programmeBody({ competencyModelId: null });

const csvOf = (rows: string[]) => `name,email,manager,cohort\n${rows.join("\n")}\n`;

describe.each(databaseKinds())("importing clients of the practice on the %s database", (kind) => {
  const t = useTestApp(kind);
  let admin: Member;
  let coach: Member;
  let otherCoach: Member;
  let client: Member;
  let sponsor: Member;
  let elsewhere: Member;
  let ownEngagement: string;
  let programmeId: string;
  const fresh = `fresh@${kind}-existing.example`;
  const url = (id: string, path = "") => `/api/programmes/${id}${path}`;

  beforeAll(async () => {
    admin = await signUpCoach(t.current, "existing-admin");
    coach = await inviteAndAccept(t.current, admin, "coach", "existing-coach");
    otherCoach = await inviteAndAccept(t.current, admin, "coach", "existing-other-coach");
    client = await inviteAndAccept(t.current, coach, "client", "existing-client");
    sponsor = await inviteAndAccept(t.current, admin, "sponsor", "existing-sponsor");
    ownEngagement = (await openEngagement(coach, client)).id;
    const otherAdmin = await signUpCoach(t.current, "existing-elsewhere-admin");
    elsewhere = await inviteAndAccept(t.current, otherAdmin, "client", "existing-elsewhere");
    programmeId = await newProgramme("Leading at Acme");
  });

  async function newProgramme(name: string) {
    const created = await admin.agent.post("/api/programmes", { ...TEMPLATE, name });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const cohort = await admin.agent.post(url(created.body.id, "/cohorts"), {
      name: "Spring",
      startDate: "2027-03-01",
    });
    expect(cohort.status).toBe(201);
    return created.body.id as string;
  }

  it("previews a client as one to add, and refuses the practice's other members with a reason", async () => {
    const csv = csvOf([
      `Client,${client.email.toUpperCase()},,Spring`,
      `Fresh,${fresh},,Spring`,
      `Coach,${coach.email},,Spring`,
      `Sponsor,${sponsor.email},,Spring`,
      `Admin,${admin.email},,Spring`,
      `Elsewhere,${elsewhere.email},,Spring`,
    ]);
    const preview = await admin.agent.post(url(programmeId, "/import/preview"), { csv });
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    const rows = preview.body.rows as {
      existingClient: boolean;
      problems: { message: string }[];
    }[];
    expect(rows.map((row) => [row.existingClient, row.problems.length])).toEqual([
      [true, 0],
      [false, 0],
      [false, 1],
      [false, 1],
      [false, 1],
      // A client of another practice is not this practice's to know (decision 005).
      [false, 0],
    ]);
    expect(rows[2]?.problems[0]?.message).toContain("is a coach of this practice");
    expect(rows[3]?.problems[0]?.message).toContain("is a sponsor of this practice");
    expect(rows[4]?.problems[0]?.message).toContain("is the admin of this practice");
    expect(preview.body.counts).toMatchObject({ ok: 3, withProblems: 3, existingClients: 1 });
  });

  it("adds the client joined and unmatched, told by mail, and invites the others", async () => {
    const csv = csvOf([
      `Client,${client.email},boss@acme.example,Spring`,
      `Fresh,${fresh},,Spring`,
      `Elsewhere,${elsewhere.email},,Spring`,
    ]);
    const commit = await admin.agent.post(url(programmeId, "/import"), { csv });
    expect(commit.status, JSON.stringify(commit.body)).toBe(201);
    expect(commit.body).toMatchObject({ imported: 3, invited: 2, added: 1 });
    const db = t.current.ctx.db;
    const invited = await db
      .select({ email: invitation.email })
      .from(invitation)
      .where(eq(invitation.email, client.email));
    expect(invited).toHaveLength(1); // the one they accepted to become a client, no new one
    const told = await lastMailTo(t.current.ctx, client.email);
    expect(told.subject).toBe(`${admin.name} added you to Leading at Acme`);
    expect(told.text).toContain("/sign-in");
    expect(told.text).not.toContain("/invitations/");
    const list = await admin.agent.get(url(programmeId, "/participants"));
    const added = list.body.items.find((p: { email: string }) => p.email === client.email);
    expect(added).toMatchObject({ status: "joined", existingClient: true });
    expect(added.joinedAt).not.toBeNull();
    const matches = await admin.agent.get(url(programmeId, "/matches"));
    expect(matches.body.matches).toEqual([]);
    const again = await admin.agent.post(url(programmeId, "/import/preview"), {
      csv: csvOf([`Client,${client.email},,Spring`]),
    });
    expect(again.body.rows[0].problems[0].message).toContain("participant of this programme");
    const elsewhereMail = await db
      .select({ subject: mail.subject })
      .from(mail)
      .where(eq(mail.to, elsewhere.email));
    expect(elsewhereMail.map((one) => one.subject)).toContainEqual(
      expect.stringContaining("invited you"),
    );
  });

  it("matches the added client under the programme, their own coaching and coach untouched", async () => {
    const list = await admin.agent.get(url(programmeId, "/participants"));
    const added = list.body.items.find((p: { email: string }) => p.email === client.email);
    const match = await admin.agent.post(url(programmeId, `/participants/${added.id}/match`), {
      coachId: otherCoach.id,
    });
    expect(match.status, JSON.stringify(match.body)).toBe(201);
    const db = t.current.ctx.db;
    const engagements = await db
      .select({ id: engagement.id, coachId: engagement.coachId, stage: engagement.stage })
      .from(engagement)
      .where(eq(engagement.clientId, client.id));
    expect(engagements).toHaveLength(2);
    const own = engagements.find((one) => one.id === ownEngagement);
    expect(own?.coachId).toBe(coach.id);
    const [member] = await db
      .select({ coachId: membership.coachId })
      .from(membership)
      .where(and(eq(membership.userId, client.id)));
    expect(member?.coachId).toBe(coach.id);
    const clients = await coach.agent.get("/api/clients");
    expect(clients.body.items.map((c: { id: string }) => c.id)).toContain(client.id);

    const programmeEngagement = engagements.find((one) => one.id !== ownEngagement)?.id;
    const third = await inviteAndAccept(t.current, admin, "coach", "existing-third-coach");
    const moved = await admin.agent.post(`/api/engagements/${programmeEngagement}/coach`, {
      coachId: third.id,
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const [after] = await db
      .select({ coachId: membership.coachId })
      .from(membership)
      .where(and(eq(membership.userId, client.id)));
    expect(after?.coachId).toBe(coach.id);
  });

  it("lets a client in two programmes choose from the second programme's shortlist", async () => {
    const second = await newProgramme("Second at Acme");
    const commit = await admin.agent.post(url(second, "/import"), {
      csv: csvOf([`Client,${client.email},,Spring`]),
    });
    expect(commit.status, JSON.stringify(commit.body)).toBe(201);
    const list = await admin.agent.get(url(second, "/participants"));
    const participantId = list.body.items[0].id;
    const offered = await admin.agent.put(url(second, `/participants/${participantId}/shortlist`), {
      coachIds: [coach.id, otherCoach.id],
    });
    expect(offered.status, JSON.stringify(offered.body)).toBe(200);
    const seen = await client.agent.get("/api/my-coach-shortlist");
    expect(seen.body.shortlist.programmeName).toBe("Second at Acme");
    const chosen = await client.agent.post("/api/my-coach-shortlist/choice", { coachId: coach.id });
    expect(chosen.status, JSON.stringify(chosen.body)).toBe(201);
    const matches = await admin.agent.get(url(second, "/matches"));
    expect(matches.body.matches).toMatchObject([{ participantId, coach: { id: coach.id } }]);
  });

  it("shows a client offered two shortlists the older one, and takes their choice for it", async () => {
    const offer = async (name: string) => {
      const id = await newProgramme(name);
      await admin.agent.post(url(id, "/import"), {
        csv: csvOf([`Client,${client.email},,Spring`]),
      });
      const list = await admin.agent.get(url(id, "/participants"));
      const participantId = list.body.items[0].id;
      const offered = await admin.agent.put(url(id, `/participants/${participantId}/shortlist`), {
        coachIds: [coach.id, otherCoach.id],
      });
      expect(offered.status, JSON.stringify(offered.body)).toBe(200);
      return { id, participantId };
    };
    const older = await offer("Third at Acme");
    const newer = await offer("Fourth at Acme");
    const seen = await client.agent.get("/api/my-coach-shortlist");
    expect(seen.body.shortlist.programmeName).toBe("Third at Acme");
    const chosen = await client.agent.post("/api/my-coach-shortlist/choice", {
      coachId: otherCoach.id,
    });
    expect(chosen.status, JSON.stringify(chosen.body)).toBe(201);
    const matchesOf = async (id: string) =>
      (await admin.agent.get(url(id, "/matches"))).body.matches;
    expect(await matchesOf(older.id)).toMatchObject([
      { participantId: older.participantId, coach: { id: otherCoach.id } },
    ]);
    expect(await matchesOf(newer.id)).toMatchObject([
      { participantId: newer.participantId, coach: null },
    ]);
    const next = await client.agent.get("/api/my-coach-shortlist");
    expect(next.body.shortlist.programmeName).toBe("Fourth at Acme");
  });
});
