import { describe, expect, it } from "vitest";
import { canInvite, type Member } from "./roles";

const member = (over: Partial<Member>): Member => ({
  userId: "u",
  practiceId: "p",
  role: "coach",
  isAdmin: false,
  ...over,
});

describe("who may invite whom", () => {
  it("lets a coach invite clients and sponsors but not coaches", () => {
    const coach = member({});
    expect(canInvite(coach, "client")).toBe(true);
    expect(canInvite(coach, "sponsor")).toBe(true);
    expect(canInvite(coach, "coach")).toBe(false);
  });

  it("lets a practice admin invite coaches", () => {
    expect(canInvite(member({ isAdmin: true }), "coach")).toBe(true);
  });

  it("lets no client or sponsor invite anyone", () => {
    for (const role of ["client", "sponsor"] as const) {
      expect(canInvite(member({ role }), "client")).toBe(false);
      expect(canInvite(member({ role, isAdmin: true }), "coach")).toBe(false);
    }
  });
});
