import { z } from "zod";
import { CAMPAIGN_STATUSES } from "../domain/feedback/campaign-status";
import {
  MAXIMUM_ANONYMITY_THRESHOLD,
  MINIMUM_ANONYMITY_THRESHOLD,
  RATER_GROUPS,
} from "../domain/feedback/rater-groups";
import { COMMENT_MAX_LENGTH } from "../domain/feedback/sent-answers";
import { fieldProblem, isoDate, personRef } from "./common";
import { mailDelivery } from "./outbox";

// The shapes of the 360-degree feedback routes. Rules beyond shape (limits per group, the
// threshold against the practice's, a deadline in the future) are checked by the service and
// the domain, which name each field to fix.

const text = (max: number) =>
  z.string("Write this as text").trim().max(max, `Keep this under ${max} characters`);

export const raterGroup = z.enum(RATER_GROUPS, {
  error: "Choose a group: manager, peer, direct_report or other",
});
export type RaterGroup = z.output<typeof raterGroup>;
export const campaignStatus = z.enum(CAMPAIGN_STATUSES);
export type CampaignStatus = z.output<typeof campaignStatus>;

const groupLimit = z.strictObject({
  min: z.int("Give a whole number").min(0, "At least 0"),
  max: z.int("Give a whole number").min(0, "At least 0"),
});
export const groupLimits = z.strictObject({
  manager: groupLimit,
  peer: groupLimit,
  direct_report: groupLimit,
  other: groupLimit,
});
export type GroupLimits = z.output<typeof groupLimits>;
export type GroupLimit = GroupLimits[RaterGroup];

const timeZone = z.string("Give a time zone").refine((zone) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, "Give a time zone such as Europe/London");

const threshold = z
  .int("Give a whole number")
  .min(MINIMUM_ANONYMITY_THRESHOLD, `At least ${MINIMUM_ANONYMITY_THRESHOLD}`)
  .max(MAXIMUM_ANONYMITY_THRESHOLD, `At most ${MAXIMUM_ANONYMITY_THRESHOLD}`);

export const createCampaignBody = z.strictObject({
  /** A built-in model's id, or the coach's own model's id. */
  modelId: z.string("Choose a competency model").min(1, "Choose a competency model").max(100),
  deadline: isoDate,
  timeZone,
  /** k; defaults to the practice's, and may not go below it. */
  threshold: threshold.optional(),
  managerIdentified: z.boolean().default(false),
  groupLimits: groupLimits.optional(),
  /** A released campaign of the same engagement this one repeats, to measure change. */
  repeatOf: z.uuid("Not a 360 feedback id").optional(),
  /** With repeatOf: start the list with the baseline's raters (each checked as if added). */
  copyRaters: z.boolean().default(false),
});
export type CreateCampaignBody = z.input<typeof createCampaignBody>;

/** What the coach may change: settings until invitations go out, the deadline until closing. */
export const updateCampaignBody = z.strictObject({
  deadline: isoDate.optional(),
  timeZone: timeZone.optional(),
  threshold: z
    .int()
    .min(MINIMUM_ANONYMITY_THRESHOLD, `At least ${MINIMUM_ANONYMITY_THRESHOLD}`)
    .max(MAXIMUM_ANONYMITY_THRESHOLD, `At most ${MAXIMUM_ANONYMITY_THRESHOLD}`)
    .optional(),
  managerIdentified: z.boolean().optional(),
  groupLimits: groupLimits.optional(),
});
export type UpdateCampaignBody = z.input<typeof updateCampaignBody>;

export const moveCampaignBody = z.strictObject({ to: campaignStatus });

export const raterBody = z.strictObject({
  name: text(200).min(1, "Give the rater's name"),
  email: z.email("Give a valid email address").max(320).toLowerCase(),
  group: raterGroup,
});
export type RaterBody = z.input<typeof raterBody>;
export const raterChange = raterBody.partial();

/** How many raters of a group are on the list. */
export const groupCount = z.object({
  group: raterGroup,
  nominated: z.int(),
});
export type GroupCount = z.output<typeof groupCount>;

/**
 * Completed surveys, live while collecting, of raters counted together so that no count is
 * about fewer than k of them (domain/feedback/response-counts.ts): never who answered.
 */
export const responseCount = z.object({
  id: z.string(),
  label: z.string(),
  groups: z.array(raterGroup),
  nominated: z.int(),
  responses: z.int(),
});
export type ResponseCount = z.output<typeof responseCount>;

const listParty = z.enum(["coach", "client"]);
export type ListParty = z.output<typeof listParty>;

export const raterView = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  group: raterGroup,
  invited: z.boolean(),
  addedBy: z.object({ role: listParty, name: z.string() }),
  addedAt: z.iso.datetime(),
  /** Added after answers began to come in: such a rater needs the other party's approval. */
  addedLate: z.boolean(),
  /**
   * none: no approval needed; waiting: for `approver`; approved: by `approver`; lapsed: the
   * campaign closed before anyone approved, so they were never invited.
   */
  approval: z.enum(["none", "waiting", "approved", "lapsed"]),
  approver: z.object({ role: listParty, name: z.string() }).nullable(),
  /** The viewer may approve or decline this rater now. */
  mayDecide: z.boolean(),
  /** The viewer may mail this rater their link again (never shown to the viewer). */
  mayResendLink: z.boolean(),
});
export type RaterView = z.output<typeof raterView>;

/** POST /api/feedback-raters/:id/resend: the same answer whether or not the rater has answered. */
export const raterLinkResent = z.object({
  /** "held": this Keel sends no mail (no mail server), so the rater will not receive it. */
  mailDelivery,
});
export type RaterLinkResent = z.output<typeof raterLinkResent>;

/** A campaign in an engagement's list. */
export const campaignSummary = z.object({
  id: z.uuid(),
  engagementId: z.uuid(),
  status: campaignStatus,
  modelName: z.string(),
  /** The last day raters can answer, YYYY-MM-DD. */
  deadline: isoDate,
  closesAt: z.iso.datetime(),
  counts: z.array(groupCount),
  /** Empty while fewer than k raters are on the list. */
  responseCounts: z.array(responseCount),
  selfRated: z.boolean(),
  createdAt: z.iso.datetime(),
  releasedAt: z.iso.datetime().nullable(),
});
export type CampaignSummary = z.output<typeof campaignSummary>;

/** GET /api/feedback-campaigns/:id, and the answer to every change of it. */
export const campaignView = campaignSummary.extend({
  client: personRef,
  coach: personRef,
  modelId: z.string(),
  modelVersion: z.int(),
  itemCount: z.int(),
  threshold: z.int(),
  practiceThreshold: z.int(),
  managerIdentified: z.boolean(),
  groupLimits,
  timeZone: z.string(),
  raters: z.array(raterView),
  /** Problems the list has now against the limits, so the page can say what is missing. */
  nominationProblems: z.array(fieldProblem),
  /** The moves the viewer may make now. */
  moves: z.array(campaignStatus),
  mayEditRaters: z.boolean(),
  /** The viewer may add a rater now; while collecting, one who waits for the other party. */
  mayAddRaters: z.boolean(),
  maySelfRate: z.boolean(),
  mayReadReport: z.boolean(),
  /** Sent answers closing could not read and left out of the report. */
  answersLeftOut: z.int(),
});
export type CampaignView = z.output<typeof campaignView>;

/** The coach's campaign dashboard: every campaign of their engagements, newest first, paged. */
export const campaignDashboardRow = campaignSummary.extend({
  client: personRef,
  engagementTitle: z.string(),
});
export type CampaignDashboardRow = z.output<typeof campaignDashboardRow>;
export const campaignDashboardPage = z.object({
  items: z.array(campaignDashboardRow),
  nextCursor: z.string().nullable(),
});
export type CampaignDashboardPage = z.output<typeof campaignDashboardPage>;
export const dashboardQuery = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  status: campaignStatus.optional(),
});

const rating = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)], {
  error: "Rate from 1 to 5, or null for not observed",
});
/** itemId -> 1..5, or null for "not observed"; an item left out is not answered yet. */
export type Ratings = Record<string, z.output<typeof rating> | null>;

/** A partial save: set ratings (null is "not observed"), set comments ("" clears one). */
export const saveFeedbackAnswersBody = z.strictObject({
  ratings: z.record(z.string().max(100), rating.nullable()).default({}),
  comments: z
    .record(
      z.string().max(100),
      z.string().max(COMMENT_MAX_LENGTH, "Keep it under 5,000 characters"),
    )
    .default({}),
});
export type FeedbackAnswersBody = z.input<typeof saveFeedbackAnswersBody>;

const competencyForSurvey = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  items: z.array(z.object({ id: z.string(), text: z.string() })),
});
/** The behaviours to rate, as raters see them. */
export const surveyModel = z.object({
  name: z.string(),
  instructions: z.string(),
  scale: z.array(z.object({ value: z.int(), label: z.string() })),
  notObservedLabel: z.string(),
  competencies: z.array(competencyForSurvey),
  openQuestions: z.array(z.object({ id: z.string(), text: z.string() })),
});
export type SurveyModel = z.output<typeof surveyModel>;
export type SurveyItem = SurveyModel["competencies"][number]["items"][number];
export type SurveyQuestion = SurveyModel["openQuestions"][number];

/** GET /api/feedback-campaigns/:id/self-rating: the client's own ratings. */
export const selfRatingView = z.object({
  campaignId: z.uuid(),
  status: campaignStatus,
  submitted: z.boolean(),
  ratings: z.record(z.string(), rating.nullable()),
  /** The behaviours to rate, as raters see them. */
  model: surveyModel,
});
export type SelfRatingView = z.output<typeof selfRatingView>;

/** What a rater's private link shows: the survey while open, a thank-you or a closed page after. */
export const surveyView = z.object({
  state: z.enum(["open", "submitted", "closed"]),
  clientName: z.string(),
  practiceName: z.string(),
  raterName: z.string(),
  group: raterGroup,
  /** YYYY-MM-DD */
  deadline: isoDate,
  threshold: z.int(),
  managerIdentified: z.boolean(),
  /** Present only while open. */
  model: surveyModel.nullable(),
  answers: z
    .object({
      ratings: z.record(z.string(), rating.nullable()),
      comments: z.record(z.string(), z.string()),
    })
    .nullable(),
});
export type SurveyView = z.output<typeof surveyView>;
export type SurveyAnswers = NonNullable<SurveyView["answers"]>;

/** PUT …/answers of a survey or a self-rating: how many behaviours have a rating now. */
export const savedSurveyAnswers = z.object({ answered: z.int(), total: z.int() });
export type SavedSurveyAnswers = z.output<typeof savedSurveyAnswers>;

/** A comment as the coach reviews it before release: to black out words that identify someone. */
export const reviewComment = z.object({
  id: z.uuid(),
  questionId: z.string(),
  question: z.string(),
  group: raterGroup,
  original: z.string(),
  shown: z.string(),
  redactions: z.array(z.string()),
});
export type ReviewComment = z.output<typeof reviewComment>;
export const redactBody = z.strictObject({
  redactions: z.array(text(500).min(1, "Give the words to black out")).max(50),
});
