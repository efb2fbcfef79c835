import { sql } from "drizzle-orm";
import { QueryBuilder } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { rowNamer } from "./array-rows";
import { engagement } from "./schema";

/** A selection of literals whose every value names its own key, in the order given. */
function selectionOf(keys: string[]) {
  return Object.fromEntries(keys.map((key) => [key, sql.raw(`'value of ${key}'`)]));
}

/** What the database would send for the query: its literals in the order the statement has them. */
function arrayRowOf(query: { toSQL(): { sql: string } }, keys: string[]) {
  const text = query.toSQL().sql;
  return keys
    .map((key) => ({ key, at: text.indexOf(`'value of ${key}'`) }))
    .sort((a, b) => a.at - b.at)
    .map(({ key }) => `value of ${key}`);
}

describe("naming array rows", () => {
  const keys = ["id", "title", "coachName", "clientName", "sponsorName", "createdAt"];

  it.each([
    ["as written", keys],
    ["reversed", [...keys].reverse()],
    ["shuffled", ["clientName", "id", "createdAt", "coachName", "sponsorName", "title"]],
  ])("gives each value the key of its column, with the selection %s", (_, order) => {
    const query = new QueryBuilder().select(selectionOf(order)).from(engagement);
    const row = rowNamer(query._.config.fields)(arrayRowOf(query, order));
    for (const key of keys) expect(row[key]).toBe(`value of ${key}`);
  });

  it("names columns of a table in the statement's order", () => {
    const selection = { title: engagement.title, id: engagement.id, stage: engagement.stage };
    const query = new QueryBuilder().select(selection).from(engagement);
    expect(query.toSQL().sql).toMatch(/^select "title", "id", "stage" from/);
    expect(rowNamer(query._.config.fields)(["Presence", "e-1", "coaching"])).toEqual({
      title: "Presence",
      id: "e-1",
      stage: "coaching",
    });
  });

  it("refuses a nested selection, whose values Drizzle would flatten", () => {
    const nested = { id: engagement.id, coach: { id: engagement.coachId } };
    expect(() => rowNamer(nested)).toThrow(/"coach" is not a column/);
  });
});
