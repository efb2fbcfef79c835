import type { EngagementRelation } from "./access";

// A client's own work in an engagement (questionnaires, self-reflection exercises, the
// development profile) is the client's and their coach's: a sponsor sees it only if the client
// shares (not offered yet); a practice admin who is not the coach, other coaches and other
// clients never.

export function mayReadClientWork(relation: EngagementRelation | null): boolean {
  return relation === "coach" || relation === "client";
}

/** The engagement's coach assigns questionnaires and exercises, and withdraws them. */
export function mayAssignClientWork(relation: EngagementRelation | null): boolean {
  return relation === "coach";
}

/** Only the client gives, changes and submits their answers. */
export function mayAnswer(relation: EngagementRelation | null): boolean {
  return relation === "client";
}

/** The coach sees a client's answers once they are submitted, never work in progress. */
export function maySeeAnswers(relation: EngagementRelation | null, submitted: boolean): boolean {
  return relation === "client" || (relation === "coach" && submitted);
}
