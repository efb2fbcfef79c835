import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { isoWeekday, localParts } from "../sessions/zoned-time";
import type { Cadence } from "./course-content";
import { firstLessonDue, localDateOf, nextLessonAt } from "./schedule";

const zoneBefore = process.env.TZ;
afterEach(() => {
  process.env.TZ = zoneBefore;
});

const daily: Cadence = { kind: "daily" };
const at = (timeZone: string, lastLocalDate: string, cadence: Cadence = daily) =>
  nextLessonAt({ cadence, timeZone, lastLocalDate }).at.toISOString();

// Auckland: daylight time ends 4 April 2027 (03:00 back to 02:00), starts 26 September 2027.
// Los Angeles: daylight time starts 14 March 2027, ends 7 November 2027.
describe("when a course's next lesson is due, whatever the process's zone", () => {
  for (const processZone of ["Pacific/Auckland", "UTC", "America/Los_Angeles"]) {
    it(`sends at 08:00 in Auckland and Los Angeles on the same UTC day (process in ${processZone})`, () => {
      process.env.TZ = processZone;
      expect(at("Pacific/Auckland", "2027-06-15")).toBe("2027-06-15T20:00:00.000Z");
      expect(at("America/Los_Angeles", "2027-06-14")).toBe("2027-06-15T15:00:00.000Z");
    });

    it(`keeps 08:00 across Auckland's changes (process in ${processZone})`, () => {
      process.env.TZ = processZone;
      expect(at("Pacific/Auckland", "2027-04-02")).toBe("2027-04-02T19:00:00.000Z");
      expect(at("Pacific/Auckland", "2027-04-03")).toBe("2027-04-03T20:00:00.000Z");
      expect(at("Pacific/Auckland", "2027-09-24")).toBe("2027-09-24T20:00:00.000Z");
      expect(at("Pacific/Auckland", "2027-09-25")).toBe("2027-09-25T19:00:00.000Z");
    });

    it(`keeps 08:00 across Los Angeles's changes (process in ${processZone})`, () => {
      process.env.TZ = processZone;
      expect(at("America/Los_Angeles", "2027-03-12")).toBe("2027-03-13T16:00:00.000Z");
      expect(at("America/Los_Angeles", "2027-03-13")).toBe("2027-03-14T15:00:00.000Z");
      expect(at("America/Los_Angeles", "2027-11-05")).toBe("2027-11-06T15:00:00.000Z");
      expect(at("America/Los_Angeles", "2027-11-06")).toBe("2027-11-07T16:00:00.000Z");
    });
  }

  it("steps by the cadence: daily, weekdays over a weekend, every N days", () => {
    const friday = "2027-06-11";
    expect(nextLessonAt({ cadence: daily, timeZone: "UTC", lastLocalDate: friday }).localDate).toBe(
      "2027-06-12",
    );
    const weekdays: Cadence = { kind: "weekdays" };
    expect(nextLessonAt({ cadence: weekdays, timeZone: "UTC", lastLocalDate: friday })).toEqual({
      at: new Date("2027-06-14T08:00:00Z"),
      localDate: "2027-06-14",
    });
    expect(
      nextLessonAt({ cadence: weekdays, timeZone: "UTC", lastLocalDate: "2027-06-12" }).localDate,
    ).toBe("2027-06-14");
    expect(
      nextLessonAt({ cadence: { kind: "every", days: 7 }, timeZone: "UTC", lastLocalDate: friday })
        .localDate,
    ).toBe("2027-06-18");
  });

  it("sends lesson 1 at once", () => {
    const now = new Date("2027-06-12T23:59:00Z");
    expect(firstLessonDue(now).toISOString()).toBe(now.toISOString());
  });

  it("reads the local date of an instant in the subscriber's zone", () => {
    process.env.TZ = "Pacific/Auckland";
    const instant = new Date("2027-06-15T13:00:00Z");
    expect(localDateOf(instant, "Pacific/Auckland")).toBe("2027-06-16");
    expect(localDateOf(instant, "America/Los_Angeles")).toBe("2027-06-15");
    expect(localDateOf(instant, "Not/A_Zone")).toBe("2027-06-15");
  });
});

const zones = [
  "Pacific/Auckland",
  "America/Los_Angeles",
  "Europe/London",
  "Australia/Lord_Howe",
  "Asia/Kolkata",
  "America/St_Johns",
  "Pacific/Chatham",
  "UTC",
];
const cadences = fc.oneof(
  fc.constant<Cadence>({ kind: "daily" }),
  fc.constant<Cadence>({ kind: "weekdays" }),
  fc.integer({ min: 2, max: 14 }).map((days): Cadence => ({ kind: "every", days })),
);
const dates = fc
  .integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2035, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));

describe("a course's schedule, for any zone, cadence and day", () => {
  it("is always 08:00 local, strictly later, and never a weekend on weekdays", () => {
    process.env.TZ = "Pacific/Auckland";
    fc.assert(
      fc.property(fc.constantFrom(...zones), cadences, dates, (timeZone, cadence, last) => {
        let lastLocalDate = last;
        let previous = Number.NEGATIVE_INFINITY;
        for (let lesson = 0; lesson < 5; lesson++) {
          const next = nextLessonAt({ cadence, timeZone, lastLocalDate });
          expect(localParts(next.at, timeZone)).toEqual({ date: next.localDate, time: "08:00" });
          expect(next.localDate > lastLocalDate).toBe(true);
          expect(next.at.getTime()).toBeGreaterThan(previous);
          if (cadence.kind === "weekdays") expect(isoWeekday(next.localDate)).toBeLessThan(6);
          previous = next.at.getTime();
          lastLocalDate = next.localDate;
        }
      }),
    );
  });
});
