import { describe, expect, it } from "vitest";
import { healthySnapshot } from "../../../../test/support/accountability-snapshots";
import type { SessionFact } from "../snapshot";
import { DEFAULT_THRESHOLDS } from "../thresholds";
import { noSessionBooked } from "./no-session-booked";

// Today is 16 June 2027; by default 30 days without a session, and none ahead, fire.
const held = (startsOn: string): SessionFact => ({ id: "s1", startsOn, status: "scheduled" });
const withSessions = (...sessions: SessionFact[]) => healthySnapshot({ sessions });

describe("the no session booked rule", () => {
  it("fires exactly the days after the last session held", () => {
    expect(noSessionBooked(withSessions(held("2027-05-17")), DEFAULT_THRESHOLDS)).toMatchObject({
      rule: "no_session_booked",
      severity: "watch",
      reason: "No session booked: the last was on 17 May, 30 days ago",
      action: "Book the next session",
      evidence: [{ kind: "session", id: "s1", on: "2027-05-17" }],
      since: "2027-05-17",
    });
  });

  it("does not fire a day before, and acts at twice the days", () => {
    expect(noSessionBooked(withSessions(held("2027-05-18")), DEFAULT_THRESHOLDS)).toBeNull();
    expect(noSessionBooked(withSessions(held("2027-05-16")), DEFAULT_THRESHOLDS)?.severity).toBe(
      "watch",
    );
    expect(noSessionBooked(withSessions(held("2027-04-17")), DEFAULT_THRESHOLDS)?.severity).toBe(
      "act",
    );
  });

  it("does not fire with a session booked from today on", () => {
    const today: SessionFact = { id: "s2", startsOn: "2027-06-16", status: "scheduled" };
    expect(noSessionBooked(withSessions(held("2027-01-01"), today), DEFAULT_THRESHOLDS)).toBeNull();
  });

  it("counts a cancelled session for nothing", () => {
    const cancelled: SessionFact = { id: "s2", startsOn: "2027-06-20", status: "cancelled" };
    const warning = noSessionBooked(
      withSessions(held("2027-05-01"), cancelled),
      DEFAULT_THRESHOLDS,
    );
    expect(warning?.evidence.map((e) => e.id)).toEqual(["s1"]);
  });

  it("counts from the engagement's start when no session was ever held", () => {
    const none = (startedOn: string) => healthySnapshot({ sessions: [], startedOn });
    expect(noSessionBooked(none("2027-05-18"), DEFAULT_THRESHOLDS)).toBeNull();
    expect(noSessionBooked(none("2027-05-17"), DEFAULT_THRESHOLDS)).toMatchObject({
      reason: "No session held or booked in the 30 days since the engagement started",
      evidence: [],
      since: "2027-05-17",
    });
  });
});
