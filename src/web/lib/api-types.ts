/** Shapes of the JSON the Keel API sends. Kept in one place so every feature reads the same words. */

import type { Stage } from "../../domain/engagement/stages";
import type { InvitationStatus } from "../../domain/practice/invitation-status";
import type { MemberRole } from "../../domain/practice/roles";

export type { InvitationStatus, Stage };

export type Role = MemberRole;

export type Me = {
  id: string;
  name: string;
  email: string;
  role: Role;
  isAdmin: boolean;
  practice: { id: string; name: string };
};

export type PersonRef = { id: string; name: string };

export type Person = { id: string; name: string; email: string };

export type Coach = Person & { isAdmin: boolean };

export type Client = Person & { joinedAt: string; engagementCount: number };

export type ClientPage = { items: Client[]; nextCursor: string | null };

export type StageChange = {
  from: Stage | null;
  to: Stage;
  at: string;
  by: PersonRef;
};

/** An engagement as GET /api/engagements lists it: everything but its history. */
export type EngagementSummary = {
  id: string;
  title: string;
  startDate: string;
  sessionsPlanned: number;
  sessionsUsed: number;
  stage: Stage;
  coach: PersonRef;
  client: PersonRef;
  sponsor: PersonRef | null;
  createdAt: string;
  nextStep: string;
  allowedStages: Stage[];
};

/** A page of GET /api/engagements: newest first; nextCursor asks for the next page, if any. */
export type EngagementPage = { items: EngagementSummary[]; nextCursor: string | null };

/**
 * One engagement as GET /api/engagements/:id (and every change to it) returns it: the summary
 * with its stage history, which always starts with the opening entry (from: null).
 */
export type Engagement = EngagementSummary & { history: StageChange[] };

export type Invitation = {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  status: InvitationStatus;
  createdAt: string;
  expiresAt: string;
  invitedBy: PersonRef;
};

export type MailStatus = "held" | "queued" | "sent" | "failed";

export type Mail = {
  id: string;
  to: string;
  subject: string;
  text: string;
  status: MailStatus;
  createdAt: string;
};

export type Practice = { id: string; name: string; createdAt: string };
