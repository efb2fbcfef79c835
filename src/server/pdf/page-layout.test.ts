import { describe, expect, it } from "vitest";
import { writtenDate } from "./page-layout";

describe("dates in the PDF", () => {
  it("are written as people write them, on the day of the campaign's time zone", () => {
    expect(writtenDate("2026-12-04", "Pacific/Auckland")).toBe("4 December 2026");
    const lateEvening = new Date("2026-12-04T23:30:00Z");
    expect(writtenDate(lateEvening, "Europe/London")).toBe("4 December 2026");
    expect(writtenDate(lateEvening, "Pacific/Auckland")).toBe("5 December 2026");
    expect(writtenDate(lateEvening, "America/Los_Angeles")).toBe("4 December 2026");
  });
});
