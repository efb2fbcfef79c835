import { describe, expect, it } from "vitest";
import type { Member } from "../practice/roles";
import { type EngagementParties, mayRun, maySeeEngagement, relationTo } from "./access";

const engagement: EngagementParties = {
  practiceId: "p1",
  coachId: "coach",
  clientId: "client",
  sponsorId: "sponsor",
};
const member = (userId: string, role: Member["role"], over: Partial<Member> = {}): Member => ({
  userId,
  role,
  practiceId: "p1",
  isAdmin: false,
  ...over,
});

describe("who an engagement is visible to", () => {
  it("belongs to its coach, who alone may run it", () => {
    expect(relationTo(member("coach", "coach"), engagement)).toBe("coach");
    expect(mayRun("coach")).toBe(true);
  });

  it("is visible to its client and sponsor, who may not run it", () => {
    expect(relationTo(member("client", "client"), engagement)).toBe("client");
    expect(relationTo(member("sponsor", "sponsor"), engagement)).toBe("sponsor");
    expect(mayRun("client")).toBe(false);
    expect(mayRun("sponsor")).toBe(false);
  });

  it("shows its facts to the practice admin without letting them run it", () => {
    const admin = member("admin", "coach", { isAdmin: true });
    expect(relationTo(admin, engagement)).toBe("practice-admin");
    expect(maySeeEngagement("practice-admin")).toBe(true);
    expect(mayRun("practice-admin")).toBe(false);
  });

  it("does not exist for another coach, client or sponsor of the practice", () => {
    expect(relationTo(member("coach2", "coach"), engagement)).toBeNull();
    expect(relationTo(member("client2", "client"), engagement)).toBeNull();
    expect(maySeeEngagement(null)).toBe(false);
    expect(relationTo(member("sponsor2", "sponsor"), engagement)).toBeNull();
  });

  it("does not exist for anyone of another practice, even with a matching id", () => {
    expect(relationTo(member("coach", "coach", { practiceId: "p2" }), engagement)).toBeNull();
    expect(
      relationTo(member("admin", "coach", { practiceId: "p2", isAdmin: true }), engagement),
    ).toBeNull();
  });

  it("does not let a sponsor id match a client who happens to have it", () => {
    expect(relationTo(member("sponsor", "client"), engagement)).toBeNull();
  });
});
