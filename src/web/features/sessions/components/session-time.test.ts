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

  it("calls a cancellation inside the window late and used", () => {
    const wording = cancellationWording("2027-03-08T20:00:00Z", 24, now);
    expect(wording.late).toBe(true);
    expect(wording.text).toContain("counts as a used session");
  });

  it("calls one outside the window not late", () => {
    const wording = cancellationWording("2027-03-10T09:00:00Z", 24, now);
    expect(wording.late).toBe(false);
    expect(wording.text).toContain("does not count");
  });

  it("says the rule plainly when it is not known", () => {
    expect(cancellationWording("2027-03-10T09:00:00Z", null, now).late).toBeNull();
  });
});
