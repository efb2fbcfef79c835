import type { EngagementRelation } from "../engagement/access";
import type { Member } from "../practice/roles";

// Self-reflection answers sit on the same row of the who-sees-what table as personality results:
// the client and their coach see them; a sponsor only if the client shares (not offered yet); a
// practice admin who is not the coach, other coaches and other clients never.

export function mayReadExercises(relation: EngagementRelation | null): boolean {
  return relation === "coach" || relation === "client";
}

export function mayAssignExercises(relation: EngagementRelation | null): boolean {
  return relation === "coach";
}

/** Only the client saves, submits and changes their answers. */
export function mayAnswerExercises(relation: EngagementRelation | null): boolean {
  return relation === "client";
}

/** The coach reads the answers once the client submits them, never a draft. */
export function maySeeExerciseAnswers(
  relation: EngagementRelation | null,
  submitted: boolean,
): boolean {
  return relation === "client" || (relation === "coach" && submitted);
}

export interface TemplateOwnership {
  practiceId: string;
  ownerId: string;
}

/**
 * A coach's own templates are theirs alone: to read, change, delete and assign. (Sharing a
 * practice admin's templates with the practice's coaches is a later step.)
 */
export function ownsTemplate(member: Member, template: TemplateOwnership): boolean {
  return (
    member.role === "coach" &&
    member.practiceId === template.practiceId &&
    member.userId === template.ownerId
  );
}
