import { describe, expect, it } from "vitest";
import type { Goal, GuidanceItem } from "../../../../contract/goals";
import { fieldOf, guidanceByField, withOverride, withoutOverride } from "./guidance";

const item = (path: string, code = path): GuidanceItem => ({
  path,
  code,
  message: `About ${path}`,
  severity: "advice",
});

describe("guidance beside the goal's fields", () => {
  it("shows a nested path at its field, and each field's own guidance beside it", () => {
    expect(fieldOf("measure.unit")).toBe("measure");
    expect(fieldOf("body/measure/what")).toBe("measure");
    expect(fieldOf("realisticPerWeek")).toBe("realisticPerWeek");
    expect(fieldOf("developmentEntryIds.2")).toBe("developmentEntryIds");
    expect(fieldOf("")).toBeNull();
    expect(fieldOf("revision")).toBeNull();
  });

  it("groups guidance by field, keeping what names no field apart", () => {
    const grouped = guidanceByField([
      item("statement"),
      item("measure.unit"),
      item("measure"),
      item(""),
    ]);
    expect(grouped.get("measure")?.map((g) => g.path)).toEqual(["measure.unit", "measure"]);
    expect(grouped.get("statement")).toHaveLength(1);
    expect(grouped.get("")).toHaveLength(1);
    expect(grouped.get("target")).toBeUndefined();
  });
});

describe("setting guidance aside", () => {
  const goal = {
    overrides: [
      { code: "no_link", reason: "Agreed in session", by: "p", at: "2026-12-01T10:00:00.000Z" },
    ],
  } as Goal;

  it("keeps the overrides already made and adds the new one", () => {
    expect(withOverride(goal, "vague_statement", "It is observable")).toEqual([
      { code: "no_link", reason: "Agreed in session" },
      { code: "vague_statement", reason: "It is observable" },
    ]);
  });

  it("replaces the reason of one set aside again, and brings one back", () => {
    expect(withOverride(goal, "no_link", "New reason")).toEqual([
      { code: "no_link", reason: "New reason" },
    ]);
    expect(withoutOverride(goal, "no_link")).toEqual([]);
  });
});
