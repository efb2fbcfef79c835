import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { programmeParticipant } from "../../src/server/db/schema";
import { type Member, signUpCoach } from "../support/factories";
import { programmeBody } from "../support/programme-seed";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// GET /api/programmes/:id/participants comes in keyset pages by name (decision 006), narrowed
// by cohort and by text in a name or address.

const TEMPLATE = programmeBody({ name: "Paged at Acme", competencyModelId: null });
const NAMES = ["Zoe Ng", "Ann Lee", "ann lee", "Bo 100%", "Cy_Ra", "Dee Fox", "Eli Mo"];

describe.each(databaseKinds())("a programme's participants in pages on the %s database", (kind) => {
  const t = useTestApp(kind);
  let admin: Member;
  let base: string;
  let programmeId: string;
  const cohorts: Record<string, string> = {};
  const domain = `${kind}-paged.example`;

  beforeAll(async () => {
    admin = await signUpCoach(t.current, "paged-admin");
    const created = await admin.agent.post("/api/programmes", TEMPLATE);
    programmeId = created.body.id;
    base = `/api/programmes/${programmeId}/participants`;
    for (const [name, startDate] of [
      ["Spring", "2027-03-01"],
      ["Autumn", "2027-09-01"],
    ] as const) {
      const cohort = await admin.agent.post(`/api/programmes/${created.body.id}/cohorts`, {
        name,
        startDate,
      });
      cohorts[name] = cohort.body.id;
    }
    const rows = NAMES.map(
      (name, i) => `"${name}",p${i}@${domain},,${i % 2 === 0 ? "Spring" : "Autumn"}`,
    );
    const commit = await admin.agent.post(`/api/programmes/${created.body.id}/import`, {
      csv: `name,email,manager,cohort\n${rows.join("\n")}\n`,
    });
    expect(commit.status, JSON.stringify(commit.body)).toBe(201);
  });

  async function allPages(query: string) {
    const names: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const next: string = cursor ? `&cursor=${cursor}` : "";
      const page = await admin.agent.get(`${base}?limit=3${query}${next}`);
      expect(page.status, JSON.stringify(page.body)).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(3);
      names.push(...page.body.items.map((p: { name: string }) => p.name));
      cursor = page.body.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    return { names, pages };
  }

  it("walks every participant once, by name, a page at a time", async () => {
    const { names, pages } = await allPages("");
    expect(names).toHaveLength(NAMES.length);
    expect(new Set(names).size).toBe(NAMES.length);
    expect(pages).toBe(3);
    // The database's own order of names (its collation), which the keyset follows.
    const sorted = await t.current.ctx.db
      .select({ name: programmeParticipant.name })
      .from(programmeParticipant)
      .where(eq(programmeParticipant.programmeId, programmeId))
      .orderBy(asc(programmeParticipant.name), asc(programmeParticipant.id));
    expect(names).toEqual(sorted.map((row) => row.name));
  });

  it("narrows by cohort and by text in a name or address, % and _ taken literally", async () => {
    const autumn = await allPages(`&cohortId=${cohorts.Autumn}`);
    expect(autumn.names.sort()).toEqual(["Ann Lee", "Bo 100%", "Dee Fox"].sort());
    const ann = await admin.agent.get(`${base}?q=ANN`);
    expect(ann.body.items).toHaveLength(2);
    const percent = await admin.agent.get(`${base}?q=${encodeURIComponent("%")}`);
    expect(percent.body.items.map((p: { name: string }) => p.name)).toEqual(["Bo 100%"]);
    const underscore = await admin.agent.get(`${base}?q=_`);
    expect(underscore.body.items.map((p: { name: string }) => p.name)).toEqual(["Cy_Ra"]);
    const byAddress = await admin.agent.get(`${base}?q=p6@`);
    expect(byAddress.body.items.map((p: { name: string }) => p.name)).toEqual(["Eli Mo"]);
    const both = await admin.agent.get(`${base}?q=ann&cohortId=${cohorts.Spring}`);
    expect(both.body.items.map((p: { name: string }) => p.name)).toEqual(["ann lee"]);
  });

  it("answers a hostile query with a 400 naming the field, never a 5xx", async () => {
    for (const [query, field] of [
      ["limit=0", "limit"],
      ["limit=101", "limit"],
      ["cursor=not-a-cursor", "cursor"],
      [`cursor=${Buffer.from('{"name":1}').toString("base64url")}`, "cursor"],
      ["cohortId=nope", "cohortId"],
      [`q=${"x".repeat(161)}`, "q"],
    ]) {
      const response = await admin.agent.get(`${base}?${query}`);
      expect(response.status, query).toBe(400);
      expect(JSON.stringify(response.body.error.fields), query).toContain(field);
    }
    const nul = await admin.agent.get(`${base}?q=%00`);
    expect(nul.status).toBeLessThan(500);
    const unknownCohort = await admin.agent.get(
      `${base}?cohortId=00000000-0000-4000-8000-000000000000`,
    );
    expect(unknownCohort.body).toEqual({ items: [], nextCursor: null });
  });
});
