import { describe, expect, it } from "vitest";
import { simpleCadenceDays } from "./simple-cadence";

// Week of Monday 7 June 2027 to Sunday 13 June 2027.
const week = { from: "2027-06-07", to: "2027-06-13" };

describe("the cadences counted by arithmetic", () => {
  it("counts every weekday, and nothing before the exercise starts", () => {
    expect(
      simpleCadenceDays("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", { ...week, start: "2027-06-09" }),
    ).toEqual(["2027-06-09", "2027-06-10", "2027-06-11"]);
  });

  it("keeps an every-other-week rhythm from the week the exercise started", () => {
    const rule = "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE";
    expect(simpleCadenceDays(rule, { ...week, start: "2027-05-24" })).toEqual(["2027-06-09"]);
    expect(simpleCadenceDays(rule, { ...week, start: "2027-05-31" })).toEqual([]);
  });

  it("finds the first Monday and the first day of a month, every second month from the start", () => {
    expect(simpleCadenceDays("FREQ=MONTHLY;BYDAY=1MO", { ...week, start: "2027-01-01" })).toEqual([
      "2027-06-07",
    ]);
    expect(simpleCadenceDays("FREQ=MONTHLY;BYDAY=2MO", { ...week, start: "2027-01-01" })).toEqual(
      [],
    );
    const firsts = { from: "2027-06-28", to: "2027-07-04" };
    expect(
      simpleCadenceDays("FREQ=MONTHLY;BYMONTHDAY=1", { ...firsts, start: "2027-01-15" }),
    ).toEqual(["2027-07-01"]);
    expect(
      simpleCadenceDays("FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=1", { ...firsts, start: "2027-02-01" }),
    ).toEqual([]);
  });

  it("leaves every other rule to the RRULE library", () => {
    const at = { ...week, start: "2027-01-01" };
    for (const rule of [
      "FREQ=YEARLY",
      "FREQ=WEEKLY;COUNT=3",
      "FREQ=WEEKLY;UNTIL=20270701",
      "FREQ=MONTHLY;BYDAY=-1FR",
      "FREQ=MONTHLY;BYMONTHDAY=31",
      "FREQ=WEEKLY;BYDAY=XX",
      "FREQ=WEEKLY;FREQ=DAILY",
    ]) {
      expect(simpleCadenceDays(rule, at), rule).toBeNull();
    }
  });
});
