import { eq } from "drizzle-orm";
import type { ImportResult } from "../../contract/programmes";
import type { FieldProblem } from "../../domain/field-problem";
import type { ImportCheck, ImportRow } from "../../domain/programmes/participant-import";
import type { Viewer } from "../access/viewer";
import { requireVerifiedAddress } from "../accounts/address-verification";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import { invitation, programme, programmeParticipant } from "../db/schema";
import { isUniqueViolation } from "../db/unique-violation";
import { AppError } from "../http/errors";
import { INVITATION_DAYS } from "../invitations/service";
import { newInvitationToken } from "../invitations/tokens";
import { invitationMail } from "../mail/templates";
import { addedToProgrammeMail } from "./added-mail";
import { checkImport, revokeExpired } from "./participants";
import { findProgramme } from "./programmes";

// Committing an import: the file is checked again in the transaction that saves it, and either
// every row becomes a participant, with a client invitation and its queued mail or, for a client
// of the practice already, joined at once with a mail saying so; or nothing is saved
// (docs/decisions/030). A few statements per thousand rows, not a few per row.

/** Rows per statement: well under PostgreSQL's 65,535 parameters for the widest of the inserts. */
const CHUNK = 1_000;

export async function commitImport(
  ctx: AppContext,
  viewer: Viewer,
  programmeId: string,
  csv: string,
): Promise<ImportResult> {
  const { name: programmeName } = await findProgramme(ctx.db, viewer, programmeId);
  await requireVerifiedAddress(ctx, viewer);
  try {
    return await ctx.db.transaction(async (tx) => {
      // Two commits of one programme at once wait for each other here, so the second sees the first's rows.
      await tx
        .select({ id: programme.id })
        .from(programme)
        .where(eq(programme.id, programmeId))
        .for("update");
      const { check, clientIds } = await checkImport(tx, viewer, programmeId, csv);
      refuseProblems(check);
      const clients = check.rows.filter((row) => row.existingClient);
      const invited = await inviteRows(
        ctx,
        tx,
        viewer,
        programmeId,
        check.rows.filter((row) => !row.existingClient),
      );
      await addClients(
        ctx,
        tx,
        viewer,
        { id: programmeId, name: programmeName },
        clients,
        clientIds,
      );
      return {
        imported: check.rows.length,
        invited,
        added: clients.length,
        byCohort: countByCohort(check.rows),
      };
    });
  } catch (error) {
    if (isUniqueViolation(error, "invitation_open_email_unique"))
      throw new AppError(
        "import_has_problems",
        "Someone invited one of these addresses meanwhile; preview the file again.",
      );
    throw error;
  }
}

function refuseProblems(check: ImportCheck) {
  const fields: FieldProblem[] = [
    ...check.fileProblems.map((message) => ({ path: "file", message })),
    ...check.rows.flatMap((row) =>
      row.problems.map((problem) => ({
        path: `row ${row.row}${problem.column ? `: ${problem.column}` : ""}`,
        message: problem.message,
      })),
    ),
  ];
  if (check.fileProblems.length === 0 && check.rows.length === 0)
    fields.push({ path: "file", message: "The file has a header but no participants." });
  if (fields.length === 0) return;
  const rows = check.counts.withProblems;
  const message =
    check.fileProblems.length > 0 || rows === 0
      ? "The file cannot be imported as it is; nothing was saved."
      : `${rows} of ${check.counts.rows} rows need fixing; nothing was saved.`;
  throw new AppError("import_has_problems", message, { fields });
}

/** Rows new to the practice: a participant, a client invitation and its mail each. */
async function inviteRows(
  ctx: AppContext,
  tx: Executor,
  viewer: Viewer,
  programmeId: string,
  rows: ImportRow[],
): Promise<number> {
  if (rows.length === 0) return 0;
  await revokeExpired(
    tx,
    viewer.practiceId,
    rows.map((row) => row.values.email),
  );
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const tokens = chunk.map(() => newInvitationToken());
    const invited = await tx
      .insert(invitation)
      .values(
        chunk.map((row, i) => ({
          practiceId: viewer.practiceId,
          email: row.values.email,
          name: row.values.name,
          role: "client" as const,
          tokenHash: (tokens[i] as { tokenHash: string }).tokenHash,
          invitedBy: viewer.userId,
          expiresAt,
        })),
      )
      .returning({ id: invitation.id, tokenHash: invitation.tokenHash });
    const invitationIds = new Map(invited.map((row) => [row.tokenHash, row.id]));
    await tx.insert(programmeParticipant).values(
      chunk.map((row, i) => ({
        programmeId,
        cohortId: row.cohortId as string,
        name: row.values.name,
        email: row.values.email,
        managerEmail: row.values.manager || null,
        invitationId: invitationIds.get((tokens[i] as { tokenHash: string }).tokenHash) ?? null,
      })),
    );
    await ctx.mailer.sendMany(
      chunk.map((row, i) =>
        invitationFor(ctx, viewer, row, (tokens[i] as { token: string }).token),
      ),
      tx,
    );
  }
  return rows.length;
}

/**
 * Clients of the practice already: joined at once, linked to their account, unmatched whatever
 * coaching they have (the admin matches them under the programme's terms), and told by mail.
 */
async function addClients(
  ctx: AppContext,
  tx: Executor,
  viewer: Viewer,
  target: { id: string; name: string },
  rows: ImportRow[],
  clientIds: ReadonlyMap<string, string>,
) {
  const joinedAt = new Date();
  const signInUrl = `${ctx.config.publicUrl}/sign-in`;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    await tx.insert(programmeParticipant).values(
      chunk.map((row) => ({
        programmeId: target.id,
        cohortId: row.cohortId as string,
        name: row.values.name,
        email: row.values.email,
        managerEmail: row.values.manager || null,
        userId: clientIds.get(row.values.email) as string,
        joinedAt,
      })),
    );
    await ctx.mailer.sendMany(
      chunk.map((row) => ({
        to: row.values.email,
        practiceId: viewer.practiceId,
        inOutbox: true,
        ...addedToProgrammeMail({
          adminName: viewer.name,
          practiceName: viewer.practiceName,
          programmeName: target.name,
          signInUrl,
        }),
      })),
      tx,
    );
  }
}

function invitationFor(ctx: AppContext, viewer: Viewer, row: ImportRow, token: string) {
  return {
    to: row.values.email,
    practiceId: viewer.practiceId,
    inOutbox: true,
    ...invitationMail({
      inviterName: viewer.name,
      practiceName: viewer.practiceName,
      role: "client",
      url: `${ctx.config.publicUrl}/invitations/${token}`,
      expiresInDays: INVITATION_DAYS,
    }),
  };
}

function countByCohort(rows: ImportRow[]) {
  const counts = new Map<string, number>();
  for (const row of rows)
    counts.set(row.cohortId as string, (counts.get(row.cohortId as string) ?? 0) + 1);
  return [...counts].map(([cohortId, imported]) => ({ cohortId, imported }));
}
