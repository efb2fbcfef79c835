import * as z from "zod/mini";
import { ERASURE_CONFIRMATION } from "../../contract/data-rights";

/** The form of an erasure: the password of whoever erases, and the typed confirmation. */
export const erasureSchema = z.object({
  password: z.string("Enter your password").check(z.minLength(1, "Enter your password")),
  confirmation: z.string(`Type "${ERASURE_CONFIRMATION}"`).check(
    z.refine((typed) => typed.trim().toLowerCase() === ERASURE_CONFIRMATION, {
      message: `Type "${ERASURE_CONFIRMATION}" to confirm`,
    }),
  ),
});
