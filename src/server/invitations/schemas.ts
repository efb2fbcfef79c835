import { z } from "zod";
import { MEMBER_ROLES } from "../../domain/practice/roles";

export const invitationStatuses = z.enum(["pending", "accepted", "revoked", "expired"]);

export const invitationView = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string().nullable(),
  role: z.enum(MEMBER_ROLES),
  status: invitationStatuses,
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  invitedBy: z.object({ id: z.uuid(), name: z.string() }),
});

export const publicInvitationView = z.object({
  email: z.string(),
  name: z.string().nullable(),
  role: z.enum(MEMBER_ROLES),
  practiceName: z.string(),
  invitedBy: z.string(),
  status: invitationStatuses,
});
