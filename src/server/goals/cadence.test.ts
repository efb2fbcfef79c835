import { afterEach, describe, expect, it } from "vitest";
import { cadenceDays, expandedDays } from "./cadence";

const zoneBefore = process.env.TZ;
afterEach(() => {
  process.env.TZ = zoneBefore;
});

// Summer time in London begins on Sunday 28 March 2027 and ends on Sunday 31 October 2027.
describe("the days a cadence falls on", () => {
  it("keeps a weekly Monday on Monday across the change to summer time, whatever the server's zone", () => {
    for (const serverZone of ["UTC", "Pacific/Auckland", "America/Los_Angeles"]) {
      process.env.TZ = serverZone;
      const week = { start: "2027-01-04", timeZone: "Europe/London" };
      expect(
        cadenceDays("FREQ=WEEKLY;BYDAY=MO", { ...week, from: "2027-03-22", to: "2027-04-04" }),
      ).toEqual(["2027-03-22", "2027-03-29"]);
      expect(
        cadenceDays("RRULE:FREQ=WEEKLY;BYDAY=SU", {
          ...week,
          from: "2027-10-25",
          to: "2027-10-31",
        }),
      ).toEqual(["2027-10-31"]);
    }
  });

  it("counts from the start: an interval of two weeks and a count end where they should", () => {
    const at = { start: "2027-06-07", timeZone: "Europe/London" };
    expect(
      cadenceDays("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", {
        ...at,
        from: "2027-06-14",
        to: "2027-06-27",
      }),
    ).toEqual(["2027-06-21"]);
    expect(
      cadenceDays("FREQ=DAILY;COUNT=3", { ...at, from: "2027-06-07", to: "2027-06-13" }),
    ).toEqual(["2027-06-07", "2027-06-08", "2027-06-09"]);
  });

  it("gives nothing before the exercise starts, and nothing for a rule it cannot read", () => {
    const at = { start: "2027-06-07", timeZone: "UTC", from: "2027-05-31", to: "2027-06-06" };
    expect(cadenceDays("FREQ=DAILY", at)).toEqual([]);
    expect(
      cadenceDays("FREQ=WEEKLY;BYDAY=XX", { ...at, from: "2027-06-07", to: "2027-06-13" }),
    ).toEqual([]);
  });

  it("walks a short way whenever the rule began, keeping its rhythm and day", () => {
    const window = {
      start: "2002-01-07",
      timeZone: "Europe/London",
      from: "2027-06-07",
      to: "2027-06-13",
    };
    expect(cadenceDays("FREQ=DAILY", window)).toHaveLength(7);
    expect(cadenceDays("FREQ=WEEKLY", window)).toEqual(["2027-06-07"]);
    expect(cadenceDays("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", window)).toEqual(
      cadenceDays("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", { ...window, start: "2027-05-25" }),
    );
    expect(cadenceDays("FREQ=MONTHLY;INTERVAL=4", { ...window, start: "2025-02-09" })).toEqual([
      "2027-06-09",
    ]);
    expect(cadenceDays("FREQ=YEARLY", { ...window, start: "1990-06-12" })).toEqual(["2027-06-12"]);
    const minutes = Array.from({ length: 60 }, (_, i) => i).join(",");
    expect(cadenceDays(`FREQ=DAILY;BYHOUR=1,2,3;BYMINUTE=${minutes}`, window)).toHaveLength(7);
  });
});

describe("the cadences the plan editor offers, counted by arithmetic", () => {
  const rules = [
    "FREQ=DAILY",
    "FREQ=DAILY;INTERVAL=3",
    "FREQ=WEEKLY",
    "FREQ=WEEKLY;BYDAY=MO",
    "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
    "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE",
    "FREQ=WEEKLY;INTERVAL=3;BYDAY=SU,TH",
    "FREQ=WEEKLY;INTERVAL=2;BYDAY=SU;WKST=SU",
    "RRULE:FREQ=WEEKLY;BYDAY=FR;BYHOUR=9",
    "FREQ=MONTHLY",
    "FREQ=MONTHLY;BYMONTHDAY=1",
    "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=15",
    "FREQ=MONTHLY;BYDAY=1MO",
    "FREQ=MONTHLY;BYDAY=4FR",
    "FREQ=MONTHLY;INTERVAL=3;BYDAY=2TU",
  ];

  // The library is slow to expand: every third week of two years still crosses each change of
  // the clocks and every day of the month, and stays well inside the test's time limit.
  it("falls on the same days as the RRULE library, for every start and week of two years", {
    timeout: 30_000,
  }, () => {
    const starts = ["2026-01-01", "2026-02-28", "2026-03-16", "2026-06-07", "2026-10-31"];
    const mismatches: string[] = [];
    for (const rrule of rules) {
      for (const start of starts) {
        for (let week = 0; week < 104; week += 3) {
          const from = addWeeks("2026-01-05", week);
          const window = { start, from, to: addWeeks(from, 1, -1), timeZone: "Europe/London" };
          const counted = cadenceDays(rrule, window);
          const expanded = expandedDays(rrule, window);
          if (counted.join() !== expanded.join())
            mismatches.push(`${rrule} from ${start}, week of ${from}: ${counted} vs ${expanded}`);
        }
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});

function addWeeks(day: string, weeks: number, days = 0): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + weeks * 7 + days);
  return date.toISOString().slice(0, 10);
}
