import type { EngagementRelation } from "../engagement/access";

// Who writes what on a session's page, and when. Only the engagement's coach and client see a
// session at all (`mayReadClientWork`); these rules decide between the two of them.

export type NoteKind = "feedback" | "shared" | "private";

/** What the rules need of a session: whether it still takes place, and when. */
export interface SessionTimes {
  status: "scheduled" | "cancelled";
  startsAt: Date;
  endsAt: Date;
}

/** The coach's feedback is the coach's to write; shared notes both write; a private note, its author. */
export function mayWriteNote(kind: NoteKind, relation: EngagementRelation): boolean {
  if (kind === "feedback") return relation === "coach";
  return relation === "coach" || relation === "client";
}

/** An agenda item goes when its author or the coach takes it off. */
export function mayRemoveAgendaItem(
  relation: EngagementRelation,
  viewerId: string,
  addedBy: string,
): boolean {
  return relation === "coach" || (relation === "client" && viewerId === addedBy);
}

/** The client prepares until the session ends. */
export function preparationOpen(session: SessionTimes, now: Date): boolean {
  return now < session.endsAt;
}

/** The client reflects once the session has started. */
export function reflectionOpen(session: SessionTimes, now: Date): boolean {
  return now >= session.startsAt;
}

export interface PageAbilities {
  addAgenda: boolean;
  writeFeedback: boolean;
  writeShared: boolean;
  writePreparation: boolean;
  writeReflection: boolean;
}

/** What the viewer may write on the page now; nothing once the session or engagement is over. */
export function pageAbilities(
  relation: EngagementRelation,
  session: SessionTimes,
  engagementOpen: boolean,
  now: Date,
): PageAbilities {
  const open = session.status === "scheduled" && engagementOpen;
  const client = relation === "client";
  return {
    addAgenda: open,
    writeFeedback: open && mayWriteNote("feedback", relation),
    writeShared: open && mayWriteNote("shared", relation),
    writePreparation: open && client && preparationOpen(session, now),
    writeReflection: open && client && reflectionOpen(session, now),
  };
}
