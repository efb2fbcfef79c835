import type { MemberRole } from "../practice/roles";

export interface TwoFactorStanding {
  role: MemberRole;
  twoFactorEnabled: boolean;
  /** The practice's setting "Require two-factor sign-in for coaches". */
  practiceRequiresTwoFactor: boolean;
}

/**
 * Whether a person may do nothing but set up two-factor sign-in (and read who they are, or sign
 * out): their practice requires it of coaches and they have not turned it on.
 */
export function mustSetUpTwoFactor(person: TwoFactorStanding): boolean {
  return person.role === "coach" && person.practiceRequiresTwoFactor && !person.twoFactorEnabled;
}

/** Recovery codes as better-auth issues them: ten letters and digits, shown as `abcde-12345`. */
export const RECOVERY_CODE_PATTERN = /^[A-Za-z0-9]{5}-?[A-Za-z0-9]{5}$/;

/** A recovery code as typed (with or without its dash, with spaces around) in its stored form. */
export function normalizeRecoveryCode(typed: string): string {
  const compact = typed.trim().replace("-", "");
  return `${compact.slice(0, 5)}-${compact.slice(5)}`;
}
