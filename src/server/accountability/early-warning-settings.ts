import { and, eq, ne, type SQL } from "drizzle-orm";
import type { EarlyWarningSettings, ThresholdSettingsBody } from "../../contract/accountability";
import {
  DEFAULT_THRESHOLDS,
  type ThresholdSettings,
  type Thresholds,
  thresholdProblems,
  thresholdSources,
  thresholdsWith,
} from "../../domain/accountability/thresholds";
import { mayRun } from "../../domain/engagement/access";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import { engagement, engagementEarlyWarning, practiceEarlyWarning } from "../db/schema";
import { findVisibleEngagement } from "../engagements/service";
import { invalidInput } from "../http/errors";

// The early-warning thresholds: Keel's defaults, then the practice's (its admin sets them: a
// policy of the practice, which a coach reads but does not change), then the engagement's (its
// coach sets them, for this client). Each layer keeps only what it sets.

const COACH_ONLY = {
  may: mayRun,
  refusal: "Only the engagement's coach sets its early-warning thresholds.",
};

async function practiceSettings(
  ctx: Pick<AppContext, "db">,
  practiceId: string,
): Promise<ThresholdSettings | null> {
  const [row] = await ctx.db
    .select({ settings: practiceEarlyWarning.settings })
    .from(practiceEarlyWarning)
    .where(eq(practiceEarlyWarning.practiceId, practiceId));
  return row?.settings ?? null;
}

/**
 * The thresholds of each of the coach's open engagements: two queries whatever their number.
 * An engagement without settings of its own has the practice's.
 */
export async function coachThresholds(
  ctx: Pick<AppContext, "db">,
  viewer: Pick<Viewer, "userId" | "practiceId">,
): Promise<(engagementId: string) => Thresholds> {
  const own: SQL = and(
    eq(engagement.coachId, viewer.userId),
    eq(engagement.practiceId, viewer.practiceId),
    ne(engagement.stage, "closed"),
  ) as SQL;
  const [practice, rows] = await Promise.all([
    practiceSettings(ctx, viewer.practiceId),
    ctx.db
      .select({
        engagementId: engagementEarlyWarning.engagementId,
        settings: engagementEarlyWarning.settings,
      })
      .from(engagementEarlyWarning)
      .innerJoin(engagement, eq(engagement.id, engagementEarlyWarning.engagementId))
      .where(own),
  ]);
  const practiceThresholds = thresholdsWith(practice);
  const engagements = new Map(
    rows.map((r) => [r.engagementId, thresholdsWith(practice, r.settings)]),
  );
  return (engagementId) => engagements.get(engagementId) ?? practiceThresholds;
}

/** Any coach of the practice reads its settings (the engagement form shows them). */
export async function getPracticeEarlyWarnings(
  ctx: AppContext,
  viewer: Viewer,
): Promise<EarlyWarningSettings> {
  return settingsView(await practiceSettings(ctx, viewer.practiceId));
}

/** The practice's admin sets them; the body replaces the practice's settings whole. */
export async function setPracticeEarlyWarnings(
  ctx: AppContext,
  viewer: Viewer,
  body: ThresholdSettingsBody,
): Promise<EarlyWarningSettings> {
  const settings = checkedSettings(body);
  await ctx.db
    .insert(practiceEarlyWarning)
    .values({ practiceId: viewer.practiceId, settings, updatedBy: viewer.userId })
    .onConflictDoUpdate({
      target: practiceEarlyWarning.practiceId,
      set: { settings, updatedBy: viewer.userId, updatedAt: new Date() },
    });
  return settingsView(settings);
}

export async function getEngagementEarlyWarnings(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
): Promise<EarlyWarningSettings> {
  await findVisibleEngagement(ctx.db, viewer, engagementId, COACH_ONLY);
  const [practice, [own]] = await Promise.all([
    practiceSettings(ctx, viewer.practiceId),
    ctx.db
      .select({ settings: engagementEarlyWarning.settings })
      .from(engagementEarlyWarning)
      .where(eq(engagementEarlyWarning.engagementId, engagementId)),
  ]);
  return settingsView(practice, own?.settings ?? null);
}

/** The engagement's coach sets them; the body replaces the engagement's settings whole. */
export async function setEngagementEarlyWarnings(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
  body: ThresholdSettingsBody,
): Promise<EarlyWarningSettings> {
  await findVisibleEngagement(ctx.db, viewer, engagementId, COACH_ONLY);
  const settings = checkedSettings(body);
  const [practice] = await Promise.all([
    practiceSettings(ctx, viewer.practiceId),
    ctx.db
      .insert(engagementEarlyWarning)
      .values({ engagementId, settings, updatedBy: viewer.userId })
      .onConflictDoUpdate({
        target: engagementEarlyWarning.engagementId,
        set: { settings, updatedBy: viewer.userId, updatedAt: new Date() },
      }),
  ]);
  return settingsView(practice, settings);
}

/** The settings given, each in its range (a 400 naming every one that is not), nothing else. */
function checkedSettings(body: ThresholdSettingsBody): ThresholdSettings {
  const settings: Record<string, Record<string, number>> = {};
  for (const [rule, values] of Object.entries(body)) {
    const given = Object.entries(values ?? {}).filter(
      (entry): entry is [string, number] => typeof entry[1] === "number",
    );
    if (given.length > 0) settings[rule] = Object.fromEntries(given);
  }
  const problems = thresholdProblems(thresholdsWith(settings));
  if (problems.length > 0) throw invalidInput(problems, "Some thresholds are out of range.");
  return settings;
}

/** A practice's settings (no engagement given) or an engagement's over its practice's. */
function settingsView(
  practice: ThresholdSettings | null,
  own?: ThresholdSettings | null,
): EarlyWarningSettings {
  const forEngagement = own !== undefined;
  return {
    effective: thresholdsWith(practice, own),
    sources: thresholdSources(practice, own),
    inherited: forEngagement ? thresholdsWith(practice) : DEFAULT_THRESHOLDS,
    defaults: DEFAULT_THRESHOLDS,
  };
}
