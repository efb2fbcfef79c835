import { describe, expect, it } from "vitest";
import { instrumentFacts, instrumentName } from "./instrument-name";

const neo = {
  name: "IPIP-NEO-120 (Johnson, 2014): 30 facet scales of 4 items",
  shortName: "IPIP-NEO (120 items, 30 facets)",
  itemCount: 120,
  minutes: 18,
};

describe("a questionnaire's one name", () => {
  it("is the short name from its file, on every page", () => {
    expect(instrumentName(neo)).toBe("IPIP-NEO (120 items, 30 facets)");
  });

  it("is followed by facts, not by the questionnaire under another name", () => {
    const facts = instrumentFacts(neo);
    expect(facts).toBe("120 statements · about 18 minutes");
    expect(facts).not.toContain("IPIP");
  });
});
