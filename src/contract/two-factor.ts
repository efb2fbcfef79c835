import { z } from "zod";
import { normalizeRecoveryCode, RECOVERY_CODE_PATTERN } from "../domain/accounts/two-factor";

/** What POST /api/auth/sign-in answers when the account has two-factor sign-in on. */
export const twoFactorChallenge = z
  .object({ twoFactorRequired: z.literal(true) })
  .describe(
    "The password was right; no session yet. Send a code to POST /api/auth/sign-in/two-factor within 10 minutes.",
  );
export type TwoFactorChallenge = z.output<typeof twoFactorChallenge>;

export const totpCode = z
  .string()
  .transform((value) => value.replace(/\s/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, "Enter the 6-digit code from your authenticator app"));

const recoveryCode = z
  .string()
  .trim()
  .regex(RECOVERY_CODE_PATTERN, "A recovery code is 10 letters and digits, like abcde-12345")
  .transform(normalizeRecoveryCode);

/** A second factor: the authenticator app's current code, or one of the recovery codes. */
export const secondFactor = z
  .object({ code: totpCode.optional(), recoveryCode: recoveryCode.optional() })
  .refine((body) => (body.code === undefined) !== (body.recoveryCode === undefined), {
    message: "Give either the 6-digit code or a recovery code",
    path: ["code"],
  });
export type SecondFactor = z.infer<typeof secondFactor>;

export const currentPassword = z.string().min(1, "Enter your password").max(256);

/** Starting the set-up, or new recovery codes: the password again. */
export const passwordBody = z.object({ password: currentPassword });
export type PasswordBody = z.input<typeof passwordBody>;

export const confirmTwoFactorBody = z.object({ code: totpCode });
export type ConfirmTwoFactorBody = z.input<typeof confirmTwoFactorBody>;

export const disableTwoFactorBody = z.intersection(passwordBody, secondFactor);
export type DisableTwoFactorBody = z.input<typeof disableTwoFactorBody>;

export const twoFactorSetUp = z.object({
  /** otpauth:// URI for the QR code. */
  totpUri: z.string(),
  /** The same secret in base32, for typing into an authenticator app by hand. */
  secret: z.string(),
  /** Shown this once; each signs in once in place of a code. */
  recoveryCodes: z.array(z.string()),
});

export const recoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });
export type TwoFactorSetUp = z.output<typeof twoFactorSetUp>;
export type RecoveryCodes = z.output<typeof recoveryCodes>;
