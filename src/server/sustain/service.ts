import { eq } from "drizzle-orm";
import type { SustainChoicesInput, SustainPlan, SustainPlanInput } from "../../contract/sustain";
import { sustainChoicesInput, sustainPlanInput } from "../../contract/sustain";
import type { EngagementRelation } from "../../domain/engagement/access";
import { knownTimeZone, localParts } from "../../domain/sessions/zoned-time";
import {
  mayChooseSustainMail,
  mayEditSustainPlan,
  SUSTAIN_EDIT_STAGES,
  SUSTAIN_STAGES,
  sustainPlanProblems,
} from "../../domain/sustain/plan";
import { nextSelfCheckIn } from "../../domain/sustain/self-check-ins";
import { slips } from "../../domain/sustain/slips";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import { sustainPlan, user } from "../db/schema";
import { findEngagementForClientWork } from "../engagements/client-work";
import { AppError, forbidden, invalidInput } from "../http/errors";
import { selectEndedOn, selectSustainCheckIns, settledCheckIns, toCheckInView } from "./queries";

// The sustain plan is the client's own work: the client and their coach read it and write its
// items together while the engagement is in review or sustaining; the client alone chooses
// quarterly check-ins and whether a slip is told to the coach. Closing freezes the items.

const REFUSAL = "Only the client and their coach see the sustain plan.";

async function requirePlanEngagement(ctx: AppContext, viewer: Viewer, engagementId: string) {
  const found = await findEngagementForClientWork(ctx.db, viewer, engagementId, REFUSAL);
  return { engagement: found.row.engagement, relation: found.relation };
}

export async function clientTimeZone(db: Executor, clientId: string): Promise<string> {
  const [row] = await db.select({ zone: user.timeZone }).from(user).where(eq(user.id, clientId));
  return knownTimeZone(row?.zone ?? "") ?? "UTC";
}

export async function getSustainPlan(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
): Promise<SustainPlan> {
  const { engagement, relation } = await requirePlanEngagement(ctx, viewer, engagementId);
  return readPlan(ctx.db, engagement, relation);
}

export async function putSustainPlan(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
  body: SustainPlanInput,
): Promise<SustainPlan> {
  const { engagement, relation } = await requirePlanEngagement(ctx, viewer, engagementId);
  if (!mayEditSustainPlan(relation))
    throw forbidden("Only the client and their coach write the sustain plan.");
  requireWritableStage(engagement.stage, SUSTAIN_EDIT_STAGES);
  const { items } = sustainPlanInput.parse(body);
  const problems = sustainPlanProblems(items);
  if (problems.length > 0) throw invalidInput(problems);
  const values = { items, updatedBy: viewer.userId, updatedAt: new Date() };
  await ctx.db
    .insert(sustainPlan)
    .values({ engagementId, ...values })
    .onConflictDoUpdate({ target: sustainPlan.engagementId, set: values });
  return readPlan(ctx.db, engagement, relation);
}

/**
 * The client's choices of mail after the end. They stay the client's to change after closing:
 * they say which mail the client gets, not what the engagement holds.
 */
export async function putSustainChoices(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
  body: SustainChoicesInput,
): Promise<SustainPlan> {
  const { engagement, relation } = await requirePlanEngagement(ctx, viewer, engagementId);
  if (!mayChooseSustainMail(relation))
    throw forbidden("Only the client chooses which self check-ins come and who hears of a slip.");
  requireWritableStage(engagement.stage, SUSTAIN_STAGES);
  const choices = sustainChoicesInput.parse(body);
  const values = { ...choices, updatedBy: viewer.userId, updatedAt: new Date() };
  await ctx.db
    .insert(sustainPlan)
    .values({ engagementId, ...values })
    .onConflictDoUpdate({ target: sustainPlan.engagementId, set: values });
  return readPlan(ctx.db, engagement, relation);
}

function requireWritableStage(stage: string, allowed: readonly string[]) {
  if (allowed.includes(stage as never)) return;
  if (stage === "closed")
    throw new AppError(
      "engagement_closed",
      "This engagement is closed; its sustain plan stays to read but no longer changes.",
    );
  throw new AppError("sustain_not_yet");
}

async function readPlan(
  db: Executor,
  engagement: {
    id: string;
    stage: string;
    plannedEndDate: string | null;
    clientId: string;
  },
  relation: EngagementRelation,
): Promise<SustainPlan> {
  const timeZone = await clientTimeZone(db, engagement.clientId);
  const [[saved], rows, endedOn] = await Promise.all([
    db.select().from(sustainPlan).where(eq(sustainPlan.engagementId, engagement.id)),
    selectSustainCheckIns(db, engagement.id),
    selectEndedOn(db, engagement, timeZone),
  ]);
  const now = new Date();
  const items = saved?.items ?? [];
  const quarterly = saved?.quarterly ?? false;
  const today = localParts(now, timeZone).date;
  return {
    items,
    quarterly,
    tellCoach: saved?.tellCoach ?? false,
    editable:
      SUSTAIN_EDIT_STAGES.includes(engagement.stage as never) && mayEditSustainPlan(relation),
    choicesEditable:
      SUSTAIN_STAGES.includes(engagement.stage as never) && mayChooseSustainMail(relation),
    endedOn,
    nextCheckIn: endedOn && items.length > 0 ? nextSelfCheckIn(endedOn, quarterly, today) : null,
    checkIns: rows.map((row) => toCheckInView(row, now)).reverse(),
    slips: slips(
      items.map((item) => item.id),
      settledCheckIns(rows, now),
    ).map(({ habitId, since, reason }) => ({ itemId: habitId, since, reason })),
    updatedAt: saved?.updatedAt.toISOString() ?? null,
  };
}
