import { describe, expect, it } from "vitest";
import { checkIn, healthySnapshot } from "../../../../test/support/accountability-snapshots";
import { DEFAULT_THRESHOLDS, thresholdsWith } from "../thresholds";
import { recurringObstacle } from "./recurring-obstacle";

// Today is 16 June 2027; by default the latest challenge named in 2 check-ins within 56 days.
const challenges = (...entries: [string, string | null][]) =>
  healthySnapshot({
    checkIns: entries.map(([day, challenge], i) => checkIn(`k${i + 1}`, day, { challenge })),
  });

describe("the recurring obstacle rule", () => {
  it("fires when the latest challenge names an earlier one's obstacle", () => {
    const warning = recurringObstacle(
      challenges(
        ["2027-05-24", "Too many meetings with the board"],
        ["2027-05-31", "Holiday cover"],
        ["2027-06-14", "Board meetings ate my week again"],
      ),
      DEFAULT_THRESHOLDS,
    );
    expect(warning).toMatchObject({
      rule: "recurring_obstacle",
      severity: "watch",
      reason: "The same obstacle in 2 check-ins since 24 May: “Board meetings ate my week again”",
      action: "Work through this obstacle in your next session",
      since: "2027-05-24",
    });
    expect(warning?.evidence.map((e) => e.id)).toEqual(["k1", "k3"]);
  });

  it("does not match on words that say nothing about an obstacle", () => {
    const common = challenges(
      ["2027-06-07", "The week was too busy with the move"],
      ["2027-06-14", "The team was too quiet this week"],
    );
    expect(recurringObstacle(common, DEFAULT_THRESHOLDS)).toBeNull();
  });

  it("needs one word for a one-word obstacle", () => {
    const short = challenges(
      ["2027-06-07", "Interruptions all day"],
      ["2027-06-14", "Interruption"],
    );
    expect(recurringObstacle(short, DEFAULT_THRESHOLDS)?.evidence).toHaveLength(2);
  });

  it("counts to the coach's number of reports, and acts at twice it", () => {
    const three = thresholdsWith({ recurringObstacle: { reports: 3 } });
    const twice = challenges(["2027-06-07", "Budget cuts"], ["2027-06-14", "budget cut talks"]);
    expect(recurringObstacle(twice, three)).toBeNull();
    const again = challenges(
      ["2027-05-31", "Budget cuts"],
      ["2027-06-07", "More budget cuts"],
      ["2027-06-14", "budget cut talks"],
    );
    expect(recurringObstacle(again, three)?.severity).toBe("watch");
    expect(recurringObstacle(again, DEFAULT_THRESHOLDS)).toMatchObject({
      severity: "watch",
      reason: "The same obstacle in 3 check-ins since 31 May: “budget cut talks”",
    });
    const four = challenges(
      ["2027-05-24", "budget cuts"],
      ["2027-05-31", "Budget cuts"],
      ["2027-06-07", "More budget cuts"],
      ["2027-06-14", "budget cut talks"],
    );
    expect(recurringObstacle(four, DEFAULT_THRESHOLDS)?.severity).toBe("act");
  });

  it("looks back exactly the days", () => {
    const at = (earlier: string) =>
      challenges([earlier, "Budget cuts"], ["2027-06-14", "Budget cuts again"]);
    expect(recurringObstacle(at("2027-04-21"), DEFAULT_THRESHOLDS)).not.toBeNull();
    expect(recurringObstacle(at("2027-04-20"), DEFAULT_THRESHOLDS)).toBeNull();
  });

  it("anchors on the latest challenge reported, skipping empty ones", () => {
    const resolved = challenges(
      ["2027-05-31", "Budget cuts"],
      ["2027-06-07", "Budget cuts"],
      ["2027-06-14", "Hiring a deputy"],
      ["2027-06-15", "  "],
    );
    expect(recurringObstacle(resolved, DEFAULT_THRESHOLDS)).toBeNull();
  });
});
