import { asc, eq, inArray, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Commitment, CommitmentComment } from "../../contract/commitments";
import type { Executor } from "../db/database";
import { commitmentComment, goal, sessionCommitment, user } from "../db/schema";
import { notFound } from "../http/errors";

// Commitments as they are shown: with their people, their goal and their thread of comments.
// Two queries, whatever the number of commitments.

const owner = alias(user, "owner");
const author = alias(user, "author");
const marker = alias(user, "marker");

function selectCommitments(db: Executor) {
  return db
    .select({
      id: sessionCommitment.id,
      sessionId: sessionCommitment.sessionId,
      seriesId: sessionCommitment.seriesId,
      goalId: goal.id,
      goalStatement: goal.statement,
      text: sessionCommitment.text,
      owner: { id: owner.id, name: owner.name },
      dueOn: sessionCommitment.dueOn,
      status: sessionCommitment.status,
      note: sessionCommitment.note,
      markedAt: sessionCommitment.markedAt,
      markedById: marker.id,
      markedByName: marker.name,
      createdBy: { id: author.id, name: author.name },
      createdAt: sessionCommitment.createdAt,
    })
    .from(sessionCommitment)
    .innerJoin(owner, eq(owner.id, sessionCommitment.ownerId))
    .innerJoin(author, eq(author.id, sessionCommitment.createdBy))
    .leftJoin(marker, eq(marker.id, sessionCommitment.markedBy))
    .leftJoin(goal, eq(goal.id, sessionCommitment.goalId))
    .$dynamic();
}

type CommitmentRow = Awaited<ReturnType<typeof selectCommitments>>[number];

function present(row: CommitmentRow, comments: CommitmentComment[]): Commitment {
  const { goalId, goalStatement, markedById, markedByName, ...rest } = row;
  return {
    ...rest,
    goal: goalId && goalStatement !== null ? { id: goalId, statement: goalStatement } : null,
    markedAt: row.markedAt?.toISOString() ?? null,
    markedBy: markedById && markedByName !== null ? { id: markedById, name: markedByName } : null,
    createdAt: row.createdAt.toISOString(),
    comments,
  };
}

/** The commitments `where` selects, in `order`, each with its comments. */
export async function readCommitmentsWhere(
  db: Executor,
  where: SQL | undefined,
  order: SQL[] = [asc(sessionCommitment.createdAt), asc(sessionCommitment.id)],
  limit?: number,
): Promise<Commitment[]> {
  const query = selectCommitments(db)
    .where(where)
    .orderBy(...order);
  const rows = await (limit === undefined ? query : query.limit(limit));
  const threads = await readComments(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => present(row, threads.get(row.id) ?? []));
}

export async function readCommitments(db: Executor, sessionId: string): Promise<Commitment[]> {
  return readCommitmentsWhere(db, eq(sessionCommitment.sessionId, sessionId));
}

export async function readCommitment(db: Executor, id: string): Promise<Commitment> {
  const [found] = await readCommitmentsWhere(db, eq(sessionCommitment.id, id));
  if (!found) throw notFound("This commitment");
  return found;
}

async function readComments(db: Executor, commitmentIds: string[]) {
  // Asked even for no commitments, so that a list costs the same queries whatever it holds.
  const threads = new Map<string, CommitmentComment[]>();
  const rows = await db
    .select({
      id: commitmentComment.id,
      commitmentId: commitmentComment.commitmentId,
      author: { id: user.id, name: user.name },
      text: commitmentComment.text,
      createdAt: commitmentComment.createdAt,
    })
    .from(commitmentComment)
    .innerJoin(user, eq(user.id, commitmentComment.authorId))
    .where(inArray(commitmentComment.commitmentId, commitmentIds))
    .orderBy(asc(commitmentComment.createdAt), asc(commitmentComment.id));
  for (const { commitmentId, createdAt, ...comment } of rows) {
    const thread = threads.get(commitmentId) ?? [];
    thread.push({ ...comment, createdAt: createdAt.toISOString() });
    threads.set(commitmentId, thread);
  }
  return threads;
}
