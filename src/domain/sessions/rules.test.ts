import { describe, expect, it } from "vitest";
import { allowanceOf, isLateCancellation, movesLeft, whenOf } from "./rules";

describe("moving, cancelling and the allowance", () => {
  const start = new Date("2027-05-10T09:00:00Z");

  it("counts a cancellation inside the late window as late, one outside it not", () => {
    expect(isLateCancellation(start, new Date("2027-05-09T09:00:01Z"), 24)).toBe(true);
    expect(isLateCancellation(start, new Date("2027-05-09T09:00:00Z"), 24)).toBe(false);
    expect(isLateCancellation(start, new Date("2027-05-10T10:00:00Z"), 24)).toBe(true);
    expect(isLateCancellation(start, new Date("2027-05-10T08:59:00Z"), 0)).toBe(false);
  });

  it("leaves moves until the limit and never fewer than none", () => {
    expect(movesLeft(0, 2)).toBe(2);
    expect(movesLeft(2, 2)).toBe(0);
    expect(movesLeft(3, 2)).toBe(0);
  });

  it("uses scheduled sessions and counted cancellations", () => {
    expect(allowanceOf(6, { scheduled: 3, countedCancellations: 1 })).toEqual({
      planned: 6,
      used: 4,
      left: 2,
    });
    expect(allowanceOf(2, { scheduled: 3, countedCancellations: 0 }).left).toBe(0);
  });

  it("groups sessions as upcoming, past or cancelled", () => {
    const now = new Date("2027-05-10T09:30:00Z");
    expect(whenOf({ status: "scheduled", endsAt: new Date("2027-05-10T10:00:00Z") }, now)).toBe(
      "upcoming",
    );
    expect(whenOf({ status: "scheduled", endsAt: new Date("2027-05-10T09:00:00Z") }, now)).toBe(
      "past",
    );
    expect(whenOf({ status: "cancelled", endsAt: new Date("2027-06-10T09:00:00Z") }, now)).toBe(
      "cancelled",
    );
  });
});
