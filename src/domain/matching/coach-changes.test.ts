import { describe, expect, it } from "vitest";
import { mayReadCoachChanges, mayReadMoveReason } from "./coach-changes";

describe("who reads an engagement's coach changes", () => {
  it("shows them to the coach, the client and the admin, not the sponsor", () => {
    expect(mayReadCoachChanges("coach")).toBe(true);
    expect(mayReadCoachChanges("client")).toBe(true);
    expect(mayReadCoachChanges("practice-admin")).toBe(true);
    expect(mayReadCoachChanges("sponsor")).toBe(false);
    expect(mayReadCoachChanges(null)).toBe(false);
  });

  it("gives the reason to the admin and the coaches of that move alone", () => {
    const move = { fromCoachId: "old", toCoachId: "new" };
    expect(mayReadMoveReason({ userId: "admin", isAdmin: true }, move)).toBe(true);
    expect(mayReadMoveReason({ userId: "new", isAdmin: false }, move)).toBe(true);
    expect(mayReadMoveReason({ userId: "old", isAdmin: false }, move)).toBe(true);
    expect(mayReadMoveReason({ userId: "client", isAdmin: false }, move)).toBe(false);
    expect(mayReadMoveReason({ userId: "later", isAdmin: false }, move)).toBe(false);
  });
});
