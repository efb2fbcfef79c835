import { and, count, eq, inArray, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { invitation, mail, programmeParticipant } from "../../src/server/db/schema";
import {
  inviteAndAccept,
  type Member,
  newAgent,
  PASSWORD,
  signUpCoach,
} from "../support/factories";
import { lastMailTo, linkIn, useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

const TEMPLATE = {
  name: "Leading at Acme",
  organisationName: "Acme Ltd",
  instrumentIds: ["ipip-neo-120"],
  competencyModelId: "keel-leadership",
  sessionsPlanned: 8,
  months: 6,
  courseId: null,
  pulseEveryWeeks: 4,
};

const csvOf = (rows: string[]) => `name,email,manager,cohort\n${rows.join("\n")}\n`;

describe.each(databaseKinds())("programmes for organisations on the %s database", (kind) => {
  const t = useTestApp(kind);
  let admin: Member;
  let coach: Member;
  let client: Member;
  let programmeId: string;
  const domain = `${kind}-acme.example`;

  beforeAll(async () => {
    admin = await signUpCoach(t.current, "programme-admin");
    coach = await inviteAndAccept(t.current, admin, "coach", "programme-coach");
    client = await inviteAndAccept(t.current, coach, "client", "programme-client");
  });

  it("lets the admin create a programme, add cohorts and rename one", async () => {
    const created = await admin.agent.post("/api/programmes", TEMPLATE);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    programmeId = created.body.id;
    const spring = await admin.agent.post(`/api/programmes/${programmeId}/cohorts`, {
      name: "Spring",
      startDate: "2027-03-01",
    });
    expect(spring.status).toBe(201);
    const twice = await admin.agent.post(`/api/programmes/${programmeId}/cohorts`, {
      name: "spring",
      startDate: "2027-04-01",
    });
    expect(twice.status).toBe(400);
    const autumn = await admin.agent.post(`/api/programmes/${programmeId}/cohorts`, {
      name: "Autumn draft",
      startDate: "2027-09-01",
    });
    const renamed = await admin.agent.put(
      `/api/programmes/${programmeId}/cohorts/${autumn.body.id}`,
      {
        name: "Autumn",
        startDate: "2027-09-06",
      },
    );
    expect(renamed.body).toMatchObject({
      name: "Autumn",
      startDate: "2027-09-06",
      participantCount: 0,
    });
    const read = await admin.agent.get(`/api/programmes/${programmeId}`);
    expect(read.body.cohorts.map((one: { name: string }) => one.name)).toEqual([
      "Spring",
      "Autumn",
    ]);
    const wrong = await admin.agent.put(`/api/programmes/${programmeId}`, {
      ...TEMPLATE,
      instrumentIds: ["no-such-questionnaire"],
      months: 1,
      sessionsPlanned: 9,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields.map((one: { path: string }) => one.path)).toEqual([
      "pulseEveryWeeks",
      "sessionsPlanned",
      "instrumentIds.0",
    ]);
  });

  it("previews a file with bad rows, saving nothing, and refuses to commit it", async () => {
    const csv = csvOf([
      `Ann Lee,ann@${domain},boss@${domain},Spring`,
      `Ann Again,ANN@${domain},,Spring`,
      `Cora,${coach.email},,Spring`,
      `Nobody,not-an-address,Jane Boss,Winter`,
    ]);
    const preview = await admin.agent.post(`/api/programmes/${programmeId}/import/preview`, {
      csv,
    });
    expect(preview.status).toBe(200);
    expect(preview.body.counts).toEqual({
      rows: 4,
      ok: 1,
      withProblems: 3,
      emptySkipped: 0,
      existingClients: 0,
    });
    expect(preview.body.rows[1].problems[0].message).toBe(`ann@${domain} is on row 2 already.`);
    const commit = await admin.agent.post(`/api/programmes/${programmeId}/import`, { csv });
    expect(commit.status).toBe(400);
    expect(commit.body.error.code).toBe("import_has_problems");
    expect(commit.body.error.fields[0]).toEqual({
      path: "row 3: email",
      message: `ann@${domain} is on row 2 already.`,
    });
    expect(await participantsOf(programmeId)).toBe(0);
  });

  it("commits a good file: participants, one client invitation and one mail each", async () => {
    const csv = csvOf([
      `Ann Lee,ann@${domain},boss@${domain},Spring`,
      `"Lee, Bo",bo@${domain},,autumn`,
    ]);
    const commit = await admin.agent.post(`/api/programmes/${programmeId}/import`, { csv });
    expect(commit.status, JSON.stringify(commit.body)).toBe(201);
    expect(commit.body).toMatchObject({ imported: 2, invited: 2, added: 0 });
    const invitations = await t.current.ctx.db
      .select()
      .from(invitation)
      .where(inArray(invitation.email, [`ann@${domain}`, `bo@${domain}`]));
    expect(invitations.map((one) => one.role)).toEqual(["client", "client"]);
    const mails = await t.current.ctx.db
      .select()
      .from(mail)
      .where(eq(mail.to, `ann@${domain}`));
    expect(mails).toHaveLength(1);
    const list = await admin.agent.get(`/api/programmes/${programmeId}/participants`);
    expect(list.body.items).toMatchObject([
      { name: "Ann Lee", managerEmail: `boss@${domain}`, status: "invited", existingClient: false },
      { name: "Lee, Bo", managerEmail: null, status: "invited" },
    ]);
  });

  it("marks a participant joined once they accept, and keeps a cohort with people", async () => {
    const sent = await lastMailTo(t.current.ctx, `ann@${domain}`);
    const token = linkIn(sent.text, "/invitations/").split("/invitations/")[1];
    const accepted = await newAgent(t.current).post(`/api/invitations/token/${token}/accept`, {
      name: "Ann Lee",
      password: PASSWORD,
    });
    expect(accepted.status).toBe(201);
    const list = await admin.agent.get(`/api/programmes/${programmeId}/participants`);
    expect(list.body.items[0]).toMatchObject({ email: `ann@${domain}`, status: "joined" });
    const cohortId = list.body.items[0].cohortId;
    const removal = await admin.agent.delete(`/api/programmes/${programmeId}/cohorts/${cohortId}`);
    expect(removal.status).toBe(409);
    const read = await admin.agent.get(`/api/programmes/${programmeId}`);
    const cohort = read.body.cohorts.find((one: { id: string }) => one.id === cohortId);
    expect(cohort.participantCount).toBeGreaterThan(0);
  });

  it("refuses a second commit of the same file row by row", async () => {
    const csv = csvOf([`Ann Lee,ann@${domain},,Spring`, `"Lee, Bo",bo@${domain},,Autumn`]);
    const again = await admin.agent.post(`/api/programmes/${programmeId}/import`, { csv });
    expect(again.status).toBe(400);
    expect(again.body.error.fields).toHaveLength(2);
    expect(again.body.error.fields[1].message).toBe(
      `bo@${domain} is a participant of this programme already.`,
    );
  });

  it("commits 5,000 rows in one go", async () => {
    const big = await admin.agent.post("/api/programmes", { ...TEMPLATE, name: "Acme at scale" });
    await admin.agent.post(`/api/programmes/${big.body.id}/cohorts`, {
      name: "All",
      startDate: "2027-01-11",
    });
    const csv = csvOf(
      Array.from({ length: 5000 }, (_, i) => `Person ${i},p${i}@bulk-${domain},boss@${domain},All`),
    );
    const started = performance.now();
    const preview = await admin.agent.post(`/api/programmes/${big.body.id}/import/preview`, {
      csv,
    });
    const previewed = performance.now();
    const commit = await admin.agent.post(`/api/programmes/${big.body.id}/import`, { csv });
    const committed = performance.now();
    console.info(
      `${kind}: 5,000-row preview ${Math.round(previewed - started)} ms, commit ${Math.round(committed - previewed)} ms`,
    );
    expect(preview.body.counts.ok).toBe(5000);
    expect(commit.status, JSON.stringify(commit.body).slice(0, 500)).toBe(201);
    expect(await participantsOf(big.body.id)).toBe(5000);
    const [mails] = await t.current.ctx.db
      .select({ n: count() })
      .from(mail)
      .where(like(mail.to, `%@bulk-${domain}`));
    expect(mails?.n).toBe(5000);
  });

  it("answers only the practice's admin", async () => {
    for (const member of [coach, client]) {
      expect((await member.agent.get("/api/programmes")).status).toBe(403);
      const preview = await member.agent.post(`/api/programmes/${programmeId}/import/preview`, {
        csv: "name,email,cohort\n",
      });
      expect(preview.status).toBe(403);
    }
    const other = await signUpCoach(t.current, "other-admin");
    expect((await other.agent.get(`/api/programmes/${programmeId}`)).status).toBe(404);
  });

  async function participantsOf(id: string) {
    const [row] = await t.current.ctx.db
      .select({ n: count() })
      .from(programmeParticipant)
      .where(and(eq(programmeParticipant.programmeId, id)));
    return row?.n ?? 0;
  }
});
