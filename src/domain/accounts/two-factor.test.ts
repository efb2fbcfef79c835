import { describe, expect, it } from "vitest";
import { mustSetUpTwoFactor, normalizeRecoveryCode, RECOVERY_CODE_PATTERN } from "./two-factor";

describe("mustSetUpTwoFactor", () => {
  const coach = {
    role: "coach" as const,
    twoFactorEnabled: false,
    practiceRequiresTwoFactor: true,
  };

  it("holds back a coach of a practice that requires it until they turn it on", () => {
    expect(mustSetUpTwoFactor(coach)).toBe(true);
    expect(mustSetUpTwoFactor({ ...coach, twoFactorEnabled: true })).toBe(false);
  });

  it("leaves everyone alone in a practice that does not require it", () => {
    expect(mustSetUpTwoFactor({ ...coach, practiceRequiresTwoFactor: false })).toBe(false);
  });

  it("asks it of coaches only, not of clients or sponsors", () => {
    expect(mustSetUpTwoFactor({ ...coach, role: "client" })).toBe(false);
    expect(mustSetUpTwoFactor({ ...coach, role: "sponsor" })).toBe(false);
  });
});

describe("recovery codes", () => {
  it("accepts a code with or without its dash and stores it with the dash", () => {
    for (const typed of ["abcDE-12345", " abcDE12345 "]) {
      expect(RECOVERY_CODE_PATTERN.test(typed.trim())).toBe(true);
      expect(normalizeRecoveryCode(typed)).toBe("abcDE-12345");
    }
  });

  it("refuses what cannot be a recovery code", () => {
    for (const typed of ["123456", "abcde-1234", "abcde_12345", "abcde--12345"]) {
      expect(RECOVERY_CODE_PATTERN.test(typed)).toBe(false);
    }
  });
});
