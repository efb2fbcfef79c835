import { describe, expect, it } from "vitest";
import { formatNumber } from "./numbers";

describe("a measure's value as people read it", () => {
  it("keeps at most two decimals and drops trailing zeros", () => {
    expect(formatNumber(4)).toBe("4");
    expect(formatNumber(4.5)).toBe("4.5");
    expect(formatNumber(16 / 3)).toBe("5.33");
    expect(formatNumber(2.999)).toBe("3");
    expect(formatNumber(-0.001)).toBe("0");
    expect(formatNumber(-1.25)).toBe("-1.25");
  });
});
