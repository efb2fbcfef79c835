import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next-path";

describe("safeNextPath", () => {
  it("keeps a path on this site", () => {
    expect(safeNextPath("/engagements/abc?tab=history")).toBe("/engagements/abc?tab=history");
  });

  it.each([null, "", "https://evil.example", "//evil.example", "/\\evil.example"])(
    "falls back to home for %s",
    (next) => {
      expect(safeNextPath(next)).toBe("/");
    },
  );
});
