import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "../domain/accounts/password-policy";
import { MEMBER_ROLES } from "../domain/practice/roles";
import { mailDelivery } from "./outbox";

export const email = z
  .email("Enter a valid email address")
  .max(254)
  .transform((value) => value.trim().toLowerCase());
export const password = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters`);
export const personName = z.string().trim().min(1, "Enter a name").max(120);

export const memberRole = z.enum(MEMBER_ROLES);
export type Role = z.output<typeof memberRole>;

/** The person signed in: GET /api/me, and the `user` of every answer that signs someone in. */
export const me = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: memberRole,
  isAdmin: z.boolean(),
  practice: z.object({ id: z.uuid(), name: z.string() }),
  twoFactorEnabled: z.boolean(),
  /** The practice requires two-factor sign-in of this coach, who must turn it on before anything else. */
  twoFactorSetUpRequired: z.boolean(),
});
export type Me = z.output<typeof me>;

export const userResponse = z.object({ user: me });
export type UserResponse = z.output<typeof userResponse>;

/** POST /api/auth/sign-up: a coach and their practice. */
export const signUpBody = z.object({
  name: personName,
  email,
  password,
  practiceName: z.string().trim().min(2, "Enter the practice's name").max(120),
});
export type SignUpBody = z.input<typeof signUpBody>;

export const signInBody = z.object({
  email,
  password: z.string().min(1, "Enter your password").max(256),
});
export type SignInBody = z.input<typeof signInBody>;

export const forgotPasswordBody = z.object({ email });
export type ForgotPasswordBody = z.input<typeof forgotPasswordBody>;

/** The same whether or not the account exists; says whether a link would be mailed or held. */
export const forgotPasswordAnswer = z.object({ ok: z.literal(true), mailDelivery });
export type ForgotPasswordAnswer = z.output<typeof forgotPasswordAnswer>;

export const resetPasswordBody = z.object({ token: z.string().min(1).max(200), password });
export type ResetPasswordBody = z.input<typeof resetPasswordBody>;

/**
 * GET /api/auth/address. `required`: Keel sends mail (SMTP), so it must know that the sender's
 * address is theirs.
 */
export const addressState = z.object({
  email: z.string(),
  verified: z.boolean(),
  required: z.boolean(),
});
export type AddressState = z.output<typeof addressState>;

export const verifyAddressBody = z.object({ token: z.string().min(1).max(2000) });
