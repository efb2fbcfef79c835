import { asc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Commitment, CommitmentChange, CommitmentInput } from "../../contract/session-work";
import type { FieldProblem } from "../../domain/field-problem";
import {
  dueDateProblem,
  isSessionParty,
  mayRemoveCommitment,
} from "../../domain/sessions/session-work";
import { localParts } from "../../domain/sessions/zoned-time";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import { coachingSession, sessionCommitment, user } from "../db/schema";
import { forbidden, invalidInput, notFound } from "../http/errors";
import { requireWritableSession, type SessionGuardRow } from "./page-access";

// The commitments made in a session: action items, each owned by the coach or the client and due
// on or after the session's day (stage 4 tracks them). Either writes and ticks them off; one goes
// when its author or the coach removes it.

const owner = alias(user, "owner");
const author = alias(user, "author");

function selectCommitments(db: Executor) {
  return db
    .select({
      id: sessionCommitment.id,
      sessionId: sessionCommitment.sessionId,
      text: sessionCommitment.text,
      owner: { id: owner.id, name: owner.name },
      dueOn: sessionCommitment.dueOn,
      doneAt: sessionCommitment.doneAt,
      createdBy: { id: author.id, name: author.name },
      createdAt: sessionCommitment.createdAt,
    })
    .from(sessionCommitment)
    .innerJoin(owner, eq(owner.id, sessionCommitment.ownerId))
    .innerJoin(author, eq(author.id, sessionCommitment.createdBy))
    .$dynamic();
}

type CommitmentRow = Awaited<ReturnType<typeof selectCommitments>>[number];

function present(row: CommitmentRow): Commitment {
  return {
    ...row,
    doneAt: row.doneAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function readCommitments(db: Executor, sessionId: string): Promise<Commitment[]> {
  const rows = await selectCommitments(db)
    .where(eq(sessionCommitment.sessionId, sessionId))
    .orderBy(asc(sessionCommitment.createdAt), asc(sessionCommitment.id));
  return rows.map(present);
}

async function readCommitment(db: Executor, id: string): Promise<Commitment> {
  const [row] = await selectCommitments(db).where(eq(sessionCommitment.id, id));
  if (!row) throw notFound("This commitment");
  return present(row);
}

/** The owner is one of the session's two people, and the due date is not before its day. */
async function requireValidFields(
  db: Executor,
  row: SessionGuardRow,
  fields: { ownerId?: string | undefined; dueOn?: string | undefined },
) {
  const problems: FieldProblem[] = [];
  if (fields.ownerId !== undefined && !isSessionParty(fields.ownerId, row.parties))
    problems.push({ path: "ownerId", message: "Choose the coach or the client as its owner." });
  if (fields.dueOn !== undefined) {
    const day = await sessionDay(db, row.session.id);
    const problem = dueDateProblem(fields.dueOn, day);
    if (problem) problems.push({ path: "dueOn", message: problem });
  }
  if (problems.length > 0)
    throw invalidInput(problems, "Some parts of the commitment need fixing.");
}

/** The session's date where it was booked. */
async function sessionDay(db: Executor, sessionId: string): Promise<string> {
  const [found] = await db
    .select({ startsAt: coachingSession.startsAt, timeZone: coachingSession.timeZone })
    .from(coachingSession)
    .where(eq(coachingSession.id, sessionId));
  if (!found) throw notFound("This session");
  return localParts(found.startsAt, found.timeZone).date;
}

export async function addCommitment(
  ctx: AppContext,
  viewer: Viewer,
  sessionId: string,
  input: CommitmentInput,
): Promise<Commitment> {
  return ctx.db.transaction(async (tx) => {
    const { row } = await requireWritableSession(tx, viewer, sessionId);
    await requireValidFields(tx, row, input);
    const [added] = await tx
      .insert(sessionCommitment)
      .values({
        engagementId: row.session.engagementId,
        sessionId,
        text: input.text,
        ownerId: input.ownerId,
        dueOn: input.dueOn,
        createdBy: viewer.userId,
      })
      .returning({ id: sessionCommitment.id });
    if (!added) throw new Error("the commitment was not added");
    return readCommitment(tx, added.id);
  });
}

async function requireCommitment(tx: Executor, viewer: Viewer, id: string) {
  const [found] = await tx
    .select({ sessionId: sessionCommitment.sessionId, createdBy: sessionCommitment.createdBy })
    .from(sessionCommitment)
    .where(eq(sessionCommitment.id, id));
  if (!found) throw notFound("This commitment");
  const guarded = await requireWritableSession(
    tx,
    viewer,
    found.sessionId,
    undefined,
    "commitment",
  );
  return { ...guarded, createdBy: found.createdBy };
}

export async function updateCommitment(
  ctx: AppContext,
  viewer: Viewer,
  id: string,
  change: CommitmentChange,
): Promise<Commitment> {
  return ctx.db.transaction(async (tx) => {
    const { row } = await requireCommitment(tx, viewer, id);
    await requireValidFields(tx, row, change);
    // Ticking off again keeps the first time it was done.
    const doneAt =
      change.done === undefined
        ? undefined
        : change.done
          ? sql`coalesce(${sessionCommitment.doneAt}, now())`
          : null;
    await tx
      .update(sessionCommitment)
      .set({ text: change.text, ownerId: change.ownerId, dueOn: change.dueOn, doneAt })
      .where(eq(sessionCommitment.id, id));
    return readCommitment(tx, id);
  });
}

export async function removeCommitment(ctx: AppContext, viewer: Viewer, id: string) {
  await ctx.db.transaction(async (tx) => {
    const { relation, createdBy } = await requireCommitment(tx, viewer, id);
    if (!mayRemoveCommitment(relation, viewer.userId, createdBy))
      throw forbidden("Only its author or the coach removes a commitment.");
    await tx.delete(sessionCommitment).where(eq(sessionCommitment.id, id));
  });
}
