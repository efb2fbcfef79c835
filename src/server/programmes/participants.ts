import { and, asc, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import type { ImportPreview, Participant, ParticipantStatus } from "../../contract/programmes";
import { invitationStatus } from "../../domain/practice/invitation-status";
import type { MemberRole } from "../../domain/practice/roles";
import { checkParticipantCsv, type ImportCheck } from "../../domain/programmes/participant-import";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import { invitation, membership, programmeCohort, programmeParticipant, user } from "../db/schema";
import { cohortsOf, findProgramme } from "./programmes";

// A programme's participants, and the check of an import file against what the practice knows.

export async function listParticipants(
  ctx: AppContext,
  viewer: Viewer,
  programmeId: string,
): Promise<Participant[]> {
  await findProgramme(ctx.db, viewer, programmeId);
  const rows = await ctx.db
    .select({ participant: programmeParticipant, invitation })
    .from(programmeParticipant)
    .innerJoin(programmeCohort, eq(programmeCohort.id, programmeParticipant.cohortId))
    .leftJoin(invitation, eq(invitation.id, programmeParticipant.invitationId))
    .where(eq(programmeParticipant.programmeId, programmeId))
    .orderBy(
      asc(programmeCohort.startDate),
      asc(programmeParticipant.name),
      asc(programmeParticipant.id),
    );
  const now = new Date();
  return rows.map(({ participant, invitation: invited }) => ({
    id: participant.id,
    name: participant.name,
    email: participant.email,
    managerEmail: participant.managerEmail,
    cohortId: participant.cohortId,
    status: statusOf(participant.joinedAt, invited, now),
    invitedAt: participant.createdAt.toISOString(),
    joinedAt: participant.joinedAt?.toISOString() ?? null,
  }));
}

function statusOf(
  joinedAt: Date | null,
  invited: typeof invitation.$inferSelect | null,
  now: Date,
): ParticipantStatus {
  if (joinedAt) return "joined";
  if (!invited) return "revoked";
  const status = invitationStatus(invited, now);
  return status === "pending" ? "invited" : status === "accepted" ? "joined" : status;
}

export async function previewImport(
  ctx: AppContext,
  viewer: Viewer,
  programmeId: string,
  csv: string,
): Promise<ImportPreview> {
  await findProgramme(ctx.db, viewer, programmeId);
  return checkImport(ctx.db, viewer, programmeId, csv);
}

/** Every row's fate against the programme's cohorts and participants and the practice's people. */
export async function checkImport(
  db: Executor,
  viewer: Viewer,
  programmeId: string,
  csv: string,
): Promise<ImportCheck> {
  // One after another: in a transaction they share one connection anyway.
  const cohorts = await cohortsOf(db, programmeId);
  const participants = await db
    .select({ email: programmeParticipant.email })
    .from(programmeParticipant)
    .where(eq(programmeParticipant.programmeId, programmeId));
  const members = await db
    .select({ email: sql<string>`lower(${user.email})`, role: membership.role })
    .from(membership)
    .innerJoin(user, eq(user.id, membership.userId))
    .where(eq(membership.practiceId, viewer.practiceId));
  const pending = await db
    .select({ email: sql<string>`lower(${invitation.email})` })
    .from(invitation)
    .where(
      and(
        eq(invitation.practiceId, viewer.practiceId),
        isNull(invitation.acceptedAt),
        isNull(invitation.revokedAt),
        gt(invitation.expiresAt, new Date()),
      ),
    );
  return checkParticipantCsv(csv, {
    cohorts,
    participants: new Set(participants.map((row) => row.email)),
    members: new Map(members.map((row) => [row.email, row.role as MemberRole])),
    pendingInvitations: new Set(pending.map((row) => row.email)),
  });
}

/** Open invitations of these addresses that have expired: revoked, so new ones may be made. */
export async function revokeExpired(tx: Executor, practiceId: string, emails: string[]) {
  if (emails.length === 0) return;
  await tx
    .update(invitation)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(invitation.practiceId, practiceId),
        inArray(invitation.email, emails),
        isNull(invitation.acceptedAt),
        isNull(invitation.revokedAt),
        sql`${invitation.expiresAt} <= now()`,
      ),
    );
}
