import { and, asc, eq, gt, ilike, inArray, isNull, or, sql } from "drizzle-orm";
import { z } from "zod";
import type { ImportPreview, ParticipantPage, ParticipantStatus } from "../../contract/programmes";
import { invitationStatus } from "../../domain/practice/invitation-status";
import type { MemberRole } from "../../domain/practice/roles";
import { checkParticipantCsv, type ImportCheck } from "../../domain/programmes/participant-import";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import { invitation, membership, programmeParticipant, user } from "../db/schema";
import { containsPattern, cursorParam, limitParam, pageOf, searchParam } from "../http/keyset-page";
import { cohortsOf, findProgramme } from "./programmes";

// A programme's participants a page at a time, and the check of an import file against what the
// practice knows.

/** Where a page of participants ends: the sort key of its last row, by name. */
const participantPosition = z.strictObject({ name: z.string().max(400), id: z.uuid() });

export const listParticipantsQuery = z.object({
  limit: limitParam("participant", "participants"),
  cursor: cursorParam(participantPosition).optional(),
  q: searchParam("Only participants whose name or email contains this text"),
  cohortId: z.uuid("Not a cohort id").optional().describe("Only the participants of this cohort"),
});
export type ListParticipantsQuery = z.infer<typeof listParticipantsQuery>;

/**
 * One page of the programme's participants by name, then id (decision 006): the rows after the
 * cursor, read in the order of `programme_participant_name_idx`, stopping after `limit + 1`.
 */
export async function listParticipants(
  ctx: AppContext,
  viewer: Viewer,
  programmeId: string,
  query: ListParticipantsQuery,
): Promise<ParticipantPage> {
  await findProgramme(ctx.db, viewer, programmeId);
  const pattern = query.q ? containsPattern(query.q) : null;
  const rows = await ctx.db
    .select({ participant: programmeParticipant, invitation })
    .from(programmeParticipant)
    .leftJoin(invitation, eq(invitation.id, programmeParticipant.invitationId))
    .where(
      and(
        eq(programmeParticipant.programmeId, programmeId),
        query.cohortId ? eq(programmeParticipant.cohortId, query.cohortId) : undefined,
        pattern
          ? or(
              ilike(programmeParticipant.name, pattern),
              ilike(programmeParticipant.email, pattern),
            )
          : undefined,
        query.cursor
          ? sql`(${programmeParticipant.name}, ${programmeParticipant.id}) > (${query.cursor.name}::text, ${query.cursor.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(programmeParticipant.name), asc(programmeParticipant.id))
    .limit(query.limit + 1);
  const { page, nextCursor } = pageOf(rows, query.limit, ({ participant }) => ({
    name: participant.name,
    id: participant.id,
  }));
  const now = new Date();
  const items = page.map(({ participant, invitation: invited }) => ({
    id: participant.id,
    name: participant.name,
    email: participant.email,
    managerEmail: participant.managerEmail,
    cohortId: participant.cohortId,
    status: statusOf(participant.joinedAt, invited, now),
    invitedAt: participant.createdAt.toISOString(),
    joinedAt: participant.joinedAt?.toISOString() ?? null,
    existingClient: participant.userId !== null && participant.invitationId === null,
  }));
  return { items, nextCursor };
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
  return (await checkImport(ctx.db, viewer, programmeId, csv)).check;
}

export interface CheckedImport {
  check: ImportCheck;
  /** The account of each client of the practice the file names, by lower-case address. */
  clientIds: ReadonlyMap<string, string>;
}

/** Every row's fate against the programme's cohorts and participants and the practice's people. */
export async function checkImport(
  db: Executor,
  viewer: Viewer,
  programmeId: string,
  csv: string,
): Promise<CheckedImport> {
  // One after another: in a transaction they share one connection anyway.
  const cohorts = await cohortsOf(db, programmeId);
  const participants = await db
    .select({ email: programmeParticipant.email })
    .from(programmeParticipant)
    .where(eq(programmeParticipant.programmeId, programmeId));
  const members = await db
    .select({
      email: sql<string>`lower(${user.email})`,
      role: membership.role,
      isAdmin: membership.isAdmin,
      userId: user.id,
    })
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
  const check = checkParticipantCsv(csv, {
    cohorts,
    participants: new Set(participants.map((row) => row.email)),
    members: new Map(
      members.map((row) => [row.email, row.isAdmin ? "admin" : (row.role as MemberRole)]),
    ),
    pendingInvitations: new Set(pending.map((row) => row.email)),
  });
  const clientIds = new Map(
    members.filter((row) => row.role === "client").map((row) => [row.email, row.userId]),
  );
  return { check, clientIds };
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
