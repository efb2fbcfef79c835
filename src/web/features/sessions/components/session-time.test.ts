import { describe, expect, it } from "vitest";
import { cancellationWording, formatSessionTime, formatSlotDay } from "./session-time";

describe("session times", () => {
  it("shows a session in the zone asked for, not the machine's", () => {
    const text = formatSessionTime(
      "2027-03-08T09:00:00Z",
      "2027-03-08T10:00:00Z",
      "America/New_York",
    );
    expect(text).toBe("Mon, 8 Mar 2027, 04:00–05:00");
  });

  it("names a slot's calendar day without shifting it", () => {
    expect(formatSlotDay("2027-03-08")).toBe("Monday 8 March");
  });
});

describe("cancellation wording", () => {
  const now = new Date("2027-03-08T09:00:00Z");

  it("tells the client a cancellation inside the window still counts", () => {
    const wording = cancellationWording("2027-03-08T20:00:00Z", 24, now, "Europe/London");
    expect(wording.late).toBe(true);
    expect(wording.text).toBe(
      "Cancelling now, less than 24 hours before, still counts as one of your sessions.",
    );
  });

  it("says until when, in the reader's zone, a cancellation is free", () => {
    const wording = cancellationWording("2027-03-10T09:00:00Z", 24, now, "Europe/London");
    expect(wording.late).toBe(false);
    expect(wording.text).toContain("You can cancel free of charge until Tue, 9 Mar 2027, 09:00");
  });

  it("frees every cancellation before the start when the coach allows it", () => {
    expect(cancellationWording("2027-03-08T09:30:00Z", 0, now).text).toBe(
      "You can cancel free of charge until the session starts.",
    );
  });
});
