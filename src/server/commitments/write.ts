import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type {
  Commitment,
  CommitmentChange,
  CommitmentComment,
  CommitmentCommentInput,
  CommitmentInput,
} from "../../contract/commitments";
import {
  mayMarkCommitment,
  occurrenceDays,
  repeatProblem,
} from "../../domain/commitments/commitments";
import type { EngagementRelation } from "../../domain/engagement/access";
import type { FieldProblem } from "../../domain/field-problem";
import {
  dueDateProblem,
  isSessionParty,
  mayRemoveCommitment,
} from "../../domain/sessions/session-work";
import { localParts } from "../../domain/sessions/zoned-time";
import type { Viewer } from "../access/viewer";
import { requireVisible } from "../access/visible-record";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import {
  coachingSession,
  commitmentComment,
  engagement,
  goal,
  sessionCommitment,
  user,
} from "../db/schema";
import { clientWork, findEngagementForClientWork } from "../engagements/client-work";
import { partyColumns } from "../engagements/queries";
import { AppError, forbidden, invalidInput, notFound } from "../http/errors";
import { requireWritableSession } from "../sessions/page-access";
import { readCommitment } from "./read";

// Writing commitments: made in a session (due on or after its day) or added on the engagement at
// any time, perhaps towards one of its goals. Coach and client both write and edit them; the
// owner (or the coach) marks how one went, either reopens it; its author or the coach removes it.
// Both comment on each.

type Parties = { coachId: string; clientId: string };

/**
 * The owner is one of the two people, the goal is the engagement's, the date not too early, and
 * a repetition ends after it starts, in a bounded number of occurrences.
 */
async function requireValidFields(
  db: Executor,
  at: { engagementId: string; sessionId: string | null; parties: Parties },
  fields: {
    ownerId?: string | undefined;
    dueOn?: string | undefined;
    goalId?: string | null | undefined;
    repeat?: CommitmentInput["repeat"];
  },
) {
  const problems: FieldProblem[] = [];
  if (fields.repeat && fields.dueOn) {
    const problem = repeatProblem(fields.dueOn, fields.repeat.everyWeeks, fields.repeat.until);
    if (problem) problems.push({ path: "repeat.until", message: problem });
  }
  if (fields.ownerId !== undefined && !isSessionParty(fields.ownerId, at.parties))
    problems.push({ path: "ownerId", message: "Choose the coach or the client as its owner." });
  if (fields.dueOn !== undefined && at.sessionId !== null) {
    const problem = dueDateProblem(fields.dueOn, await sessionDay(db, at.sessionId));
    if (problem) problems.push({ path: "dueOn", message: problem });
  }
  if (fields.goalId) {
    const [found] = await db
      .select({ id: goal.id })
      .from(goal)
      .where(and(eq(goal.id, fields.goalId), eq(goal.engagementId, at.engagementId)));
    if (!found) problems.push({ path: "goalId", message: "Choose one of the engagement's goals." });
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

async function insertCommitment(
  tx: Executor,
  viewer: Viewer,
  at: { engagementId: string; sessionId: string | null },
  input: CommitmentInput,
): Promise<Commitment> {
  const { repeat } = input;
  const days = repeat ? occurrenceDays(input.dueOn, repeat.everyWeeks, repeat.until) : [];
  const seriesId = repeat ? randomUUID() : null;
  const [added] = await tx
    .insert(sessionCommitment)
    .values(
      (repeat ? days : [input.dueOn]).map((dueOn) => ({
        engagementId: at.engagementId,
        sessionId: at.sessionId,
        goalId: input.goalId ?? null,
        seriesId,
        text: input.text,
        ownerId: input.ownerId,
        dueOn,
        createdBy: viewer.userId,
      })),
    )
    .returning({ id: sessionCommitment.id });
  if (!added) throw new Error("the commitment was not added");
  return readCommitment(tx, added.id);
}

/** A commitment made in the session, by its coach or client while it still counts. */
export async function addSessionCommitment(
  ctx: AppContext,
  viewer: Viewer,
  sessionId: string,
  input: CommitmentInput,
): Promise<Commitment> {
  return ctx.db.transaction(async (tx) => {
    const { row } = await requireWritableSession(tx, viewer, sessionId);
    const at = { engagementId: row.session.engagementId, sessionId, parties: row.parties };
    await requireValidFields(tx, at, input);
    return insertCommitment(tx, viewer, at, input);
  });
}

const REFUSAL = "Only the client and their coach keep commitments.";

/** A commitment added on the engagement, outside any session, by its coach or client. */
export async function addEngagementCommitment(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
  input: CommitmentInput,
): Promise<Commitment> {
  const { row } = await findEngagementForClientWork(ctx.db, viewer, engagementId, REFUSAL);
  if (row.engagement.stage === "closed") throw closedEngagement();
  const at = { engagementId, sessionId: null, parties: row.engagement };
  return ctx.db.transaction(async (tx) => {
    await requireValidFields(tx, at, input);
    return insertCommitment(tx, viewer, at, input);
  });
}

function closedEngagement() {
  return new AppError(
    "engagement_closed",
    "This engagement is closed; its commitments cannot change.",
  );
}

async function selectCommitmentGuard(tx: Executor, id: string) {
  const [row] = await tx
    .select({
      commitment: {
        id: sessionCommitment.id,
        engagementId: sessionCommitment.engagementId,
        sessionId: sessionCommitment.sessionId,
        ownerId: sessionCommitment.ownerId,
        createdBy: sessionCommitment.createdBy,
      },
      stage: engagement.stage,
      parties: partyColumns,
    })
    .from(sessionCommitment)
    .innerJoin(engagement, eq(engagement.id, sessionCommitment.engagementId))
    .where(eq(sessionCommitment.id, id))
    // A write holds the commitment until it commits.
    .for("update", { of: sessionCommitment });
  return row;
}

const commitments =
  clientWork<NonNullable<Awaited<ReturnType<typeof selectCommitmentGuard>>>>("This commitment");

/**
 * The commitment, for a write by the engagement's coach or client (404 for anyone else), while
 * its engagement is open and the session it was made in, if any, was not cancelled (409).
 */
async function requireCommitment(tx: Executor, viewer: Viewer, id: string) {
  const { row, relation } = requireVisible(
    viewer,
    await selectCommitmentGuard(tx, id),
    commitments,
  );
  if (row.commitment.sessionId !== null)
    await requireWritableSession(tx, viewer, row.commitment.sessionId, undefined, "commitment");
  else if (row.stage === "closed") throw closedEngagement();
  return { ...row.commitment, parties: row.parties, relation };
}

export async function updateCommitment(
  ctx: AppContext,
  viewer: Viewer,
  id: string,
  change: CommitmentChange,
): Promise<Commitment> {
  return ctx.db.transaction(async (tx) => {
    const found = await requireCommitment(tx, viewer, id);
    await requireValidFields(tx, found, change);
    if (change.status !== undefined)
      requireMayMark(found.relation, viewer, found.ownerId, change.status);
    const marking =
      change.status === undefined
        ? {}
        : change.status === "open"
          ? { status: change.status, note: null, markedAt: null, markedBy: null }
          : {
              status: change.status,
              note: change.note || null,
              markedAt: new Date(),
              markedBy: viewer.userId,
            };
    await tx
      .update(sessionCommitment)
      .set({
        text: change.text,
        ownerId: change.ownerId,
        dueOn: change.dueOn,
        goalId: change.goalId,
        ...marking,
        // A new due date or owner is reminded of anew.
        ...(change.dueOn !== undefined || change.ownerId !== undefined ? { remindedAt: null } : {}),
      })
      .where(eq(sessionCommitment.id, id));
    return readCommitment(tx, id);
  });
}

function requireMayMark(
  relation: EngagementRelation,
  viewer: Viewer,
  ownerId: string,
  status: NonNullable<CommitmentChange["status"]>,
) {
  if (!mayMarkCommitment(relation, viewer.userId, ownerId, status))
    throw forbidden("Only its owner or the coach marks how a commitment went.");
}

export async function removeCommitment(ctx: AppContext, viewer: Viewer, id: string) {
  await ctx.db.transaction(async (tx) => {
    const { relation, createdBy } = await requireCommitment(tx, viewer, id);
    if (!mayRemoveCommitment(relation, viewer.userId, createdBy))
      throw forbidden("Only its author or the coach removes a commitment.");
    await tx.delete(sessionCommitment).where(eq(sessionCommitment.id, id));
  });
}

/** A comment under the commitment, by the engagement's coach or client. */
export async function addCommitmentComment(
  ctx: AppContext,
  viewer: Viewer,
  id: string,
  input: CommitmentCommentInput,
): Promise<CommitmentComment> {
  return ctx.db.transaction(async (tx) => {
    await requireCommitment(tx, viewer, id);
    const [added] = await tx
      .insert(commitmentComment)
      .values({ commitmentId: id, authorId: viewer.userId, text: input.text })
      .returning({ id: commitmentComment.id, createdAt: commitmentComment.createdAt });
    if (!added) throw new Error("the comment was not added");
    const [me] = await tx
      .select({ id: user.id, name: user.name })
      .from(user)
      .where(eq(user.id, viewer.userId));
    if (!me) throw new Error("the commenter is missing");
    return { id: added.id, author: me, text: input.text, createdAt: added.createdAt.toISOString() };
  });
}
