import { z } from "zod";
import { email, memberRole, password, personName } from "./accounts";
import { personRef } from "./common";

export const invitationStatuses = z.enum(["pending", "accepted", "revoked", "expired"]);
export type InvitationStatus = z.output<typeof invitationStatuses>;

export const inviteBody = z.object({ email, name: personName.optional(), role: memberRole });
export type InviteBody = z.input<typeof inviteBody>;

export const invitationView = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string().nullable(),
  role: memberRole,
  status: invitationStatuses,
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  invitedBy: personRef,
});
export type Invitation = z.output<typeof invitationView>;

/** What an invitation link shows before anyone signs in. */
export const publicInvitationView = z.object({
  email: z.string(),
  name: z.string().nullable(),
  role: memberRole,
  practiceName: z.string(),
  invitedBy: z.string(),
  status: invitationStatuses,
});
export type InvitationPreview = z.output<typeof publicInvitationView>;

export const invitationTokenParams = z.object({ token: z.string().min(20).max(100) });

export const acceptInvitationBody = z.object({ name: personName, password });
export type AcceptInvitationBody = z.input<typeof acceptInvitationBody>;
