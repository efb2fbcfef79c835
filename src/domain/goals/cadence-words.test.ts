import { describe, expect, it } from "vitest";
import { describeCadence } from "./cadence-words";

describe("an exercise's cadence in words", () => {
  it.each([
    ["FREQ=WEEKLY;BYDAY=MO", "Every Monday"],
    ["RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", "Every second Tuesday"],
    ["FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "Every working day"],
    ["FREQ=WEEKLY;BYDAY=MO,TH", "Every Monday and Thursday"],
    ["FREQ=MONTHLY;BYDAY=1FR", "On the first Friday of each month"],
    ["FREQ=MONTHLY;BYDAY=-1FR", "On the last Friday of each month"],
    ["FREQ=MONTHLY;BYMONTHDAY=1", "On day 1 of each month"],
    ["FREQ=DAILY", "Every day"],
    ["FREQ=DAILY;INTERVAL=3", "Every 3 days"],
  ])("%s reads %s", (rule, words) => {
    expect(describeCadence(rule)).toBe(words);
  });
});
