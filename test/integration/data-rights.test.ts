import { eq, type SQL, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type DataExport, dataExport } from "../../src/contract/data-rights";
import { personsRows } from "../../src/server/data-rights/export";
import { NOT_KEELS_TABLES, PERSONAL_TABLES } from "../../src/server/data-rights/personal-tables";
import { type DatabaseHandle, rawQuery } from "../../src/server/db/database";
import {
  engagement,
  feedbackRater,
  practice,
  subscriber,
  subscription,
  user,
} from "../../src/server/db/schema";
import { type DemoLogin, seedDemoIfEmpty } from "../../src/server/demo/seed-demo";
import { rowsOf } from "../../src/server/http/rate-limit";
import type { Agent } from "../support/agent";
import { buildWorld, newAgent, PASSWORD } from "../support/factories";
import { createCampaign, moveCampaign, nominate } from "../support/feedback-factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

const DANIEL = { name: "Daniel Reyes", email: "daniel.client@example.com" };
// Daniel's own words in the demo: a check-in, a session preparation and a session reflection.
const DANIELS_WORDS = [
  "Wrote my list of what only I can do. It is shorter than I thought.",
  "I wrote a one-page brief for the supplier review",
  "I have been judging handed-over work against my own way of doing it",
];
// Maya's private note about Daniel: his export never holds it, his erasure removes it.
const MAYAS_PRIVATE_NOTE = "The pull to rescue seems tied to how he thinks the director sees him";

async function publicTables(handle: DatabaseHandle): Promise<string[]> {
  const rows = await rawQuery<{ table_name: string }>(
    handle,
    `select table_name from information_schema.tables
     where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  return rows.map((r) => r.table_name).filter((name) => !NOT_KEELS_TABLES.has(name));
}

/** Every table and text-like column of Keel's database where `needle` occurs, as "table.column". */
async function whereFound(handle: DatabaseHandle, needle: string): Promise<string[]> {
  const columns = await rawQuery<{ table_name: string; column_name: string }>(
    handle,
    `select table_name, column_name from information_schema.columns
     where table_schema = 'public' and data_type in ('text', 'character varying', 'jsonb', 'json', 'ARRAY')`,
  );
  const found: string[] = [];
  for (const { table_name, column_name } of columns) {
    const [row] = await rawQuery<{ n: number | string }>(
      handle,
      `select count(*) as n from "${table_name}" where strpos(lower("${column_name}"::text), lower($1)) > 0`,
      [needle],
    );
    if (Number(row?.n) > 0) found.push(`${table_name}.${column_name}`);
  }
  return found;
}

/** How many rows each table holds: what a failed erasure must leave as it was. */
async function rowCounts(handle: DatabaseHandle): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await publicTables(handle)) {
    const [row] = await rawQuery<{ n: number | string }>(
      handle,
      `select count(*) as n from "${table}"`,
    );
    counts[table] = Number(row?.n);
  }
  return counts;
}

describe.each(databaseKinds())("a client's data on the %s database", (kind) => {
  const t = useTestApp(kind);
  let logins: DemoLogin[];
  let daniel: Agent;
  let danielId: string;

  const signIn = async (email: string) => {
    const login = logins.find((l) => l.email === email);
    if (!login) throw new Error(`no demo login ${email}`);
    const agent = newAgent(t.current);
    const response = await agent.post("/api/auth/sign-in", login);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return agent;
  };
  const passwordOf = (email: string) => logins.find((l) => l.email === email)?.password ?? "";

  beforeAll(async () => {
    logins = (await seedDemoIfEmpty(t.current.ctx)) ?? [];
    daniel = await signIn(DANIEL.email);
    const [row] = await t.current.ctx.db.select().from(user).where(eq(user.email, DANIEL.email));
    danielId = row?.id ?? "";
  });

  it("classifies every table of the database, so a new table cannot be forgotten", async () => {
    const tables = await publicTables(t.current.handle);
    const unclassified = tables.filter((table) => !(table in PERSONAL_TABLES));
    expect(unclassified, "add these to src/server/data-rights/personal-tables.ts").toEqual([]);
    const gone = Object.keys(PERSONAL_TABLES).filter((table) => !tables.includes(table));
    expect(gone, "tables classified but not in the database").toEqual([]);

    const columns = await rawQuery<{ table_name: string; column_name: string }>(
      t.current.handle,
      `select table_name, column_name from information_schema.columns where table_schema = 'public'`,
    );
    const has = (table: string, column: string) =>
      columns.some((c) => c.table_name === table && c.column_name === column);
    for (const [table, rule] of Object.entries(PERSONAL_TABLES)) {
      if (rule.kind === "person") expect(has(table, rule.column), table).toBe(true);
      if (rule.kind === "engagement") expect(has(table, "engagement_id"), table).toBe(true);
      if (rule.kind === "under" || rule.kind === "anonymous") {
        expect(has(table, rule.column), table).toBe(true);
        expect(PERSONAL_TABLES[rule.parent]?.kind, table).toMatch(/person|engagement|under/);
      }
      for (const column of "export" in rule ? (rule.export?.omit ?? []) : []) {
        expect(has(table, column), `${table}.${column}`).toBe(true);
      }
    }
  });

  it("hands Daniel everything Keel holds about him, and nothing he may not read", async () => {
    const response = await daniel.get<DataExport>("/api/me/export");
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const document = dataExport.parse(response.body);
    expect(document.person).toMatchObject({ ...DANIEL, role: "client" });

    // Every classified table is in the export, or said to be withheld, or holds nobody's data.
    for (const [table, rule] of Object.entries(PERSONAL_TABLES)) {
      if (rule.kind === "none") continue;
      expect(table in document.tables || table in document.withheld, table).toBe(true);
    }
    // Each table exported whole has as many rows as the database holds of his.
    for (const [table, rule] of Object.entries(PERSONAL_TABLES)) {
      if (rule.kind === "none" || rule.kind === "special" || rule.kind === "anonymous") continue;
      if (rule.export?.where || rule.export?.withheld) continue;
      const result = await t.current.ctx.db.execute(personsCount(table, danielId));
      const [row] = rowsOf<{ n: number | string }>(result);
      expect(document.tables[table]?.length, table).toBe(Number(row?.n));
    }
    const nonEmpty = Object.entries(document.tables).filter(([, rows]) => rows.length > 0);
    expect(nonEmpty.length).toBeGreaterThan(25);

    const text = JSON.stringify(document);
    for (const words of DANIELS_WORDS) expect(text).toContain(words);
    expect(text).not.toContain(MAYAS_PRIVATE_NOTE);
    expect(JSON.stringify(document.tables.account)).not.toContain("argon2");
    expect(document.tables.session?.[0]).not.toHaveProperty("token");
    expect(document.tables.feedback_rater?.[0]).not.toHaveProperty("completed");

    // The PDFs listed are his to fetch.
    expect(document.pdfs.map((p) => p.url)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/api\/feedback-campaigns\/[0-9a-f-]+\/report\.pdf$/),
        expect.stringMatching(/^\/api\/engagements\/[0-9a-f-]+\/goals\.pdf$/),
      ]),
    );
    for (const pdf of document.pdfs) {
      const fetched = await daniel.get(pdf.url);
      expect(fetched.status, pdf.url).toBe(200);
    }
  });

  it("also hands out what the practice's lists know by his address alone", async () => {
    const db = t.current.ctx.db;
    const [home] = await db.insert(practice).values({ name: "A practice he reads" }).returning();
    const [reader] = await db
      .insert(subscriber)
      .values({
        practiceId: home?.id ?? "",
        email: DANIEL.email,
        name: "Dan R.",
        timeZone: "Europe/London",
      })
      .returning();
    await db.insert(subscription).values({
      practiceId: home?.id ?? "",
      subscriberId: reader?.id ?? "",
      list: "articles",
      confirmTokenHash: "a-hash-that-is-never-handed-out",
    });
    const response = await daniel.get<DataExport>("/api/me/export");
    expect(response.status).toBe(200);
    const byAddress = response.body.tables.subscriber?.find((row) => row.id === reader?.id);
    expect(byAddress).toMatchObject({ email: DANIEL.email, name: "Dan R.", user_id: null });
    const lists = response.body.tables.subscription?.filter(
      (row) => row.subscriber_id === reader?.id,
    );
    expect(lists?.map((row) => row.list)).toEqual(["articles"]);
    expect(lists?.[0]).not.toHaveProperty("confirm_token_hash");
    // The erasure below must leave no row with his address: these included.
  });

  it("refuses a wrong password or an untyped confirmation, and erases nothing", async () => {
    const before = await rowCounts(t.current.handle);
    const wrong = await daniel.post("/api/me/erasure", {
      password: "not my password",
      confirmation: "erase my data",
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ error: { code: "wrong_password" } });
    const untyped = await daniel.post("/api/me/erasure", {
      password: passwordOf(DANIEL.email),
      confirmation: "yes",
    });
    expect(untyped.status).toBe(400);
    expect(untyped.body).toMatchObject({ error: { code: "invalid_input" } });
    const after = await rowCounts(t.current.handle);
    // A wrong password is counted (rate_limit); nothing else changes.
    expect({ ...after, rate_limit: 0 }).toEqual({ ...before, rate_limit: 0 });
  });

  it("refuses the practice admin while the client is still coached", async () => {
    const maya = await signIn("maya.coach@example.com");
    const refused = await maya.post(`/api/clients/${danielId}/erasure`, {
      password: passwordOf("maya.coach@example.com"),
      confirmation: "erase my data",
    });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: { code: "still_coached" } });
    const [still] = await t.current.ctx.db.select().from(user).where(eq(user.id, danielId));
    expect(still?.email).toBe(DANIEL.email);
  });

  it("leaves everything as it was when the erasure fails on its last step", async () => {
    const before = await rowCounts(t.current.handle);
    await rawQuery(
      t.current.handle,
      `create function refuse_erasure() returns trigger language plpgsql as $$
       begin raise exception 'refused for the test'; end $$`,
    );
    await rawQuery(
      t.current.handle,
      `create trigger refuse_erasure before delete on "user" for each row execute function refuse_erasure()`,
    );
    try {
      const failed = await daniel.post("/api/me/erasure", {
        password: passwordOf(DANIEL.email),
        confirmation: "Erase my data",
      });
      expect(failed.status).toBe(500);
    } finally {
      await rawQuery(t.current.handle, `drop trigger refuse_erasure on "user"`);
      await rawQuery(t.current.handle, "drop function refuse_erasure()");
    }
    const after = await rowCounts(t.current.handle);
    expect({ ...after, rate_limit: 0 }).toEqual({ ...before, rate_limit: 0 });
    expect(await whereFound(t.current.handle, DANIELS_WORDS[0] ?? "")).not.toEqual([]);
  });

  it("erases Daniel everywhere, and leaves Priya's coaching as it was", async () => {
    const priyaBefore = await t.current.ctx.db
      .select()
      .from(engagement)
      .innerJoin(user, eq(user.id, engagement.clientId))
      .where(eq(user.email, "priya.client@example.com"));
    const erased = await daniel.post("/api/me/erasure", {
      password: passwordOf(DANIEL.email),
      confirmation: " Erase my data ",
    });
    expect(erased.status, JSON.stringify(erased.body)).toBe(200);
    expect(erased.body).toMatchObject({ erased: true, rows: { engagement: 1, user: 1 } });

    for (const needle of [
      DANIEL.name,
      DANIEL.email,
      danielId,
      ...DANIELS_WORDS,
      MAYAS_PRIVATE_NOTE,
    ]) {
      expect(await whereFound(t.current.handle, needle), needle).toEqual([]);
    }
    // The job queue's jobs carry ids at most, never his name, address or words.
    for (const needle of [DANIEL.name, DANIEL.email, ...DANIELS_WORDS]) {
      const jobs = await rawQuery(
        t.current.handle,
        "select id from pgboss.job where strpos(lower(data::text), lower($1)) > 0",
        [needle],
      );
      expect(jobs, needle).toEqual([]);
    }
    expect((await daniel.get("/api/me")).status).toBe(401);
    const again = await newAgent(t.current).post("/api/auth/sign-in", {
      email: DANIEL.email,
      password: passwordOf(DANIEL.email),
    });
    expect(again.status).toBe(401);

    const priyaAfter = await t.current.ctx.db
      .select()
      .from(engagement)
      .innerJoin(user, eq(user.id, engagement.clientId))
      .where(eq(user.email, "priya.client@example.com"));
    expect(priyaAfter).toEqual(priyaBefore);
    expect((await signIn("maya.coach@example.com")).constructor).toBeDefined();
  });
});

function personsCount(table: string, personId: string): SQL {
  return sql`select count(*) as n from ${sql.identifier(table)} where ${personsRows(table, personId)}`;
}

describe.each(databaseKinds())("a client who has left, on the %s database", (kind) => {
  const t = useTestApp(kind);

  it("may be erased by the practice admin once every engagement is closed", async () => {
    const world = await buildWorld(t.current);
    const body = { password: PASSWORD, confirmation: "erase my data" };
    const url = `/api/clients/${world.client.id}/erasure`;
    expect((await world.admin.agent.post(url, body)).status).toBe(409);
    // Only a client of the admin's own practice is found.
    for (const other of [world.coach, world.sponsor, world.outsiderClient]) {
      const refused = await world.admin.agent.post(`/api/clients/${other.id}/erasure`, body);
      expect(refused.status).toBe(404);
    }

    // The client is a peer rater in another client's 360: that row stays, without their name.
    const othersCampaign = await createCampaign(world.otherCoach, world.otherEngagement.id);
    await moveCampaign(world.otherCoach, othersCampaign.id, "nominating");
    await nominate(world.otherClient, othersCampaign.id, [
      { name: world.client.name, email: world.client.email, group: "peer" },
    ]);
    const ratersOfOthers = () =>
      t.current.ctx.db
        .select({ id: feedbackRater.id, name: feedbackRater.name })
        .from(feedbackRater)
        .where(eq(feedbackRater.campaignId, othersCampaign.id));
    const [raterBefore] = await ratersOfOthers();
    expect(raterBefore?.name).toBe(world.client.name);

    const closed = await world.coach.agent.post(`/api/engagements/${world.engagement.id}/stage`, {
      to: "closed",
    });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    const erased = await world.admin.agent.post(url, body);
    expect(erased.status, JSON.stringify(erased.body)).toBe(200);
    expect(await whereFound(t.current.handle, world.client.email)).toEqual([]);
    expect(await whereFound(t.current.handle, world.client.name)).toEqual([]);
    expect(await ratersOfOthers()).toEqual([{ id: raterBefore?.id, name: "Erased rater" }]);
    // The other client of the practice is untouched.
    expect(await whereFound(t.current.handle, world.otherClient.email)).not.toEqual([]);
  });
});
