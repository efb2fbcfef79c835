import { describe, expect, it } from "vitest";
import {
  checkIn,
  commitment,
  healthySnapshot,
} from "../../../test/support/accountability-snapshots";
import { byUrgency, evaluate } from "./evaluate";
import { DEFAULT_THRESHOLDS } from "./thresholds";
import type { Warning } from "./warning";

const troubled = healthySnapshot({
  commitments: [
    commitment("c1", "2027-05-01"),
    commitment("c2", "2027-06-01"),
    commitment("c3", "2027-06-02"),
    commitment("c4", "2027-06-03"),
  ],
  sessions: [{ id: "s1", startsOn: "2027-04-20", status: "scheduled" }],
  checkIns: [checkIn("k1", "2027-05-24", { energy: 2 })],
});

describe("evaluating every rule", () => {
  it("finds nothing in a healthy engagement", () => {
    expect(evaluate(healthySnapshot())).toEqual([]);
  });

  it("finds nothing in a closed engagement, however it went", () => {
    expect(evaluate({ ...troubled, stage: "closed" })).toEqual([]);
  });

  it("puts act before watch, then the longest-standing first", () => {
    const warnings = evaluate(troubled, DEFAULT_THRESHOLDS);
    expect(warnings.map((w) => [w.rule, w.severity, w.since])).toEqual([
      ["overdue_commitments", "act", "2027-05-01"],
      ["no_session_booked", "watch", "2027-04-20"],
      ["missed_check_ins", "watch", "2027-05-24"],
    ]);
  });

  it("orders warnings of one severity and day by the rules' order", () => {
    const base = { reason: "", action: "", evidence: [], since: "2027-06-01" };
    const a: Warning = { ...base, rule: "low_energy", severity: "watch" };
    const b: Warning = { ...base, rule: "missed_check_ins", severity: "watch" };
    expect([a, b].sort(byUrgency).map((w) => w.rule)).toEqual(["missed_check_ins", "low_energy"]);
  });
});
