import { describe, expect, it } from "vitest";
import { nextSelfCheckIn, selfCheckInDays } from "./self-check-ins";

describe("the sustain plan's self check-ins", () => {
  const ended = "2027-03-31";

  it("fall 30, 60 and 90 days after the end, none before their day", () => {
    expect(selfCheckInDays(ended, false, "2027-04-29")).toEqual([]);
    expect(selfCheckInDays(ended, false, "2027-04-30")).toEqual(["2027-04-30"]);
    expect(selfCheckInDays(ended, false, "2028-12-31")).toEqual([
      "2027-04-30",
      "2027-05-30",
      "2027-06-29",
    ]);
  });

  it("go on every 91 days after the third when the client wishes, on the same weekday", () => {
    const days = selfCheckInDays(ended, true, "2028-01-01");
    expect(days).toEqual(["2027-04-30", "2027-05-30", "2027-06-29", "2027-09-28", "2027-12-28"]);
    const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();
    expect(new Set(days.slice(2).map(weekday)).size).toBe(1);
  });

  it("names the next one after today, and none once the last is past without quarterly ones", () => {
    expect(nextSelfCheckIn(ended, false, "2027-04-30")).toBe("2027-05-30");
    expect(nextSelfCheckIn(ended, false, "2027-06-29")).toBeNull();
    expect(nextSelfCheckIn(ended, true, "2027-06-29")).toBe("2027-09-28");
    expect(nextSelfCheckIn(ended, true, "2027-03-31")).toBe("2027-04-30");
    expect(nextSelfCheckIn(ended, false, "2026-12-06")).toBe("2027-04-30");
  });
});
