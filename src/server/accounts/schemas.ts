import { z } from "zod";
import { MEMBER_ROLES } from "../../domain/practice/roles";
import type { Viewer } from "../access/viewer";
import { MIN_PASSWORD_LENGTH } from "../auth/better-auth";

export const email = z
  .email("Enter a valid email address")
  .max(254)
  .transform((value) => value.trim().toLowerCase());
export const password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(256, "Use at most 256 characters");
export const personName = z.string().trim().min(1, "Enter a name").max(120);

export const me = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: z.enum(MEMBER_ROLES),
  isAdmin: z.boolean(),
  practice: z.object({ id: z.uuid(), name: z.string() }),
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
  };
}
