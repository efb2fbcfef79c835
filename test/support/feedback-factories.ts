import { expect } from "vitest";
import {
  DEFAULT_GROUP_LIMITS,
  type GroupLimits,
  RATER_GROUPS,
  type RaterGroup,
} from "../../src/domain/feedback/rater-groups";
import { type Member, uniqueEmail } from "./factories";
import { lastMailTo, linkIn, type TestApp } from "./test-app";

/** Keel's own competency model, the one campaigns use unless told otherwise. */
export const BUILT_IN_MODEL_ID = "keel-leadership";

export interface NominatedRater {
  name: string;
  email: string;
  group: RaterGroup;
}

export interface CampaignOverrides {
  modelId?: string;
  deadline?: string;
  timeZone?: string;
  threshold?: number;
  managerIdentified?: boolean;
  groupLimits?: GroupLimits;
}

/** The day `days` from today (UTC), as YYYY-MM-DD: a deadline ahead in any time zone. */
export function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Creates a campaign in an engagement as its coach; returns the campaign view. */
export async function createCampaign(
  coach: Member,
  engagementId: string,
  overrides: CampaignOverrides = {},
) {
  const response = await coach.agent.post(`/api/engagements/${engagementId}/feedback-campaigns`, {
    modelId: BUILT_IN_MODEL_ID,
    deadline: daysFromToday(21),
    timeZone: "Europe/London",
    ...overrides,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

/** Adds each rater as `member` (the client while nominating, or the coach); returns the view. */
export async function nominate(member: Member, campaignId: string, raters: NominatedRater[]) {
  let view: any;
  for (const rater of raters) {
    const response = await member.agent.post(`/api/feedback-campaigns/${campaignId}/raters`, rater);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    view = response.body;
  }
  return view;
}

/** Moves a campaign as `member`; returns the campaign view. */
export async function moveCampaign(member: Member, campaignId: string, to: string) {
  const response = await member.agent.post(`/api/feedback-campaigns/${campaignId}/status`, { to });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

export type RatersPerGroup = Partial<Record<RaterGroup, number>>;

/** `count` raters of each group, with names and addresses no other test uses. */
export function ratersOf(perGroup: RatersPerGroup): NominatedRater[] {
  return RATER_GROUPS.flatMap((group) =>
    Array.from({ length: perGroup[group] ?? 0 }, (_, i) => ({
      name: `${group} rater ${i + 1}`,
      email: uniqueEmail(`rater-${group.replace("_", "-")}-${i + 1}`),
      group,
    })),
  );
}

/** The default limits, widened just enough to admit the given counts. */
export function limitsAdmitting(perGroup: RatersPerGroup): GroupLimits {
  const limits = structuredClone(DEFAULT_GROUP_LIMITS);
  for (const group of RATER_GROUPS) {
    const count = perGroup[group] ?? 0;
    limits[group] = {
      min: Math.min(limits[group].min, count),
      max: Math.max(limits[group].max, count),
    };
  }
  return limits;
}

export interface InvitedRater {
  id: string;
  name: string;
  email: string;
  group: RaterGroup;
  /** The private link's token, as mailed. */
  token: string;
  url: string;
}

/**
 * A campaign collecting answers: created by the coach, nominated by the client, submitted for
 * approval and approved. Each rater's token is read from their invitation mail.
 * Group limits default to the defaults widened to admit the counts asked for.
 */
export async function collectingCampaign(
  t: TestApp,
  world: { coach: Member; client: Member; engagement: { id: string } },
  perGroup: RatersPerGroup,
  options: CampaignOverrides = {},
) {
  const created = await createCampaign(world.coach, world.engagement.id, {
    groupLimits: limitsAdmitting(perGroup),
    ...options,
  });
  await moveCampaign(world.coach, created.id, "nominating");
  const nominated = ratersOf(perGroup);
  await nominate(world.client, created.id, nominated);
  await moveCampaign(world.client, created.id, "approval");
  const campaign = await moveCampaign(world.coach, created.id, "collecting");
  const raters: InvitedRater[] = [];
  for (const rater of nominated) {
    const row = campaign.raters.find((r: { email: string }) => r.email === rater.email);
    const mail = await lastMailTo(t.ctx, rater.email);
    const url = linkIn(mail.text, "/feedback/");
    const token = url.split("/feedback/")[1] ?? "";
    raters.push({ ...rater, id: row.id, token, url });
  }
  return { campaign, raters };
}
