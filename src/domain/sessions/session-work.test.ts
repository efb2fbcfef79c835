import { describe, expect, it } from "vitest";
import {
  DEFAULT_THEMES,
  dueDateProblem,
  isSessionParty,
  mayRemoveCommitment,
  sessionWorkAbilities,
  themeLabel,
} from "./session-work";

describe("session work rules", () => {
  it("keeps a theme's label trimmed with single spaces", () => {
    expect(themeLabel("  Managing   up \n")).toBe("Managing up");
  });

  it("starts every practice with ten distinct themes", () => {
    const lower = DEFAULT_THEMES.map((label) => label.toLowerCase());
    expect(new Set(lower).size).toBe(10);
  });

  it("lets the coach or the commitment's author remove it", () => {
    expect(mayRemoveCommitment("coach", "c", "someone")).toBe(true);
    expect(mayRemoveCommitment("client", "me", "me")).toBe(true);
    expect(mayRemoveCommitment("client", "me", "coach")).toBe(false);
    expect(mayRemoveCommitment("sponsor", "me", "me")).toBe(false);
  });

  it("accepts only the coach or the client as owner", () => {
    const parties = { coachId: "coach", clientId: "client" };
    expect(isSessionParty("coach", parties)).toBe(true);
    expect(isSessionParty("client", parties)).toBe(true);
    expect(isSessionParty("sponsor", parties)).toBe(false);
  });

  it("refuses a due date before the session's day only", () => {
    expect(dueDateProblem("2027-03-01", "2027-03-01")).toBeNull();
    expect(dueDateProblem("2027-03-15", "2027-03-01")).toBeNull();
    expect(dueDateProblem("2027-02-28", "2027-03-01")).toContain("2027-03-01");
  });

  it("allows the work on a scheduled session of an open engagement to its two parties", () => {
    const scheduled = { status: "scheduled" as const };
    expect(sessionWorkAbilities("client", scheduled, true).addCommitment).toBe(true);
    expect(sessionWorkAbilities("coach", scheduled, false).tagThemes).toBe(false);
    expect(sessionWorkAbilities("coach", { status: "cancelled" }, true).adjustPlan).toBe(false);
    expect(sessionWorkAbilities("sponsor", scheduled, true).tagThemes).toBe(false);
  });
});
