import type { Member } from "../practice/roles";

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
