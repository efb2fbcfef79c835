import { asc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { beforeAll, describe, expect, it } from "vitest";
import { prepareArrayRows } from "../../src/server/db/array-rows";
import { engagement, user } from "../../src/server/db/schema";
import { inviteAndAccept, openEngagement, signUpCoach } from "../support/factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

const coach = alias(user, "coach");
const sponsor = alias(user, "sponsor");

// One column of each kind the hand-read lists select, aliased tables and a left join included.
const COLUMNS = {
  id: engagement.id,
  title: engagement.title,
  startDate: engagement.startDate,
  sessionsPlanned: engagement.sessionsPlanned,
  stage: engagement.stage,
  createdAt: engagement.createdAt,
  coachName: coach.name,
  coachEmail: coach.email,
  sponsorId: sponsor.id,
  sponsorName: sponsor.name,
  titleLength: sql<number>`length(${engagement.title})`,
};

describe.each(databaseKinds())("array rows on the %s database", (kind) => {
  const t = useTestApp(kind);

  beforeAll(async () => {
    const owner = await signUpCoach(t.current, "rows");
    const client = await inviteAndAccept(t.current, owner, "client");
    const sponsorMember = await inviteAndAccept(t.current, owner, "sponsor");
    await openEngagement(owner, client, sponsorMember, {
      title: "Sponsored",
      startDate: "2026-10-02",
    });
    await openEngagement(owner, client, undefined, { title: "Alone", startDate: "2026-11-03" });
  });

  function selectWith(selection: typeof COLUMNS) {
    return t.current.ctx.db
      .select(selection)
      .from(engagement)
      .innerJoin(coach, eq(coach.id, engagement.coachId))
      .leftJoin(sponsor, eq(sponsor.id, engagement.sponsorId))
      .orderBy(asc(engagement.title));
  }

  it.each([
    ["as written", Object.keys(COLUMNS)],
    ["reversed", Object.keys(COLUMNS).reverse()],
  ])("names every value as Drizzle does, with the selection %s", async (order, keys) => {
    const selection = Object.fromEntries(
      keys.map((key) => [key, COLUMNS[key as keyof typeof COLUMNS]]),
    ) as typeof COLUMNS;
    const statement = prepareArrayRows(
      t.current.ctx.db,
      `keel_test_array_rows_${order === "as written" ? "forward" : "reversed"}`,
      selectWith(selection),
    );
    const rows = await statement({});
    expect(rows).toHaveLength(2);
    // Dates stay PostgreSQL's text, which Drizzle would have parsed.
    const withDates = rows.map((row) => ({ ...row, createdAt: new Date(row.createdAt) }));
    expect(withDates).toEqual(await selectWith(selection));
    expect(rows[0]?.createdAt).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/);
    expect(rows[0]).toMatchObject({ title: "Alone", sponsorId: null, sponsorName: null });
    expect(Object.keys(rows[0] ?? {})).toEqual(keys);
  });
});
