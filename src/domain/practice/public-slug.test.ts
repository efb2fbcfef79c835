import { describe, expect, it } from "vitest";
import { SLUG_MAX, SLUG_PATTERN, slugFromName, slugWithSuffix } from "./public-slug";

describe("a practice's public slug", () => {
  it("joins the name's lower-case words with hyphens", () => {
    expect(slugFromName("Northwind Coaching (demo)")).toBe("northwind-coaching-demo");
    expect(slugFromName("  Lee & Co. — Leadership  ")).toBe("lee-co-leadership");
    expect(slugFromName("Café Führung")).toBe("cafe-fuhrung");
  });

  it("stays valid for names with too few letters or too many words", () => {
    expect(slugFromName("株式会社")).toBe("practice");
    expect(slugFromName("A")).toBe("a-practice");
    const long = slugFromName("word ".repeat(40));
    expect(long.length).toBeLessThanOrEqual(SLUG_MAX - 6);
    for (const name of ["株式会社", "A", "word ".repeat(40), "x-y"]) {
      expect(slugFromName(name)).toMatch(SLUG_PATTERN);
      expect(slugWithSuffix(slugFromName(name))).toMatch(SLUG_PATTERN);
      expect(slugWithSuffix(slugFromName(name)).length).toBeLessThanOrEqual(SLUG_MAX);
    }
  });

  it("adds a four-character suffix", () => {
    expect(slugWithSuffix("lee-co", () => 0)).toBe("lee-co-0000");
    expect(slugWithSuffix("lee-co", () => 0.999999)).toMatch(/^lee-co-[a-z0-9]{4}$/);
  });
});
