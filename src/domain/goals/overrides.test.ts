import { describe, expect, it } from "vitest";
import type { Guidance } from "./guidance";
import { checkOverrides, inputErrors, openGuidance } from "./overrides";

const guidance: Guidance[] = [
  { severity: "invalid", code: "target_equals_baseline", path: "target", message: "Equal." },
  { severity: "advice", code: "no_development_link", path: "developmentEntryIds", message: "L." },
  { severity: "question", code: "stretch", path: "target", message: "Is it?" },
];

describe("guidance and the coach's overrides", () => {
  it("answers a 400 with the input errors only, as field problems", () => {
    expect(inputErrors(guidance)).toEqual([{ path: "target", message: "Equal." }]);
  });

  it("keeps showing advice and questions until they are set aside", () => {
    expect(openGuidance(guidance, []).map((g) => g.code)).toEqual([
      "no_development_link",
      "stretch",
    ]);
    const setAside = [{ code: "stretch", reason: "The client wants the stretch." }];
    expect(openGuidance(guidance, setAside).map((g) => g.code)).toEqual(["no_development_link"]);
  });

  it("refuses setting aside what must be fixed, or setting aside without a reason", () => {
    const overrides = [
      { code: "target_equals_baseline", reason: "Keep it as it is." },
      { code: "no_development_link", reason: " ok " },
      { code: "stretch", reason: "Agreed in the session." },
      { code: "no_why", reason: "No longer applies, harmless." },
    ];
    expect(checkOverrides(overrides, guidance)).toEqual([
      { path: "overrides.0.code", message: "This must be fixed, not set aside." },
      { path: "overrides.1.reason", message: "Say why this is set aside." },
    ]);
  });

  it("accepts a reason of three characters", () => {
    const overrides = [{ code: "stretch", reason: "yes" }];
    expect(checkOverrides(overrides, guidance)).toEqual([]);
  });
});
