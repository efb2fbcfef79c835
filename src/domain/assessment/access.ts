import type { EngagementRelation } from "../engagement/access";

// Self-reflection answers and personality results belong to the client and their coach; a
// sponsor sees them only when the client shares (not offered yet), a practice admin never.

export function mayReadAssessments(relation: EngagementRelation | null): boolean {
  return relation === "coach" || relation === "client";
}

export function mayAssign(relation: EngagementRelation | null): boolean {
  return relation === "coach";
}

export function mayAnswer(relation: EngagementRelation | null): boolean {
  return relation === "client";
}

/** The coach sees a client's answers once they are submitted, never work in progress. */
export function maySeeAnswers(relation: EngagementRelation | null, submitted: boolean): boolean {
  return relation === "client" || (relation === "coach" && submitted);
}
