import { describe, expect, it } from "vitest";
import { closingTime, isAhead, reminderTimes, spokenDate, todayIn } from "./deadlines";

describe("a campaign's deadline", () => {
  it("is today's date where the campaign is, not in UTC", () => {
    const now = new Date("2026-11-25T22:30:00Z");
    expect(todayIn("UTC", now)).toBe("2026-11-25");
    expect(todayIn("Pacific/Auckland", now)).toBe("2026-11-26");
    expect(todayIn("America/Los_Angeles", now)).toBe("2026-11-25");
    expect(isAhead("2026-11-26", "UTC", now)).toBe(true);
    expect(isAhead("2026-11-26", "Pacific/Auckland", now)).toBe(false);
  });

  it("closes at the last instant of the deadline day, summer or winter", () => {
    expect(closingTime("2026-07-10", "Europe/London").toISOString()).toBe(
      "2026-07-10T22:59:59.999Z",
    );
    expect(closingTime("2026-12-10", "Europe/London").toISOString()).toBe(
      "2026-12-10T23:59:59.999Z",
    );
    expect(closingTime("2026-12-10", "Asia/Tokyo").toISOString()).toBe("2026-12-10T14:59:59.999Z");
  });

  it("reminds at 09:00 local three days before and on the day, across months and clock changes", () => {
    const now = new Date("2026-01-01T00:00:00Z");
    expect(reminderTimes("2026-03-02", "UTC", now)).toEqual([
      { kind: "three-days", at: new Date("2026-02-27T09:00:00Z") },
      { kind: "last-day", at: new Date("2026-03-02T09:00:00Z") },
    ]);
    // Europe/London moves to summer time on 29 March 2026.
    expect(reminderTimes("2026-03-31", "Europe/London", now)).toEqual([
      { kind: "three-days", at: new Date("2026-03-28T09:00:00Z") },
      { kind: "last-day", at: new Date("2026-03-31T08:00:00Z") },
    ]);
  });

  it("leaves out reminders whose time has passed", () => {
    const now = new Date("2026-03-01T12:00:00Z");
    expect(reminderTimes("2026-03-02", "UTC", now).map((r) => r.kind)).toEqual(["last-day"]);
    expect(reminderTimes("2026-03-01", "UTC", now)).toEqual([]);
  });

  it("reads as a day a person would say", () => {
    expect(spokenDate("2026-12-04")).toMatch(/^Friday,? 4 December 2026$/);
  });
});
