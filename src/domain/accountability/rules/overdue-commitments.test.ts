import { describe, expect, it } from "vitest";
import { commitment, healthySnapshot } from "../../../../test/support/accountability-snapshots";
import { DEFAULT_THRESHOLDS, thresholdsWith } from "../thresholds";
import { overdueCommitments } from "./overdue-commitments";

// Today is 16 June 2027; by default 2 commitments 3 or more days overdue fire.
const withOpen = (...dues: string[]) =>
  healthySnapshot({ commitments: dues.map((due, i) => commitment(`c${i + 1}`, due)) });

describe("the overdue commitments rule", () => {
  it("fires at exactly the count, each exactly the days overdue", () => {
    const warning = overdueCommitments(withOpen("2027-06-13", "2027-06-13"), DEFAULT_THRESHOLDS);
    expect(warning).toMatchObject({
      rule: "overdue_commitments",
      severity: "watch",
      reason: "2 commitments overdue, the oldest by 3 days",
      action: "Ask about the overdue commitments in your next session",
      since: "2027-06-13",
    });
    expect(warning?.evidence.map((e) => e.id)).toEqual(["c1", "c2"]);
  });

  it("does not count one a day short of the days overdue", () => {
    expect(overdueCommitments(withOpen("2027-06-13", "2027-06-14"), DEFAULT_THRESHOLDS)).toBeNull();
  });

  it("does not fire one below the count", () => {
    expect(overdueCommitments(withOpen("2027-05-01"), DEFAULT_THRESHOLDS)).toBeNull();
  });

  it("names the oldest first and acts at twice the count", () => {
    const warning = overdueCommitments(
      withOpen("2027-06-10", "2027-06-04", "2027-06-12", "2027-06-01"),
      DEFAULT_THRESHOLDS,
    );
    expect(warning?.reason).toBe("4 commitments overdue, the oldest by 15 days");
    expect(warning?.severity).toBe("act");
    expect(warning?.evidence.map((e) => e.id)).toEqual(["c4", "c2", "c1", "c3"]);
  });

  it("fires one above the count as watch, below twice it", () => {
    const warning = overdueCommitments(
      withOpen("2027-06-10", "2027-06-04", "2027-06-12"),
      DEFAULT_THRESHOLDS,
    );
    expect(warning?.severity).toBe("watch");
  });

  it("speaks of one commitment when the coach asks for one", () => {
    const one = thresholdsWith({ overdueCommitments: { count: 1 } });
    expect(overdueCommitments(withOpen("2027-06-04"), one)).toMatchObject({
      reason: "1 commitment overdue by 12 days",
      action: "Ask about the overdue commitment in your next session",
    });
  });

  it("leaves out what was marked, however late", () => {
    const marked = healthySnapshot({
      commitments: [
        commitment("c1", "2027-05-01", "not_done", "2027-05-03"),
        commitment("c2", "2027-05-01", "partly_done", "2027-05-03"),
        commitment("c3", "2027-05-01", "done", "2027-06-01"),
      ],
    });
    expect(overdueCommitments(marked, DEFAULT_THRESHOLDS)).toBeNull();
  });
});
