import { describe, expect, it } from "vitest";
import { CAMPAIGN_STATUSES } from "./campaign-status";
import { mayResendLink } from "./rater-links";

describe("who may send a rater's link again", () => {
  it("is the coach, while collecting, for a rater who has a link", () => {
    expect(mayResendLink("coach", "collecting", true)).toBe(true);
  });

  it("is nobody for a rater without a link, nor before or after collecting", () => {
    expect(mayResendLink("coach", "collecting", false)).toBe(false);
    for (const status of CAMPAIGN_STATUSES.filter((s) => s !== "collecting"))
      expect(mayResendLink("coach", status, true)).toBe(false);
  });

  it("is never the client, the sponsor, the practice's admin or someone outside", () => {
    for (const relation of ["client", "sponsor", "practice-admin", null] as const)
      expect(mayResendLink(relation, "collecting", true)).toBe(false);
  });
});
