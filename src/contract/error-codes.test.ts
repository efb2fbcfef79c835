import { describe, expect, it } from "vitest";
import { ERROR_CODES } from "./error-codes";

const entries = Object.entries(ERROR_CODES);

describe("the table of error codes", () => {
  it("names each code in snake case, as clients match them", () => {
    for (const [code] of entries) expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });

  it("gives each code a message a person can read: a sentence", () => {
    for (const [code, { message }] of entries) expect(message, code).toMatch(/^[A-Z].*\.$/);
  });

  it("gives a code another status only if it differs from its own", () => {
    for (const [code, entry] of entries) {
      if ("otherStatus" in entry) expect(entry.otherStatus, code).not.toBe(entry.status);
    }
  });
});
