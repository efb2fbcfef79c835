import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, todayIsoDate } from "./format-date";

describe("formatDate", () => {
  it("shows a calendar date as day, short month and year", () => {
    expect(formatDate("2026-12-03")).toBe("3 Dec 2026");
  });

  it("does not shift a calendar date by the time zone", () => {
    expect(formatDate("2026-01-01")).toBe("1 Jan 2026");
  });

  it("writes September as Sep, whatever the browser's locale data says", () => {
    expect(formatDate("2026-09-15")).toBe("15 Sep 2026");
  });

  it("returns an empty string for a value that is not a date", () => {
    expect(formatDate("soon")).toBe("");
  });
});

describe("formatDateTime", () => {
  it("adds the local time as HH:MM", () => {
    expect(formatDateTime(new Date(2026, 11, 3, 9, 5))).toBe("3 Dec 2026, 09:05");
  });
});

describe("todayIsoDate", () => {
  it("gives the local date in the form an <input type=date> expects", () => {
    expect(todayIsoDate(new Date(2026, 1, 7, 23, 30))).toBe("2026-02-07");
  });
});
