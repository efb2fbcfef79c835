import { and, asc, eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { mail, membership, practice, sponsorReportMailing, user } from "../../src/server/db/schema";
import { runSponsorReports } from "../../src/server/programmes/sponsor-report-mail";
import { inviteAndAccept, type Member, signUpCoach } from "../support/factories";
import { programmeBody, seedCohorts } from "../support/programme-seed";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// The sponsor's report by mail (issue 20, decision 031), driven by the job at chosen instants:
// once per sponsor and period however often it runs, from 08:00 in the sponsor's zone, up to
// three days late; none to a sponsor removed, one who turned it off, or a programme set to none.
// The mail holds the page's figures only: a withheld cohort's never show. Each test has a
// programme and a sponsor of its own, since each run goes over every programme.

const TEMPLATE = programmeBody();

const at = (iso: string) => new Date(iso);

describe.each(databaseKinds())("the sponsor's report by mail on the %s database", (kind) => {
  const t = useTestApp(kind);
  let admin: Member;
  let coach: Member;
  let practiceId: string;
  const run = (now: Date) => runSponsorReports(t.current.ctx, now);

  beforeAll(async () => {
    admin = await signUpCoach(t.current, "report-admin");
    coach = await inviteAndAccept(t.current, admin, "coach", "report-coach");
    const [own] = await t.current.ctx.db
      .select({ practiceId: membership.practiceId })
      .from(membership)
      .where(eq(membership.userId, admin.id));
    practiceId = own?.practiceId as string;
  });

  async function programmeWithSponsor(
    label: string,
    sponsorReport?: "monthly" | "quarterly" | "off",
    name = `Leading ${label}`,
  ) {
    const created = await admin.agent.post("/api/programmes", {
      ...TEMPLATE,
      name,
      ...(sponsorReport ? { sponsorReport } : {}),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const sponsor = await inviteAndAccept(t.current, admin, "sponsor", `report-${label}`);
    const added = await admin.agent.post(`/api/programmes/${created.body.id}/sponsors`, {
      sponsorId: sponsor.id,
    });
    expect(added.status).toBe(201);
    return { programmeId: created.body.id as string, sponsor };
  }

  /** The reports mailed to a sponsor (their invitation came to the same address). */
  const mailsTo = (email: string) =>
    t.current.ctx.db
      .select()
      .from(mail)
      .where(and(eq(mail.to, email), like(mail.subject, "% report from %")));
  const claims = (programmeId: string, sponsorId: string) =>
    t.current.ctx.db
      .select({ day: sponsorReportMailing.day, outcome: sponsorReportMailing.outcome })
      .from(sponsorReportMailing)
      .where(
        and(
          eq(sponsorReportMailing.programmeId, programmeId),
          eq(sponsorReportMailing.sponsorId, sponsorId),
        ),
      )
      .orderBy(asc(sponsorReportMailing.day));

  it("mails the month's report once with the page's figures, a withheld cohort's never", async () => {
    const { programmeId, sponsor } = await programmeWithSponsor("figures");
    const seeded = await seedCohorts(
      t.current,
      admin,
      { practiceId, programmeId, coachId: coach.id, startDate: "2027-01-04" },
      [
        { name: "Spring cohort", people: 6, feedback: { before: 3, after: 3.5 } },
        { name: "Autumn cohort", people: 5, feedback: { before: 3.2, after: 3.4 } },
        { name: "Small cohort", people: 2 },
      ],
    );
    const _cohorts = Object.fromEntries(Object.entries(seeded).map(([name, { id }]) => [name, id]));
    expect(await run(at("2027-02-01T07:59:00Z"))).toMatchObject({ mailed: 0 });
    await Promise.all([run(at("2027-02-01T08:05:00Z")), run(at("2027-02-01T08:05:00Z"))]);
    await run(at("2027-02-01T09:05:00Z"));
    await run(at("2027-02-02T09:05:00Z"));
    const mails = await mailsTo(sponsor.email);
    expect(mails).toHaveLength(1);
    expect(await claims(programmeId, sponsor.id)).toEqual([
      { day: "2027-02-01", outcome: "mailed" },
    ]);
    const [report] = mails;
    if (!report) throw new Error("no report");
    if (process.env.SHOW_SPONSOR_REPORT) console.log(`${report.text}\n\n${report.html}`);
    const [own] = await t.current.ctx.db
      .select({ name: practice.name })
      .from(practice)
      .where(eq(practice.id, practiceId));
    expect(report.subject).toBe(`Leading figures: your monthly report from ${own?.name}`);
    expect(report.text).toContain(`${own?.name}, via Keel`);
    expect(report.inOutbox).toBe(true);
    expect(report.practiceId).toBe(practiceId);
    const text = report.text;
    expect(text).toContain("11 people take part; 11 of them have started their coaching.");
    expect(text).toContain("These totals leave out Small cohort");
    expect(text).toContain("Spring cohort: 6 people, 6 started");
    expect(text).toContain("Small cohort: not shown, as it has fewer than 5 people.");
    expect(text).toMatch(
      /Communicating: up 0\.3\d points(, likely between \+0\.\d\d and \+0\.\d\d)? \(11 people with both 360s\)/,
    );
    expect(text).toContain(`/programmes/${programmeId}/impact`);
    expect(text).toContain(`/api/programmes/${programmeId}/impact.pdf`);
    // The small cohort's two people are in no figure, and nobody is named.
    expect(text).not.toMatch(/13 people|2 people|Small cohort: 2/);
    expect(`${text}${report.html}`).not.toMatch(/Participant|seed\.example/);
    expect(report.html).toContain("<h2");
  });

  it("waits for 08:00 in the sponsor's own zone, and writes the programme's name as text", async () => {
    const { programmeId, sponsor } = await programmeWithSponsor(
      "zoned",
      undefined,
      `<img src=x onerror="alert(1)"> & "Leading"`,
    );
    await t.current.ctx.db
      .update(user)
      .set({ timeZone: "America/New_York" })
      .where(eq(user.id, sponsor.id));
    await run(at("2027-03-01T12:30:00Z"));
    expect(await mailsTo(sponsor.email)).toHaveLength(0);
    await run(at("2027-03-01T13:30:00Z"));
    const [report] = await mailsTo(sponsor.email);
    expect(report?.text).toContain(`<img src=x onerror="alert(1)"> & "Leading"`);
    expect(report?.html).not.toContain("<img");
    expect(report?.html).toContain("&#60;img src=x onerror=&#34;alert(1)&#34;&#62; &#38;");
    expect(report?.text).toContain(
      "No figures yet: each needs at least 5 people, and fewer are counted so far.",
    );
    expect(await claims(programmeId, sponsor.id)).toEqual([
      { day: "2027-03-01", outcome: "mailed" },
    ]);
  });

  it("sends none to a sponsor removed from the programme", async () => {
    const { programmeId, sponsor } = await programmeWithSponsor("removed");
    const removed = await admin.agent.delete(
      `/api/programmes/${programmeId}/sponsors/${sponsor.id}`,
    );
    expect(removed.status).toBe(204);
    await run(at("2027-04-01T09:00:00Z"));
    expect(await mailsTo(sponsor.email)).toHaveLength(0);
    expect(await claims(programmeId, sponsor.id)).toEqual([]);
  });

  it("sends none to a sponsor who turned the topic off", async () => {
    const { programmeId, sponsor } = await programmeWithSponsor("topic-off");
    const off = await sponsor.agent.put("/api/me/mail-preferences", {
      topics: [{ id: "sponsor_report", enabled: false }],
    });
    expect(off.status, JSON.stringify(off.body)).toBe(200);
    await run(at("2027-05-01T09:00:00Z"));
    expect(await mailsTo(sponsor.email)).toHaveLength(0);
    expect(await claims(programmeId, sponsor.id)).toEqual([
      { day: "2027-05-01", outcome: "skipped" },
    ]);
  });

  it("keeps the admin's setting: none when off, quarterly only in a quarter's first month", async () => {
    const off = await programmeWithSponsor("setting-off", "off");
    const read = await admin.agent.get(`/api/programmes/${off.programmeId}`);
    expect(read.body.sponsorReport).toBe("off");
    const saved = await admin.agent.put(`/api/programmes/${off.programmeId}`, {
      ...TEMPLATE,
      name: "Leading setting-off",
    });
    expect(saved.body.sponsorReport).toBe("off");
    const refused = await admin.agent.put(`/api/programmes/${off.programmeId}`, {
      ...TEMPLATE,
      name: "Leading setting-off",
      sponsorReport: "weekly",
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe("invalid_input");

    const quarterly = await programmeWithSponsor("quarterly", "quarterly");
    await run(at("2027-05-01T09:00:00Z"));
    await run(at("2027-06-01T09:00:00Z"));
    expect(await mailsTo(quarterly.sponsor.email)).toHaveLength(0);
    await run(at("2027-07-01T09:00:00Z"));
    const [report] = await mailsTo(quarterly.sponsor.email);
    expect(report?.subject).toContain("your quarterly report");
    expect(report?.text).toContain("each quarter");
    expect(await mailsTo(off.sponsor.email)).toHaveLength(0);
    expect(await claims(off.programmeId, off.sponsor.id)).toEqual([]);
    expect(await claims(quarterly.programmeId, quarterly.sponsor.id)).toEqual([
      { day: "2027-04-01", outcome: "skipped" },
      { day: "2027-07-01", outcome: "mailed" },
    ]);
  });

  it("sends a report up to three days late, and records an older one as skipped", async () => {
    const late = await programmeWithSponsor("late");
    await run(at("2027-08-04T23:00:00Z"));
    expect(await mailsTo(late.sponsor.email)).toHaveLength(1);
    const later = await programmeWithSponsor("too-late");
    await run(at("2027-09-05T09:00:00Z"));
    expect(await mailsTo(later.sponsor.email)).toHaveLength(0);
    expect(await claims(later.programmeId, later.sponsor.id)).toEqual([
      { day: "2027-09-01", outcome: "skipped" },
    ]);
  });
});
