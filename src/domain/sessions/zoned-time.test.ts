import { afterEach, describe, expect, it } from "vitest";
import { instantOf, knownTimeZone, localParts, startOfLocalDay } from "./zoned-time";

const zoneBefore = process.env.TZ;
afterEach(() => {
  process.env.TZ = zoneBefore;
});

// London: summer time from 01:00 UTC on 28 March 2027 to 01:00 UTC on 31 October 2027.
// New York: daylight time from 14 March 2027 (02:00 local) to 7 November 2027 (02:00 local).
describe("wall-clock times in a zone, whatever the process's zone", () => {
  for (const serverZone of ["Pacific/Auckland", "UTC", "America/Los_Angeles"]) {
    it(`converts London and New York times around their changes (process in ${serverZone})`, () => {
      process.env.TZ = serverZone;
      expect(instantOf("2027-03-26", 9 * 60, "Europe/London")?.toISOString()).toBe(
        "2027-03-26T09:00:00.000Z",
      );
      expect(instantOf("2027-03-29", 9 * 60, "Europe/London")?.toISOString()).toBe(
        "2027-03-29T08:00:00.000Z",
      );
      expect(instantOf("2027-03-12", 9 * 60, "America/New_York")?.toISOString()).toBe(
        "2027-03-12T14:00:00.000Z",
      );
      expect(instantOf("2027-03-15", 9 * 60, "America/New_York")?.toISOString()).toBe(
        "2027-03-15T13:00:00.000Z",
      );
      expect(instantOf("2027-11-08", 9 * 60, "America/New_York")?.toISOString()).toBe(
        "2027-11-08T14:00:00.000Z",
      );
    });
  }

  it("has no instant for a time the clocks skip", () => {
    process.env.TZ = "Pacific/Auckland";
    expect(instantOf("2027-03-28", 60 + 30, "Europe/London")).toBeNull();
    expect(instantOf("2027-03-14", 2 * 60 + 30, "America/New_York")).toBeNull();
  });

  it("takes the first of a time the clocks pass twice", () => {
    process.env.TZ = "Pacific/Auckland";
    expect(instantOf("2027-10-31", 60 + 30, "Europe/London")?.toISOString()).toBe(
      "2027-10-31T00:30:00.000Z",
    );
    expect(instantOf("2027-11-07", 60 + 30, "America/New_York")?.toISOString()).toBe(
      "2027-11-07T05:30:00.000Z",
    );
  });

  it("reads the local date and time of an instant", () => {
    process.env.TZ = "Pacific/Auckland";
    expect(localParts(new Date("2027-03-29T08:00:00Z"), "Europe/London")).toEqual({
      date: "2027-03-29",
      time: "09:00",
    });
    expect(localParts(new Date("2027-03-29T03:30:00Z"), "America/New_York")).toEqual({
      date: "2027-03-28",
      time: "23:30",
    });
    expect(startOfLocalDay("2027-03-28", "Europe/London").toISOString()).toBe(
      "2027-03-28T00:00:00.000Z",
    );
  });

  it("knows real zones and refuses made-up ones", () => {
    expect(knownTimeZone("Europe/London")).toBe("Europe/London");
    expect(knownTimeZone("America/New_York")).toBe("America/New_York");
    expect(knownTimeZone("Mars/Olympus")).toBeNull();
    expect(knownTimeZone("")).toBeNull();
    expect(knownTimeZone("<script>")).toBeNull();
  });
});

describe("local parts read from the formatted string", () => {
  const reference = (zone: string) => {
    const format = new Intl.DateTimeFormat("en-CA", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    });
    return (instant: Date) => {
      const f = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
      return { date: `${f.year}-${f.month}-${f.day}`, time: `${f.hour}:${f.minute}` };
    };
  };

  it("agree with Intl's parts in many zones across ten years, a step of 7 hours 13 minutes", () => {
    const zones = ["Europe/London", "America/St_Johns", "Asia/Kathmandu", "Australia/Lord_Howe"];
    for (const zone of zones) {
      const expected = reference(zone);
      for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2034, 0, 1); t += 433 * 60_000)
        expect(localParts(new Date(t), zone)).toEqual(expected(new Date(t)));
    }
  });

  it("still read a year of five digits", () => {
    expect(localParts(new Date(Date.UTC(12026, 5, 1, 12)), "UTC")).toEqual({
      date: "12026-06-01",
      time: "12:00",
    });
  });
});
