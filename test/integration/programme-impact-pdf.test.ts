import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { membership } from "../../src/server/db/schema";
import { inviteAndAccept, type Member, signUpCoach } from "../support/factories";
import { downloadAs } from "../support/feedback-answers";
import { pdfText } from "../support/pdf-text";
import { programmeBody, seedCohorts } from "../support/programme-seed";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// The sponsor's programme page as a PDF (issue 20, decision 031): the same figures as the JSON,
// the same access and the same refusals. Cohort A of 6 and B of 5 show; C of 2 is withheld, so
// its figures appear nowhere, only its name and why.

const TEMPLATE = programmeBody();

describe.each(databaseKinds())("a programme's impact as a PDF on the %s database", (kind) => {
  const t = useTestApp(kind);
  let admin: Member;
  let coach: Member;
  let client: Member;
  let sponsor: Member;
  let otherSponsor: Member;
  let programmeId: string;
  const cohorts: Record<string, string> = {};
  const pdfUrl = (query = "") => `/api/programmes/${programmeId}/impact.pdf${query}`;
  const textOf = async (member: Member, query = "") => {
    const pdf = await downloadAs(t.current, member, pdfUrl(query));
    expect(pdf.status, pdf.bytes.toString("utf8").slice(0, 300)).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expect(pdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    return pdfText(pdf.bytes).replace(/\s+/g, " ");
  };

  beforeAll(async () => {
    admin = await signUpCoach(t.current, "impact-pdf-admin");
    coach = await inviteAndAccept(t.current, admin, "coach", "impact-pdf-coach");
    client = await inviteAndAccept(t.current, coach, "client", "impact-pdf-client");
    sponsor = await inviteAndAccept(t.current, admin, "sponsor", "impact-pdf-sponsor");
    otherSponsor = await inviteAndAccept(t.current, admin, "sponsor", "impact-pdf-other");
    const programme = await admin.agent.post("/api/programmes", {
      ...TEMPLATE,
      name: "Leading at Acme",
    });
    programmeId = programme.body.id;
    await admin.agent.post(`/api/programmes/${programmeId}/sponsors`, { sponsorId: sponsor.id });
    const [own] = await t.current.handle.db
      .select({ practiceId: membership.practiceId })
      .from(membership)
      .where(eq(membership.userId, admin.id));
    const seeded = await seedCohorts(
      t.current,
      admin,
      {
        practiceId: own?.practiceId as string,
        programmeId,
        coachId: coach.id,
        startDate: "2027-03-01",
      },
      [
        { name: "Cohort A", people: 6, booked: true, feedback: { before: 3, after: 3.5 } },
        { name: "Cohort B", people: 5, feedback: { before: 3.2, after: 3.4 } },
        { name: "Cohort C", people: 2 },
      ],
    );
    for (const [name, { id }] of Object.entries(seeded)) cohorts[name] = id;
  });

  it("writes the programme's figures, each cohort's or why not, and the competencies' change", async () => {
    const text = await textOf(sponsor);
    expect(text).toContain("Leading at Acme");
    expect(text).toContain("Acme Ltd");
    expect(text).toContain("at least 5 people");
    expect(text).toMatch(/PARTICIPANTS STARTED COACHING SESSIONS HELD 11 11 of 11 11/);
    expect(text).toContain(
      "Cohort A: 6 participants, 6 started coaching, 6 sessions held, 6 goals achieved.",
    );
    expect(text).toContain("Cohort B: 5 participants");
    expect(text).toContain(
      "Cohort C: not shown, fewer than 5 people. Figures are shown only for groups of at least 5 participants",
    );
    expect(text).toContain("Left out of every figure, the programme's included");
    expect(text).not.toMatch(/Cohort C:? \d|\b2 participants/);
    expect(text).toContain("Participation");
    expect(text).toContain("Communicating (11 people)");
    expect(text).toContain("+0.36");
    expect(text).toMatch(/Setting direction[^.]*: fewer than 5 people have both 360 rounds/);
    expect(text).not.toMatch(/Participant |seed\.example/);
  });

  it("writes the view asked for first, for the admin as for the sponsor", async () => {
    const text = await textOf(admin, `?cohort=${cohorts["Cohort A"]}&stage=in_sessions`);
    expect(text).toMatch(/GROUP SHOWN .* Cohort A, stage: In regular sessions/);
    expect(text).toContain("Each cohort, every stage");
    expect(text).toMatch(/Cohort A, stage: In regular sessions PARTICIPANTS .* 6 6 of 6 6/);
  });

  it("refuses what the JSON refuses, with the same answers", async () => {
    const small = await sponsor.agent.get(pdfUrl(`?cohort=${cohorts["Cohort C"]}`));
    expect(small.status).toBe(400);
    expect(small.body.error.code).toBe("group_too_small");
    expect(small.body.error.message).toContain("at least 5 participants");
    const unknown = await sponsor.agent.get(pdfUrl(`?cohort=${randomUUID()}`));
    expect(unknown.body.error.code).toBe("view_not_offered");
    const badStage = await sponsor.agent.get(pdfUrl("?stage=somewhere"));
    expect(badStage.status).toBe(400);
    expect(badStage.body.error.code).toBe("invalid_input");
    expect((await otherSponsor.agent.get(pdfUrl())).status).toBe(404);
    expect((await coach.agent.get(pdfUrl())).status).toBe(403);
    expect((await client.agent.get(pdfUrl())).status).toBe(403);
    expect((await sponsor.agent.get(`/api/programmes/${randomUUID()}/impact.pdf`)).status).toBe(
      404,
    );
  });
});
