/** Shapes of the JSON the Keel API sends. Kept in one place so every feature reads the same words. */

export type Role = "coach" | "client" | "sponsor";

export type Me = {
  id: string;
  name: string;
  email: string;
  role: Role;
  isAdmin: boolean;
  practice: { id: string; name: string };
};

export type Stage = "assessment" | "planning" | "active" | "review" | "sustaining" | "closed";

export type PersonRef = { id: string; name: string };

export type Person = { id: string; name: string; email: string };

export type Coach = Person & { isAdmin: boolean };

export type Client = Person & { joinedAt: string; engagementCount: number };

export type StageChange = {
  from: Stage | null;
  to: Stage;
  at: string;
  by: PersonRef;
};

export type Engagement = {
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
  history: StageChange[];
};

export type InvitationStatus = "pending" | "accepted" | "revoked" | "expired";

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
