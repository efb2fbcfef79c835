import { and, desc, eq, isNull, lte } from "drizzle-orm";
import { invitationStatus } from "../../domain/practice/invitation-status";
import { canInvite, type MemberRole } from "../../domain/practice/roles";
import type { Viewer } from "../access/viewer";
import { markAddressVerified, requireVerifiedAddress } from "../accounts/address-verification";
import { createAccount, emailIsTaken } from "../accounts/create-account";
import type { AppContext } from "../context";
import { invitation, membership, user } from "../db/schema";
import { AppError, forbidden, notFound } from "../http/errors";
import { invitationMail } from "../mail/templates";
import { markParticipantJoined } from "../programmes/joining";
import { hashToken, newInvitationToken } from "./tokens";

export const INVITATION_DAYS = 14;

export async function inviteMember(
  ctx: AppContext,
  inviter: Viewer,
  input: { email: string; name?: string | undefined; role: MemberRole },
) {
  if (!canInvite(inviter, input.role)) {
    throw forbidden(
      input.role === "coach"
        ? "Only a practice admin may invite coaches."
        : "Only coaches may invite people.",
    );
  }
  await requireVerifiedAddress(ctx, inviter);
  await refuseMemberOfThisPractice(ctx, inviter, input.email);
  const { token, tokenHash } = newInvitationToken();
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
  const created = await ctx.db.transaction(async (tx) => {
    await tx
      .update(invitation)
      .set({ revokedAt: new Date() })
      .where(openInvitationFor(inviter.practiceId, input.email, { expiredOnly: true }));
    const [row] = await tx
      .insert(invitation)
      .values({
        practiceId: inviter.practiceId,
        email: input.email,
        name: input.name ?? null,
        role: input.role,
        tokenHash,
        invitedBy: inviter.userId,
        expiresAt,
      })
      .onConflictDoNothing()
      .returning();
    if (!row)
      throw new AppError(
        "invitation_pending",
        `${input.email} has a pending invitation already. Revoke it to send a new one.`,
      );
    return row;
  });
  const url = `${ctx.config.publicUrl}/invitations/${token}`;
  await ctx.mailer.send({
    to: input.email,
    practiceId: inviter.practiceId,
    inOutbox: true,
    ...invitationMail({
      inviterName: inviter.name,
      practiceName: inviter.practiceName,
      role: input.role,
      url,
      expiresInDays: INVITATION_DAYS,
    }),
  });
  return created;
}

/**
 * The practice's own members are the coach's own data. Whether an address has an account in
 * another practice is not: that invitation goes out like any other, and only its recipient
 * learns, on accepting, that one person belongs to one practice (docs/decisions/005).
 */
async function refuseMemberOfThisPractice(ctx: AppContext, inviter: Viewer, address: string) {
  const [member] = await ctx.db
    .select({ id: membership.id })
    .from(user)
    .innerJoin(membership, eq(membership.userId, user.id))
    .where(and(eq(user.email, address), eq(membership.practiceId, inviter.practiceId)));
  if (member)
    throw new AppError("already_member", `${address} is a member of this practice already.`);
}

function openInvitationFor(
  practiceId: string,
  address: string,
  { expiredOnly }: { expiredOnly: boolean },
) {
  const open = and(
    eq(invitation.practiceId, practiceId),
    eq(invitation.email, address),
    isNull(invitation.acceptedAt),
    isNull(invitation.revokedAt),
  );
  return expiredOnly ? and(open, lte(invitation.expiresAt, new Date())) : open;
}

export async function findByToken(ctx: AppContext, token: string) {
  const [row] = await ctx.db
    .select()
    .from(invitation)
    .where(eq(invitation.tokenHash, hashToken(token)));
  if (!row) throw notFound("This invitation");
  return { ...row, status: invitationStatus(row, new Date()) };
}

export async function acceptInvitation(
  ctx: AppContext,
  token: string,
  input: { name: string; password: string },
): Promise<{ userId: string; headers: Headers }> {
  const found = await findByToken(ctx, token);
  if (found.status !== "pending") {
    throw new AppError(
      "invitation_closed",
      `This invitation is ${found.status}. Ask for a new one.`,
    );
  }
  if (await emailIsTaken(ctx, found.email)) {
    throw new AppError(
      "account_exists",
      `${found.email} has a Keel account already, and a person belongs to one practice only. Sign in to that account, or ask for an invitation to another address.`,
    );
  }
  return createAccount(
    ctx,
    { name: input.name, email: found.email, password: input.password },
    async (tx, userId) => {
      const [taken] = await tx
        .update(invitation)
        .set({ acceptedAt: new Date() })
        .where(
          and(
            eq(invitation.id, found.id),
            isNull(invitation.acceptedAt),
            isNull(invitation.revokedAt),
          ),
        )
        .returning({ id: invitation.id });
      if (!taken)
        throw new AppError("invitation_closed", "This invitation was used or revoked meanwhile.");
      await tx.insert(membership).values({
        practiceId: found.practiceId,
        userId,
        role: found.role,
        isAdmin: false,
        coachId: found.role === "client" ? found.invitedBy : null,
      });
      await markAddressVerified(tx, userId);
      await markParticipantJoined(tx, found.id, userId);
    },
  );
}

export async function listInvitations(ctx: AppContext, viewer: Viewer) {
  const scope = viewer.isAdmin
    ? eq(invitation.practiceId, viewer.practiceId)
    : and(eq(invitation.practiceId, viewer.practiceId), eq(invitation.invitedBy, viewer.userId));
  const rows = await ctx.db
    .select({ invitation, inviterName: user.name })
    .from(invitation)
    .innerJoin(user, eq(user.id, invitation.invitedBy))
    .where(scope)
    .orderBy(desc(invitation.createdAt));
  return rows.map((row) => presentInvitation(row.invitation, row.inviterName));
}

export async function revokeInvitation(ctx: AppContext, viewer: Viewer, id: string) {
  const [row] = await ctx.db
    .select()
    .from(invitation)
    .where(and(eq(invitation.id, id), eq(invitation.practiceId, viewer.practiceId)));
  if (!row || (!viewer.isAdmin && row.invitedBy !== viewer.userId))
    throw notFound("This invitation");
  const status = invitationStatus(row, new Date());
  if (status !== "pending" && status !== "expired") {
    throw new AppError("invitation_closed", `This invitation is ${status} already.`, {
      status: 409,
    });
  }
  await ctx.db.update(invitation).set({ revokedAt: new Date() }).where(eq(invitation.id, id));
}

type InvitationRow = typeof invitation.$inferSelect;

export function presentInvitation(row: InvitationRow, inviterName: string) {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    status: invitationStatus(row, new Date()),
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    invitedBy: { id: row.invitedBy, name: inviterName },
  };
}
