import { afterEach, describe, expect, it } from "vitest";
import { type ExpansionResult, expandSeries, MAX_OCCURRENCES } from "./recurrence";

const zoneBefore = process.env.TZ;
afterEach(() => {
  process.env.TZ = zoneBefore;
});

const starts = (result: ExpansionResult) => {
  if (!result.ok) throw new Error(result.problem.message);
  return result.value.starts.map((at) => at.toISOString());
};
const problem = (result: ExpansionResult) => (result.ok ? null : result.problem);

// London: summer time from 01:00 UTC on 28 March 2027 to 01:00 UTC on 31 October 2027.
// New York: daylight time from 14 March 2027 to 7 November 2027.
describe("a series' occurrences, whatever the process's zone", () => {
  for (const serverZone of ["Pacific/Auckland", "UTC", "America/Los_Angeles"]) {
    it(`keeps every second Tuesday at 08:30 in London across the spring change (process in ${serverZone})`, () => {
      process.env.TZ = serverZone;
      const result = expandSeries({
        rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=4",
        firstDate: "2027-03-16",
        localTime: "08:30",
        timeZone: "Europe/London",
      });
      expect(starts(result)).toEqual([
        "2027-03-16T08:30:00.000Z",
        "2027-03-30T07:30:00.000Z",
        "2027-04-13T07:30:00.000Z",
        "2027-04-27T07:30:00.000Z",
      ]);
    });

    it(`keeps 09:00 in New York across both changes (process in ${serverZone})`, () => {
      process.env.TZ = serverZone;
      const spring = expandSeries({
        rrule: "FREQ=WEEKLY;COUNT=2",
        firstDate: "2027-03-08",
        localTime: "09:00",
        timeZone: "America/New_York",
      });
      expect(starts(spring)).toEqual(["2027-03-08T14:00:00.000Z", "2027-03-15T13:00:00.000Z"]);
      const autumn = expandSeries({
        rrule: "FREQ=WEEKLY;COUNT=2",
        firstDate: "2027-11-01",
        localTime: "09:00",
        timeZone: "America/New_York",
      });
      expect(starts(autumn)).toEqual(["2027-11-01T13:00:00.000Z", "2027-11-08T14:00:00.000Z"]);
    });
  }

  it("keeps the rule with the COUNT an UNTIL gave, so the rule says what was made", () => {
    const result = expandSeries({
      rrule: "RRULE:FREQ=weekly;UNTIL=20270401",
      firstDate: "2027-03-16",
      localTime: "08:30",
      timeZone: "Europe/London",
    });
    expect(starts(result)).toHaveLength(3);
    expect(result.ok && result.value.rrule).toBe("FREQ=WEEKLY;COUNT=3");
  });

  it("starts at the rule's first day when the first date is not one", () => {
    const result = expandSeries({
      rrule: "FREQ=MONTHLY;BYMONTHDAY=31;COUNT=2",
      firstDate: "2027-03-16",
      localTime: "10:00",
      timeZone: "Europe/London",
    });
    // April and June have no 31st.
    expect(starts(result)).toEqual(["2027-03-31T09:00:00.000Z", "2027-05-31T09:00:00.000Z"]);
  });

  it.each([
    ["never ends", "FREQ=WEEKLY", "A series must end"],
    ["ends twice", "FREQ=WEEKLY;COUNT=2;UNTIL=20270601", "COUNT or UNTIL, not both"],
    ["yields nothing", "FREQ=WEEKLY;UNTIL=20200101", "yields no session"],
    ["is too long", `FREQ=DAILY;COUNT=${MAX_OCCURRENCES + 1}`, "COUNT must be"],
    ["runs on past the most allowed", "FREQ=DAILY;UNTIL=20280101", "at most 52"],
    ["repeats yearly", "FREQ=YEARLY;COUNT=2", "DAILY, WEEKLY or MONTHLY"],
    ["sets its own hour", "FREQ=WEEKLY;COUNT=2;BYHOUR=9", "BYHOUR is not allowed"],
    ["is not a rule", "every second Tuesday", "KEY=VALUE"],
    ["names a day that is none", "FREQ=WEEKLY;BYDAY=XX;COUNT=2", "could not be read"],
  ])("refuses a rule that %s, naming the rule", (_, rrule, message) => {
    const refused = problem(
      expandSeries({
        rrule,
        firstDate: "2027-03-16",
        localTime: "08:30",
        timeZone: "Europe/London",
      }),
    );
    expect(refused?.path).toBe("rrule");
    expect(refused?.message).toContain(message);
  });
});
