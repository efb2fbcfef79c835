import { describe, expect, it } from "vitest";
import { CAMPAIGN_STATUSES } from "./campaign-status";
import { adderOf, additionsNeedApproval, approverOf, lateRaters, mayDecideOn } from "./late-raters";

describe("raters added once answers come in", () => {
  it("need approval while collecting only", () => {
    expect(CAMPAIGN_STATUSES.filter(additionsNeedApproval)).toEqual(["collecting"]);
  });

  it("are approved by the party who did not add them, and by nobody else", () => {
    expect(approverOf("coach")).toBe("client");
    expect(approverOf("client")).toBe("coach");
    for (const relation of ["coach", "client", "sponsor", "practice-admin", null] as const) {
      expect(mayDecideOn(relation, "coach", "collecting")).toBe(relation === "client");
      expect(mayDecideOn(relation, "client", "collecting")).toBe(relation === "coach");
      expect(mayDecideOn(relation, "coach", "closed")).toBe(false);
    }
  });

  it("were added by the client if the client named them, else by the coach", () => {
    expect(adderOf("client-id", "client-id")).toBe("client");
    expect(adderOf("coach-id", "client-id")).toBe("coach");
  });

  it("are counted in the report in plain words", () => {
    expect(lateRaters(0, 0).note).toBe("No raters were added after answers started to come in.");
    expect(lateRaters(1, 1).note).toBe(
      "1 rater was added after answers started to come in; the rater was approved by the other party.",
    );
    expect(lateRaters(2, 2).note).toBe(
      "2 raters were added after answers started to come in; both were approved by the other party.",
    );
    expect(lateRaters(3, 3).note).toMatch(/; all were approved by the other party\.$/);
    expect(lateRaters(2, 1)).toEqual({
      count: 2,
      approved: 1,
      note: "2 raters were added after answers started to come in; 1 of them was added by the coach before approval by the client was required.",
    });
  });
});
