import { describe, expect, it } from "vitest";
import { byRisk, riskOf } from "./risk";
import type { Severity, Warning } from "./warning";

const warning = (severity: Severity, since: string): Warning => ({
  rule: "overdue_commitments",
  severity,
  reason: "",
  action: "",
  evidence: [],
  since,
});

describe("the coach's clients by risk", () => {
  it("scores act three times watch and names the oldest", () => {
    expect(riskOf([warning("act", "2027-06-01"), warning("watch", "2027-05-01")])).toEqual({
      acts: 1,
      watches: 1,
      oldest: "2027-05-01",
      score: 4,
    });
    expect(riskOf([])).toEqual({ acts: 0, watches: 0, oldest: null, score: 0 });
  });

  it("orders by acts, then by warnings in all, then by the oldest, then as given", () => {
    const clients = [
      { engagementId: "calm", warnings: [] },
      {
        engagementId: "three-watches",
        warnings: ["05", "06", "06"].map((m) => warning("watch", `2027-${m}-01`)),
      },
      { engagementId: "one-act", warnings: [warning("act", "2027-06-10")] },
      {
        engagementId: "act-and-watch",
        warnings: [warning("act", "2027-06-10"), warning("watch", "2027-06-12")],
      },
      { engagementId: "older-act", warnings: [warning("act", "2027-04-01")] },
      { engagementId: "same-act", warnings: [warning("act", "2027-04-01")] },
      { engagementId: "quiet", warnings: [] },
    ];
    expect(byRisk(clients).map((c) => c.engagementId)).toEqual([
      "act-and-watch",
      "older-act",
      "same-act",
      "one-act",
      "three-watches",
      "calm",
      "quiet",
    ]);
  });
});
