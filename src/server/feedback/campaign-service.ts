import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { createCampaignBody, updateCampaignBody } from "../../contract/feedback";
import {
  CAMPAIGN_STATUSES,
  type CampaignStatus,
  listIsOpen,
} from "../../domain/feedback/campaign-status";
import { limitProblems, thresholdProblems } from "../../domain/feedback/nominations";
import { DEFAULT_GROUP_LIMITS, type GroupLimits } from "../../domain/feedback/rater-groups";
import type { FieldProblem } from "../../domain/field-problem";
import type { Viewer } from "../access/viewer";
import { findUsableModel } from "../competency-models/usable-model";
import type { AppContext } from "../context";
import { feedbackCampaign } from "../db/schema";
import { findEngagementForClientWork, findEngagementToAssignIn } from "../engagements/client-work";
import { AppError, forbidden, invalidInput } from "../http/errors";
import { findCampaignFor } from "./campaign-access";
import { scheduleCampaignJobs } from "./campaign-jobs";
import {
  deleteInStatuses,
  selectCampaignFacts,
  selectEngagementCampaigns,
  selectPracticeThreshold,
  selectRaters,
  updateInStatus,
} from "./campaign-queries";
import { copyRatersInto } from "./campaign-raters";
import { summaryOf, viewOf } from "./campaign-view";
import { closeIfDue } from "./closing";
import { closingTime, isAhead } from "./deadlines";

export type FoundCampaign = Awaited<ReturnType<typeof findCampaignFor>>;

/**
 * The campaign as it is now, for its client or coach: one collecting past its deadline is
 * closed first, so nothing reads it as open after its time (the close job may not have run yet).
 */
export async function findCurrentCampaign(
  ctx: AppContext,
  viewer: Viewer,
  id: string,
): Promise<FoundCampaign> {
  const found = await findCampaignFor(ctx.db, viewer, id);
  const { status, closesAt } = found.campaign;
  if (status !== "collecting" || closesAt.getTime() > Date.now()) return found;
  await closeIfDue(ctx, id);
  return findCampaignFor(ctx.db, viewer, id);
}

export async function presentCampaign(ctx: AppContext, found: FoundCampaign) {
  const [facts, raters] = await Promise.all([
    selectCampaignFacts(ctx.db, found.campaign.id),
    selectRaters(ctx.db, found.campaign.id),
  ]);
  return viewOf(found, facts, raters);
}

export async function getCampaign(ctx: AppContext, viewer: Viewer, id: string) {
  return presentCampaign(ctx, await findCurrentCampaign(ctx, viewer, id));
}

export async function listForEngagement(ctx: AppContext, viewer: Viewer, engagementId: string) {
  await findEngagementForClientWork(
    ctx.db,
    viewer,
    engagementId,
    "Only the client and their coach see the client's 360 feedback.",
  );
  return (await selectEngagementCampaigns(ctx.db, engagementId)).map(summaryOf);
}

export async function createCampaign(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
  input: z.infer<typeof createCampaignBody>,
) {
  const { row } = await findEngagementToAssignIn(
    ctx.db,
    viewer,
    engagementId,
    "Only the engagement's coach starts a 360 feedback.",
  );
  const baseline = input.repeatOf
    ? await findBaseline(ctx, row.engagement.stage, engagementId, input.repeatOf, input.modelId)
    : null;
  const usable = baseline
    ? baseline.usable
    : await findUsableModel(ctx, viewer, input.modelId).catch((error) => {
        if (error instanceof AppError && error.status === 404)
          throw invalidInput([
            { path: "modelId", message: "Choose one of your competency models" },
          ]);
        throw error;
      });
  if (input.copyRaters && !baseline)
    throw invalidInput([
      { path: "copyRaters", message: "Only a repeat of an earlier 360 copies its raters" },
    ]);
  const practiceThreshold = await selectPracticeThreshold(ctx.db, viewer.practiceId);
  const threshold = input.threshold ?? practiceThreshold;
  const groupLimits = input.groupLimits ?? DEFAULT_GROUP_LIMITS;
  refuseProblems([
    ...thresholdProblems(threshold, practiceThreshold),
    ...limitProblems(groupLimits),
    ...deadlineProblems(input.deadline, input.timeZone),
  ]);
  const created = await ctx.db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(feedbackCampaign)
      .values({
        practiceId: viewer.practiceId,
        engagementId,
        clientId: row.engagement.clientId,
        createdBy: viewer.userId,
        repeatOf: baseline?.id ?? null,
        modelSource: usable.source,
        modelId: usable.id,
        modelVersion: usable.version,
        model: structuredClone(usable.model),
        threshold,
        managerIdentified: input.managerIdentified,
        groupLimits,
        deadline: input.deadline,
        timeZone: input.timeZone,
        closesAt: closingTime(input.deadline, input.timeZone),
      })
      .returning({ id: feedbackCampaign.id });
    const id = (inserted as { id: string }).id;
    if (baseline && input.copyRaters) await copyRatersInto(tx, viewer, baseline.id, id);
    return id;
  });
  return getCampaign(ctx, viewer, created);
}

/** Engagement stages in which a 360 may be repeated to measure change. */
const REPEATABLE_STAGES: readonly string[] = ["active", "review"];

/**
 * The released campaign of this engagement a repeat measures change against, with its frozen
 * model: the repeat asks the very same behaviours, whatever the model has become since.
 */
async function findBaseline(
  ctx: AppContext,
  stage: string,
  engagementId: string,
  baselineId: string,
  modelId: string,
) {
  if (!REPEATABLE_STAGES.includes(stage))
    throw invalidInput(
      [
        {
          path: "repeatOf",
          message: "A 360 is repeated once the sessions are under way or in review",
        },
      ],
      "This engagement is not yet at a stage to measure change.",
    );
  const [found] = await ctx.db
    .select({
      id: feedbackCampaign.id,
      status: feedbackCampaign.status,
      modelSource: feedbackCampaign.modelSource,
      modelId: feedbackCampaign.modelId,
      modelVersion: feedbackCampaign.modelVersion,
      model: feedbackCampaign.model,
    })
    .from(feedbackCampaign)
    .where(
      and(eq(feedbackCampaign.id, baselineId), eq(feedbackCampaign.engagementId, engagementId)),
    );
  if (found?.status !== "released")
    throw invalidInput([
      { path: "repeatOf", message: "Choose a released 360 feedback of this engagement" },
    ]);
  if (found.modelId !== modelId)
    throw invalidInput([
      { path: "modelId", message: "A repeat asks the same competency model as its baseline" },
    ]);
  return {
    id: found.id,
    usable: {
      source: found.modelSource,
      id: found.modelId,
      version: found.modelVersion,
      model: found.model,
    },
  };
}

type CampaignChange = z.infer<typeof updateCampaignBody>;

/** Settings until invitations go out; the deadline until the campaign closes. */
export async function updateCampaign(
  ctx: AppContext,
  viewer: Viewer,
  id: string,
  change: CampaignChange,
) {
  const found = await findCurrentCampaign(ctx, viewer, id);
  if (found.relation !== "coach") throw forbidden("Only the coach changes a 360 feedback.");
  const { campaign } = found;
  refuseLockedChanges(campaign.status, change);
  const deadline = change.deadline ?? campaign.deadline;
  const timeZone = change.timeZone ?? campaign.timeZone;
  const movesDeadline = deadline !== campaign.deadline || timeZone !== campaign.timeZone;
  const practiceThreshold = await selectPracticeThreshold(ctx.db, campaign.practiceId);
  refuseProblems([
    ...(change.threshold !== undefined
      ? thresholdProblems(change.threshold, practiceThreshold)
      : []),
    ...(change.groupLimits ? limitProblems(change.groupLimits) : []),
    ...(movesDeadline ? deadlineProblems(deadline, timeZone) : []),
  ]);
  const closesAt = closingTime(deadline, timeZone);
  const changes = {
    ...settingsIn(change),
    ...(movesDeadline ? { deadline, timeZone, closesAt } : {}),
  };
  if (Object.keys(changes).length > 0) await updateInStatus(ctx.db, id, campaign.status, changes);
  if (movesDeadline && campaign.status === "collecting")
    await scheduleCampaignJobs(ctx.jobs, { id, deadline, timeZone, closesAt });
  return getCampaign(ctx, viewer, id);
}

/** Only a campaign whose invitations have not gone out can be deleted. */
export async function deleteCampaign(ctx: AppContext, viewer: Viewer, id: string) {
  const found = await findCurrentCampaign(ctx, viewer, id);
  if (found.relation !== "coach") throw forbidden("Only the coach deletes a 360 feedback.");
  const open = CAMPAIGN_STATUSES.filter(listIsOpen);
  if (!listIsOpen(found.campaign.status) || !(await deleteInStatuses(ctx.db, id, open)))
    throw new AppError(
      "campaign_started",
      "Invitations for this 360 feedback have gone out; it can be closed but not deleted.",
    );
}

function refuseLockedChanges(status: CampaignStatus, change: CampaignChange) {
  const changesSettings = Object.keys(settingsIn(change)).length > 0;
  if (changesSettings && !listIsOpen(status))
    throw new AppError(
      "settings_locked",
      "The invitations have gone out: the threshold, the group limits and how the manager's answers are shown can no longer change.",
    );
  const changesDeadline = change.deadline !== undefined || change.timeZone !== undefined;
  if (changesDeadline && (status === "closed" || status === "released"))
    throw new AppError("campaign_closed", "This 360 feedback is closed; its deadline is final.");
}

function settingsIn(change: CampaignChange) {
  const settings: { threshold?: number; managerIdentified?: boolean; groupLimits?: GroupLimits } =
    {};
  if (change.threshold !== undefined) settings.threshold = change.threshold;
  if (change.managerIdentified !== undefined) settings.managerIdentified = change.managerIdentified;
  if (change.groupLimits !== undefined) settings.groupLimits = change.groupLimits;
  return settings;
}

export function deadlineProblems(deadline: string, timeZone: string): FieldProblem[] {
  if (isAhead(deadline, timeZone)) return [];
  return [{ path: "deadline", message: "Choose a day after today" }];
}

export function refuseProblems(problems: FieldProblem[], message?: string): void {
  if (problems.length > 0) throw invalidInput(problems, message);
}
