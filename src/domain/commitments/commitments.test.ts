import { describe, expect, it } from "vitest";
import {
  isOverdue,
  mayMarkCommitment,
  occurrenceDays,
  repeatProblem,
  toDoOrder,
} from "./commitments";

describe("who marks a commitment", () => {
  it("lets its owner or the coach mark how it went", () => {
    expect(mayMarkCommitment("client", "daniel", "daniel", "partly_done")).toBe(true);
    expect(mayMarkCommitment("coach", "maya", "daniel", "done")).toBe(true);
    expect(mayMarkCommitment("client", "daniel", "maya", "not_done")).toBe(false);
  });

  it("lets either party reopen it, and nobody else do anything", () => {
    expect(mayMarkCommitment("client", "daniel", "maya", "open")).toBe(true);
    expect(mayMarkCommitment("sponsor", "sam", "sam", "open")).toBe(false);
    expect(mayMarkCommitment("practice-admin", "ada", "daniel", "done")).toBe(false);
  });
});

describe("a person's list", () => {
  const today = "2026-12-06";
  const c = (id: string, dueOn: string) => ({ id, dueOn, status: "open" as const });

  it("is overdue only while open and due before today", () => {
    expect(isOverdue(c("a", "2026-12-05"), today)).toBe(true);
    expect(isOverdue(c("a", today), today)).toBe(false);
    expect(isOverdue({ dueOn: "2026-12-01", status: "done" }, today)).toBe(false);
  });

  it("lists open ones, overdue first, then by due date", () => {
    const list = toDoOrder(
      [
        c("later", "2026-12-20"),
        c("today", today),
        c("old", "2026-11-01"),
        { id: "done", dueOn: "2026-10-01", status: "done" as const },
      ],
      today,
    );
    expect(list.map((one) => [one.id, one.overdue])).toEqual([
      ["old", true],
      ["today", false],
      ["later", false],
    ]);
  });
});

describe("a repeating commitment", () => {
  it("falls every N weeks from the first day until the end, the end included", () => {
    expect(occurrenceDays("2026-12-07", 2, "2027-01-04")).toEqual([
      "2026-12-07",
      "2026-12-21",
      "2027-01-04",
    ]);
    expect(occurrenceDays("2026-03-23", 1, "2026-04-05")).toEqual(["2026-03-23", "2026-03-30"]);
  });

  it("ends after it starts, in at most 26 occurrences", () => {
    expect(repeatProblem("2026-12-07", 1, "2026-12-07")).toMatch(/after the first/);
    expect(repeatProblem("2026-12-07", 1, "2027-06-01")).toBeNull();
    expect(repeatProblem("2026-12-07", 1, "2027-06-08")).toMatch(/more than 26/);
  });
});
