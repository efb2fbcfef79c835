import { describe, expect, it } from "vitest";
import { describeSeries, placeOfZone } from "./series-words";

describe("describeSeries", () => {
  it("says the cadence, the local time and the zone's place", () => {
    expect(
      describeSeries({
        rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=4",
        localTime: "08:30",
        timeZone: "Europe/London",
      }),
    ).toBe("Every second Tuesday at 08:30, London time");
    expect(
      describeSeries({
        rrule: "FREQ=WEEKLY;BYDAY=MO;COUNT=6",
        localTime: "17:00",
        timeZone: "UTC",
      }),
    ).toBe("Every Monday at 17:00, UTC time");
  });

  it("names a zone by its last place", () => {
    expect(placeOfZone("America/Argentina/Buenos_Aires")).toBe("Buenos Aires");
  });
});
