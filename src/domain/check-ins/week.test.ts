import { describe, expect, it } from "vitest";
import { checkInDue, dueInstant, previousWeek, weekOf } from "./week";

const wednesdayEight = { weekday: 3, hour: 8, timeZone: "America/New_York" };

describe("the week of a check-in", () => {
  it("is the Monday of the local week, whatever UTC says", () => {
    // Monday 03:00 UTC is still Sunday evening in New York.
    expect(weekOf(new Date("2026-12-07T03:00:00Z"), "America/New_York")).toBe("2026-11-30");
    expect(weekOf(new Date("2026-12-07T03:00:00Z"), "Europe/Paris")).toBe("2026-12-07");
    expect(previousWeek("2026-12-07")).toBe("2026-11-30");
  });

  it("is due at the client's weekday and hour, local time", () => {
    expect(dueInstant("2026-11-30", wednesdayEight).toISOString()).toBe("2026-12-02T13:00:00.000Z");
    // Summer time: the same local hour is an hour earlier in UTC.
    expect(dueInstant("2026-06-29", wednesdayEight).toISOString()).toBe("2026-07-01T12:00:00.000Z");
  });

  it("moves an hour the clocks skip to the next that exists", () => {
    const sundayTwo = { weekday: 7, hour: 2, timeZone: "America/New_York" };
    expect(dueInstant("2026-03-02", sundayTwo).toISOString()).toBe("2026-03-08T07:00:00.000Z");
  });

  it("is due from its instant until the week ends, never before", () => {
    expect(checkInDue(new Date("2026-12-02T12:59:00Z"), wednesdayEight)).toBeNull();
    expect(checkInDue(new Date("2026-12-02T13:00:00Z"), wednesdayEight)?.week).toBe("2026-11-30");
    expect(checkInDue(new Date("2026-12-07T04:59:00Z"), wednesdayEight)?.week).toBe("2026-11-30");
    expect(checkInDue(new Date("2026-12-07T05:00:00Z"), wednesdayEight)).toBeNull();
  });
});
