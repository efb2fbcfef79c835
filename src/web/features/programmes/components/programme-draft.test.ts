import { describe, expect, it } from "vitest";
import { checkDraft, EMPTY_DRAFT } from "./programme-draft";

const named = { ...EMPTY_DRAFT, name: " Leading at Northwind ", organisationName: "Northwind" };

describe("checkDraft", () => {
  it("sends numbers as numbers and empty choices as null", () => {
    expect(checkDraft({ ...named, pulseEveryWeeks: "" })).toEqual({
      ok: true,
      body: {
        name: "Leading at Northwind",
        organisationName: "Northwind",
        instrumentIds: [],
        competencyModelId: null,
        sessionsPlanned: 8,
        months: 6,
        courseId: null,
        pulseEveryWeeks: null,
        sponsorReport: "monthly",
      },
    });
    const quarterly = checkDraft({ ...named, sponsorReport: "quarterly" });
    expect(quarterly.ok && quarterly.body.sponsorReport).toBe("quarterly");
  });

  it("names each field to fix, before the template's own rules", () => {
    const checked = checkDraft({ ...EMPTY_DRAFT, sessionsPlanned: "2.5", months: "" });
    expect(checked.ok ? [] : checked.problems.map((problem) => problem.path)).toEqual([
      "name",
      "organisationName",
      "sessionsPlanned",
      "months",
    ]);
  });

  it("applies the template's rules: a pulse must fit in the programme", () => {
    const checked = checkDraft({ ...named, months: "1", pulseEveryWeeks: "8" });
    expect(checked.ok ? [] : checked.problems.map((problem) => problem.path)).toEqual([
      "pulseEveryWeeks",
    ]);
  });
});
