/**
 * Shapes of the JSON the 360-feedback routes send (src/server/feedback/schemas.ts), written by
 * hand: the web app talks to the server over HTTP only.
 */
import type { CampaignStatus } from "../../../../domain/feedback/campaign-status";
import type { Rating } from "../../../../domain/feedback/competency-model";
import type { GroupLimit, GroupLimits, RaterGroup } from "../../../../domain/feedback/rater-groups";
import type { FieldProblem } from "../../../../domain/field-problem";

export type { CampaignStatus, GroupLimit, GroupLimits, RaterGroup, Rating };

export type PersonRef = { id: string; name: string };

/** How many raters of a group are on the list. */
export type GroupCount = { group: RaterGroup; nominated: number };

/**
 * How many raters counted together have answered (never who): a group of k or more, or small
 * groups merged, so that no count is about fewer than k raters.
 */
export type ResponseCount = {
  id: string;
  label: string;
  groups: RaterGroup[];
  nominated: number;
  responses: number;
};

export type RaterView = {
  id: string;
  name: string;
  email: string;
  group: RaterGroup;
  /** Their invitation went out. */
  invited: boolean;
  addedBy: { role: ListParty; name: string };
  addedAt: string;
  /** Added after answers began to come in: the other party approves before they are asked. */
  addedLate: boolean;
  approval: "none" | "waiting" | "approved" | "lapsed";
  /** Who approves (or approved) a rater added late. */
  approver: { role: ListParty; name: string } | null;
  /** The viewer may approve or decline this rater now. */
  mayDecide: boolean;
};

export type ListParty = "coach" | "client";

/** A campaign in an engagement's list. */
export type CampaignSummary = {
  id: string;
  engagementId: string;
  status: CampaignStatus;
  modelName: string;
  /** The last day raters can answer, YYYY-MM-DD. */
  deadline: string;
  closesAt: string;
  counts: GroupCount[];
  /** Empty while fewer than k raters are on the list. */
  responseCounts: ResponseCount[];
  selfRated: boolean;
  createdAt: string;
  releasedAt: string | null;
};

export type NominationProblem = FieldProblem;

/** GET /api/feedback-campaigns/:id, and the answer to every change of it. */
export type CampaignView = CampaignSummary & {
  client: PersonRef;
  coach: PersonRef;
  modelId: string;
  modelVersion: number;
  itemCount: number;
  threshold: number;
  practiceThreshold: number;
  managerIdentified: boolean;
  groupLimits: GroupLimits;
  timeZone: string;
  raters: RaterView[];
  /** What the list lacks against the limits now. */
  nominationProblems: NominationProblem[];
  /** The statuses the viewer may move it to now. */
  moves: CampaignStatus[];
  mayEditRaters: boolean;
  /** The viewer may add a rater now (while collecting, one who waits for the other party). */
  mayAddRaters: boolean;
  maySelfRate: boolean;
  mayReadReport: boolean;
  /** Sent answers closing could not read and left out of the report. */
  answersLeftOut: number;
};

/** A row of the coach's dashboard of every campaign. */
export type CampaignDashboardRow = CampaignSummary & {
  client: PersonRef;
  engagementTitle: string;
};

export type CampaignDashboardPage = { items: CampaignDashboardRow[]; nextCursor: string | null };

/** A competency model a coach can run a campaign on: Keel's own, or one of theirs. */
export type CompetencyModelSummary = {
  id: string;
  source: "built-in" | "own";
  version: number;
  name: string;
  summary: string;
  competencyCount: number;
  itemCount: number;
  basedOn: string | null;
  updatedAt: string | null;
};

export type CreateCampaignBody = {
  modelId: string;
  deadline: string;
  timeZone: string;
  threshold?: number;
  managerIdentified: boolean;
  groupLimits?: GroupLimits;
};

export type UpdateCampaignBody = Partial<
  Pick<CreateCampaignBody, "deadline" | "timeZone" | "threshold" | "groupLimits"> & {
    managerIdentified: boolean;
  }
>;

export type RaterBody = { name: string; email: string; group: RaterGroup };

/** The behaviours to rate, as raters see them. */
export type SurveyModel = {
  name: string;
  instructions: string;
  scale: { value: number; label: string }[];
  notObservedLabel: string;
  competencies: {
    id: string;
    name: string;
    description: string;
    items: { id: string; text: string }[];
  }[];
  openQuestions: { id: string; text: string }[];
};

/** itemId -> 1..5, or null for "not observed"; an item left out is not answered yet. */
export type Ratings = Record<string, Rating>;

/** GET /api/feedback-campaigns/:id/self-rating: the client's own ratings. */
export type SelfRatingView = {
  campaignId: string;
  status: CampaignStatus;
  submitted: boolean;
  ratings: Ratings;
  model: SurveyModel;
};

/** PUT …/self-rating: how many of the behaviours are rated now. */
export type SavedRatings = { answered: number; total: number };
