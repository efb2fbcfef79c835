import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "../../domain/accounts/password-policy";
import { mustSetUpTwoFactor } from "../../domain/accounts/two-factor";
import { MEMBER_ROLES } from "../../domain/practice/roles";
import type { Viewer } from "../access/viewer";

export const email = z
  .email("Enter a valid email address")
  .max(254)
  .transform((value) => value.trim().toLowerCase());
export const password = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters`);
export const personName = z.string().trim().min(1, "Enter a name").max(120);

export const me = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: z.enum(MEMBER_ROLES),
  isAdmin: z.boolean(),
  practice: z.object({ id: z.uuid(), name: z.string() }),
  twoFactorEnabled: z.boolean(),
  /** The practice requires two-factor sign-in of this coach, who must turn it on before anything else. */
  twoFactorSetUpRequired: z.boolean(),
});
export const userResponse = z.object({ user: me });

export function presentMe(viewer: Viewer): z.infer<typeof me> {
  return {
    id: viewer.userId,
    name: viewer.name,
    email: viewer.email,
    role: viewer.role,
    isAdmin: viewer.isAdmin,
    practice: { id: viewer.practiceId, name: viewer.practiceName },
    twoFactorEnabled: viewer.twoFactorEnabled,
    twoFactorSetUpRequired: mustSetUpTwoFactor(viewer),
  };
}
