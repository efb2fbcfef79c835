import { describe, expect, it } from "vitest";
import { checkIn, healthySnapshot } from "../../../../test/support/accountability-snapshots";
import { DEFAULT_THRESHOLDS, thresholdsWith } from "../thresholds";
import { missedCheckIns } from "./missed-check-ins";

// Today is 16 June 2027; by default 14 days without a check-in fire, after 7 days of grace.
const lastOn = (day: string) => healthySnapshot({ checkIns: [checkIn("k1", day)] });
const neverSince = (first: string) => healthySnapshot({ checkIns: [], firstCheckInDue: first });

describe("the missed check-ins rule", () => {
  it("fires exactly the days after the latest check-in", () => {
    expect(missedCheckIns(lastOn("2027-06-02"), DEFAULT_THRESHOLDS)).toMatchObject({
      rule: "missed_check_ins",
      severity: "watch",
      reason: "No check-in for 14 days, since 2 June",
      action: "Ask what gets in the way of the weekly check-in",
      evidence: [{ kind: "check_in", id: "k1", on: "2027-06-02" }],
      since: "2027-06-02",
    });
  });

  it("does not fire a day before", () => {
    expect(missedCheckIns(lastOn("2027-06-03"), DEFAULT_THRESHOLDS)).toBeNull();
  });

  it("fires a day after, and acts at twice the days", () => {
    expect(missedCheckIns(lastOn("2027-06-01"), DEFAULT_THRESHOLDS)?.severity).toBe("watch");
    expect(missedCheckIns(lastOn("2027-05-19"), DEFAULT_THRESHOLDS)?.severity).toBe("act");
  });

  it("waits out the grace period when none has come yet", () => {
    expect(missedCheckIns(neverSince("2027-06-10"), DEFAULT_THRESHOLDS)).toBeNull();
    expect(missedCheckIns(neverSince("2027-06-09"), DEFAULT_THRESHOLDS)).toMatchObject({
      severity: "watch",
      reason: "No check-in yet: the first was due on 9 June, 7 days ago",
      evidence: [],
      since: "2027-06-09",
    });
    expect(missedCheckIns(neverSince("2027-06-08"), DEFAULT_THRESHOLDS)?.severity).toBe("watch");
  });

  it("keeps to a grace period longer than the days", () => {
    const long = thresholdsWith({ missedCheckIns: { days: 7, graceDays: 21 } });
    const started = (first: string) =>
      healthySnapshot({ firstCheckInDue: first, checkIns: [checkIn("k1", "2027-05-30")] });
    expect(missedCheckIns(started("2027-05-27"), long)).toBeNull();
    expect(missedCheckIns(started("2027-05-26"), long)?.reason).toBe(
      "No check-in for 17 days, since 30 May",
    );
  });

  it("does not fire while check-ins are not scheduled", () => {
    expect(missedCheckIns(neverSince("2027-01-01"), DEFAULT_THRESHOLDS)).not.toBeNull();
    const unscheduled = healthySnapshot({ checkIns: [], firstCheckInDue: null });
    expect(missedCheckIns(unscheduled, DEFAULT_THRESHOLDS)).toBeNull();
  });
});
