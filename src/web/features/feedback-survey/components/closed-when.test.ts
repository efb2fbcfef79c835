import { describe, expect, it } from "vitest";
import { closedWhen } from "./closed-when";

describe("closedWhen", () => {
  it("says the survey closed on its deadline once the deadline has passed", () => {
    expect(closedWhen("2026-12-03", "2026-12-04")).toBe("It closed on 3 Dec 2026.");
  });

  it("says it closed early when the coach closed it before the deadline", () => {
    expect(closedWhen("2026-12-03", "2026-12-03")).toBe(
      "It was closed early, before its deadline of 3 Dec 2026.",
    );
  });
});
