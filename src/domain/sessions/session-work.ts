import type { EngagementRelation } from "../engagement/access";

// What a session leaves behind: themes, commitments and plan adjustments. Only the engagement's
// coach and client see a session at all; these rules decide between the two of them.

/** The themes every practice starts with; coach and client add their own. */
export const DEFAULT_THEMES = [
  "Delegation",
  "Feedback",
  "Listening",
  "Strategic thinking",
  "Confidence",
  "Stakeholders",
  "Prioritising",
  "Conflict",
  "Energy and wellbeing",
  "Career",
] as const;

/** A theme's label as kept: trimmed, inner runs of white space made one space. */
export function themeLabel(label: string): string {
  return label.trim().replace(/\s+/g, " ");
}

/** A commitment goes when its author or the coach removes it. */
export function mayRemoveCommitment(
  relation: EngagementRelation,
  viewerId: string,
  createdBy: string,
): boolean {
  return relation === "coach" || (relation === "client" && viewerId === createdBy);
}

/** A commitment is owned by one of the two people in the session. */
export function isSessionParty(
  personId: string,
  parties: { coachId: string; clientId: string },
): boolean {
  return personId === parties.coachId || personId === parties.clientId;
}

/** Why a commitment's due date will not do, or null: it may not fall before the session's day. */
export function dueDateProblem(dueOn: string, sessionDay: string): string | null {
  return dueOn < sessionDay ? `Choose a date on or after the session's day, ${sessionDay}.` : null;
}

export interface SessionWorkAbilities {
  tagThemes: boolean;
  addCommitment: boolean;
  adjustPlan: boolean;
}

/** Coach and client both tag, commit and adjust the plan, while the session still counts. */
export function sessionWorkAbilities(
  relation: EngagementRelation,
  session: { status: "scheduled" | "cancelled" },
  engagementOpen: boolean,
): SessionWorkAbilities {
  const open =
    session.status === "scheduled" &&
    engagementOpen &&
    (relation === "coach" || relation === "client");
  return { tagThemes: open, addCommitment: open, adjustPlan: open };
}
