import { describe, expect, it } from "vitest";
import { describeCadence } from "../../../../../domain/goals/cadence-words";
import { cadenceOf, cadenceRule } from "./cadence";

describe("cadenceRule and cadenceOf", () => {
  it("writes each plain choice as a rule and reads it back in words", () => {
    const cases = [
      [{ pattern: "weekly", day: "MO" }, "FREQ=WEEKLY;BYDAY=MO", "Every Monday"],
      [
        { pattern: "fortnightly", day: "TU" },
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
        "Every second Tuesday",
      ],
      [
        { pattern: "monthly", day: "FR" },
        "FREQ=MONTHLY;BYDAY=1FR",
        "On the first Friday of each month",
      ],
      [{ pattern: "workdays", day: "MO" }, "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "Every working day"],
    ] as const;
    for (const [cadence, rule, words] of cases) {
      expect(cadenceRule(cadence)).toBe(rule);
      expect(describeCadence(rule)).toBe(words);
      expect(cadenceOf(rule)).toEqual(cadence);
    }
  });

  it("does not take a rule written elsewhere for one of the choices", () => {
    expect(cadenceOf("FREQ=DAILY")).toBeNull();
    expect(cadenceOf("FREQ=WEEKLY;BYDAY=MO,TH")).toBeNull();
  });
});
