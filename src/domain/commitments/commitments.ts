import type { EngagementRelation } from "../engagement/access";

// Commitments of an engagement: who marks how one went, and the order a person's list is read in.

export type CommitmentStatus = "open" | "done" | "partly_done" | "not_done";

/**
 * Its owner marks how a commitment went, and the coach may too; either party reopens one
 * (marks it open again).
 */
export function mayMarkCommitment(
  relation: EngagementRelation,
  viewerId: string,
  ownerId: string,
  status: CommitmentStatus,
): boolean {
  if (relation !== "coach" && relation !== "client") return false;
  return status === "open" || relation === "coach" || viewerId === ownerId;
}

/** Open and due before today. */
export function isOverdue(commitment: { status: CommitmentStatus; dueOn: string }, today: string) {
  return commitment.status === "open" && commitment.dueOn < today;
}

/** A person's open commitments as their list shows them: overdue first, then by due date. */
export function toDoOrder<C extends { id: string; status: CommitmentStatus; dueOn: string }>(
  commitments: C[],
  today: string,
): (C & { overdue: boolean })[] {
  return commitments
    .filter((c) => c.status === "open")
    .map((c) => ({ ...c, overdue: isOverdue(c, today) }))
    .sort(
      (a, b) =>
        Number(b.overdue) - Number(a.overdue) ||
        a.dueOn.localeCompare(b.dueOn) ||
        a.id.localeCompare(b.id),
    );
}

/** The most occurrences one repeating commitment is written as. */
export const MAX_OCCURRENCES = 26;

/** A repeating commitment's due days: from the first, every `everyWeeks` weeks until `until`. */
export function occurrenceDays(first: string, everyWeeks: number, until: string): string[] {
  const days: string[] = [];
  const start = Date.parse(`${first}T00:00:00Z`);
  for (let k = 0; ; k++) {
    const day = new Date(start + k * everyWeeks * 7 * 86_400_000).toISOString().slice(0, 10);
    if (day > until || days.length > MAX_OCCURRENCES) break;
    days.push(day);
  }
  return days;
}

/** Why a repetition will not do, or null: it ends after it starts, in at most 26 occurrences. */
export function repeatProblem(first: string, everyWeeks: number, until: string): string | null {
  if (until <= first) return "Choose an end after the first due date.";
  const count = occurrenceDays(first, everyWeeks, until).length;
  if (count > MAX_OCCURRENCES)
    return `That makes more than ${MAX_OCCURRENCES} commitments: choose an earlier end.`;
  return null;
}
