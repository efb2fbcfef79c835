import { describe, expect, it } from "vitest";
import { addDays, daysBetween, formatDay, isDay, mondayOf } from "./dates";

describe("calendar days", () => {
  it("accepts real days written YYYY-MM-DD only", () => {
    expect(isDay("2027-02-28")).toBe(true);
    expect(isDay("2028-02-29")).toBe(true);
    expect(isDay("2027-02-29")).toBe(false);
    expect(isDay("2027-13-01")).toBe(false);
    expect(isDay("2027-2-3")).toBe(false);
    expect(isDay("2027-02-03T00:00")).toBe(false);
    expect(isDay("")).toBe(false);
  });

  it("counts days across months, years and clock changes", () => {
    expect(daysBetween("2027-03-27", "2027-03-29")).toBe(2);
    expect(daysBetween("2026-12-31", "2027-01-01")).toBe(1);
    expect(daysBetween("2027-06-30", "2027-03-01")).toBe(-121);
    expect(addDays("2027-02-27", 2)).toBe("2027-03-01");
  });

  it("finds the Monday of a day's week", () => {
    expect(mondayOf("2027-06-07")).toBe("2027-06-07"); // a Monday
    expect(mondayOf("2027-06-13")).toBe("2027-06-07"); // the Sunday after
    expect(mondayOf("2027-06-10")).toBe("2027-06-07");
  });

  it("writes a day as people say it, with the year only when it is not this year", () => {
    expect(formatDay("2027-06-30", "2027-03-01")).toBe("30 June");
    expect(formatDay("2028-01-05", "2027-03-01")).toBe("5 January 2028");
  });
});
