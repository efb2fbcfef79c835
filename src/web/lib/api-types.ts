/** Shapes of the JSON the Keel API sends. Kept in one place so every feature reads the same words. */

import type { AssessmentStatus } from "../../domain/assessment/assessment-status";
import type { Stage } from "../../domain/engagement/stages";
import type { InvitationStatus } from "../../domain/practice/invitation-status";
import type { MemberRole } from "../../domain/practice/roles";

export type { AssessmentStatus, InvitationStatus, Stage };

export type Role = MemberRole;

export type Me = {
  id: string;
  name: string;
  email: string;
  role: Role;
  isAdmin: boolean;
  practice: { id: string; name: string };
  twoFactorEnabled: boolean;
  /** The practice requires two-factor sign-in of this coach, who has not turned it on yet. */
  twoFactorSetUpRequired: boolean;
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

/** A questionnaire a coach can assign, as GET /api/instruments lists it. */
export type Instrument = {
  id: string;
  version: number;
  name: string;
  shortName: string;
  summary: string;
  minutes: number;
  itemCount: number;
};

/** A questionnaire assigned in an engagement: its state and how far the client has got. */
export type AssessmentSummary = {
  id: string;
  engagementId: string;
  instrument: Instrument;
  status: AssessmentStatus;
  answered: number;
  itemCount: number;
  dueDate: string | null;
  assignedAt: string;
  startedAt: string | null;
  submittedAt: string | null;
};

export type ResponseOption = { value: number; label: string };

/** One statement to answer; answers are keyed by its id. */
export type AssessmentItem = { id: string; text: string };

/** itemId -> the value chosen on the response scale. */
export type Answers = Record<string, number>;

/**
 * GET /api/assessments/:id: the questionnaire to take. `answers` holds the answers so far; it is
 * null for the coach until the client submits.
 */
export type AssessmentForm = AssessmentSummary & {
  instructions: string;
  responseScale: ResponseOption[];
  itemsPerPage: number;
  items: AssessmentItem[];
  answers: Answers | null;
};

/** PUT /api/assessments/:id/answers: where the questionnaire stands after the save. */
export type SavedAnswers = { status: AssessmentStatus; answered: number; itemCount: number };

export type ScaleKind = "scale" | "domain" | "facet";

/** The likely range of a score (95%), from its reliability and the spread in the practice. */
export type ScoreBand = {
  low: number;
  high: number;
  sem: number;
  alpha: number;
  alphaFrom: "published" | "practice";
  sd: number;
  level: number;
};

/** One scored scale of a profile: a Big-Five scale, an IPIP-NEO domain or one of its facets. */
export type ScaleResult = {
  scaleId: string;
  name: string;
  kind: ScaleKind;
  /** The domain a facet belongs to. */
  parent?: string;
  /** The mean of the keyed answers on the response scale; null with too many left out. */
  score: number | null;
  answered: number;
  itemCount: number;
  noScore?: { code: string; missing: number; allowedMissing: number; message: string };
  band: ScoreBand | null;
  /** Why there is no band, or how it was made. */
  bandNote: string | null;
  /** 0 to 100: the share of the practice's scores below this one. */
  percentile: number | null;
  interpretation: { about: string; high: string; low: string };
};

/** GET /api/assessments/:id/results: the scored profile, once the client has submitted. */
export type AssessmentResults = {
  assessment: AssessmentSummary;
  instrument: {
    name: string;
    source: string;
    license: string;
    licenseStatement: string;
    citations: string[];
    notices: string[];
  };
  range: { min: number; max: number };
  population: { size: number; minimum: number; normsAvailable: boolean };
  scales: ScaleResult[];
};
