import { describe, expect, it } from "vitest";
import { longDay } from "../goals/dates";
import { latestReportDay, reportStep } from "./sponsor-report";

describe("the sponsor's report by mail", () => {
  it("falls on the 1st of each month, or of January, April, July and October", () => {
    expect(latestReportDay("monthly", "2026-12-06")).toBe("2026-12-01");
    expect(latestReportDay("monthly", "2027-01-01")).toBe("2027-01-01");
    expect(latestReportDay("quarterly", "2026-12-06")).toBe("2026-10-01");
    expect(latestReportDay("quarterly", "2027-03-31")).toBe("2027-01-01");
    expect(latestReportDay("quarterly", "2027-04-01")).toBe("2027-04-01");
    expect(latestReportDay("quarterly", "2027-09-15")).toBe("2027-07-01");
    expect(latestReportDay("off", "2027-01-01")).toBeNull();
  });

  it("leaves from 08:00 on its day, and up to three days late", () => {
    expect(reportStep("monthly", { date: "2027-02-01", time: "07:59" })).toBeNull();
    expect(reportStep("monthly", { date: "2027-02-01", time: "08:00" })).toEqual({
      day: "2027-02-01",
      action: "send",
    });
    expect(reportStep("monthly", { date: "2027-02-04", time: "00:10" })).toEqual({
      day: "2027-02-01",
      action: "send",
    });
    expect(reportStep("monthly", { date: "2027-02-05", time: "09:00" })).toEqual({
      day: "2027-02-01",
      action: "skip",
    });
    expect(reportStep("off", { date: "2027-02-01", time: "09:00" })).toBeNull();
  });

  it("sends a quarter's report only in the quarter's first days", () => {
    expect(reportStep("quarterly", { date: "2027-04-02", time: "10:00" })).toEqual({
      day: "2027-04-01",
      action: "send",
    });
    expect(reportStep("quarterly", { date: "2027-05-01", time: "10:00" })).toEqual({
      day: "2027-04-01",
      action: "skip",
    });
  });

  it("writes a day as a buyer reads it", () => {
    expect(longDay("2026-12-01")).toBe("1 December 2026");
  });
});
