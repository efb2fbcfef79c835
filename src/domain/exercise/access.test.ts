import { describe, expect, it } from "vitest";
import type { Member } from "../practice/roles";
import { ownsTemplate } from "./access";

describe("template ownership", () => {
  it("gives a coach's template to that coach alone", () => {
    const template = { practiceId: "p1", ownerId: "u1" };
    const member = (change: Partial<Member>): Member => ({
      userId: "u1",
      practiceId: "p1",
      role: "coach",
      isAdmin: false,
      ...change,
    });
    expect(ownsTemplate(member({}), template)).toBe(true);
    expect(ownsTemplate(member({ userId: "u2", isAdmin: true }), template)).toBe(false);
    expect(ownsTemplate(member({ practiceId: "p2" }), template)).toBe(false);
    expect(ownsTemplate(member({ role: "client" }), template)).toBe(false);
  });
});
