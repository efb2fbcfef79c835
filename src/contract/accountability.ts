import { z } from "zod";
import { THRESHOLD_LAYERS } from "../domain/accountability/thresholds";
import { RULE_IDS } from "../domain/accountability/warning";
import { isoDate, personRef } from "./common";

// Early warnings as the coach's home shows them: the clients who need the coach, most at risk
// first, each warning with its reason in words and the one action it suggests.

export const evidenceLink = z.object({
  kind: z.enum(["commitment", "check_in", "goal", "milestone", "session"]),
  id: z.string(),
  on: isoDate.optional(),
});

export const clientWarning = z.object({
  rule: z.enum(RULE_IDS),
  severity: z.enum(["watch", "act"]).describe("act: do something this week; watch: worth a look"),
  reason: z.string().describe("In plain words, with the actual numbers"),
  action: z.string().describe("The one thing the coach could do about it"),
  since: isoDate.describe("The day the situation began"),
  evidence: z.array(evidenceLink),
});
export type ClientWarning = z.output<typeof clientWarning>;

/** GET /api/coach/clients-at-risk: the coach's own clients with a warning, most at risk first. */
export const clientsAtRiskList = z.object({
  clients: z.array(
    z.object({
      engagement: z.object({ id: z.uuid(), title: z.string() }),
      client: personRef,
      warnings: z.array(clientWarning).describe("Most pressing first"),
    }),
  ),
});
export type ClientsAtRiskList = z.output<typeof clientsAtRiskList>;

/** One value per setting of each early-warning rule, in the shape of `Thresholds`. */
function perSetting<Leaf extends z.ZodType>(leaf: Leaf) {
  return z.object({
    overdueCommitments: z.object({ count: leaf, days: leaf }),
    missedCheckIns: z.object({ days: leaf, graceDays: leaf }),
    fallingConfidence: z.object({ checkIns: leaf, drop: leaf }),
    recurringObstacle: z.object({ reports: leaf, withinDays: leaf }),
    noSessionBooked: z.object({ days: leaf }),
    lowEnergy: z.object({ atMost: leaf, weeks: leaf }),
    goalOffTrack: z.object({ shortfallShare: leaf }),
  });
}

const setting = z.number("Enter a number").optional();

/**
 * PUT /api/practice/early-warnings and /api/engagements/:id/early-warnings: the settings this
 * layer sets, the rest left to the layer below. It replaces the layer's settings whole: a
 * setting left out goes back to the practice's value (or Keel's default).
 */
export const thresholdSettingsBody = z.strictObject({
  overdueCommitments: z.strictObject({ count: setting, days: setting }).optional(),
  missedCheckIns: z.strictObject({ days: setting, graceDays: setting }).optional(),
  fallingConfidence: z.strictObject({ checkIns: setting, drop: setting }).optional(),
  recurringObstacle: z.strictObject({ reports: setting, withinDays: setting }).optional(),
  noSessionBooked: z.strictObject({ days: setting }).optional(),
  lowEnergy: z.strictObject({ atMost: setting, weeks: setting }).optional(),
  goalOffTrack: z.strictObject({ shortfallShare: setting }).optional(),
});
export type ThresholdSettingsBody = z.input<typeof thresholdSettingsBody>;

export const thresholdValues = perSetting(z.number());
export type ThresholdValues = z.output<typeof thresholdValues>;

/** The early-warning settings of a practice or of one engagement, as the rules use them. */
export const earlyWarningSettings = z.object({
  effective: thresholdValues.describe("The values the rules use"),
  sources: perSetting(z.enum(THRESHOLD_LAYERS)).describe("Which layer each value comes from"),
  inherited: thresholdValues.describe(
    "The values without this layer's own: Keel's defaults for a practice, the practice's for an engagement",
  ),
  defaults: thresholdValues.describe("Keel's defaults"),
});
export type EarlyWarningSettings = z.output<typeof earlyWarningSettings>;

export const celebration = z.object({
  key: z.string().describe("Names it for good: marking it seen sends this back"),
  kind: z.enum(["milestone", "target", "streak", "win"]),
  title: z.string().describe("In plain words: “Milestone reached: first project handed over”"),
  detail: z.string().nullable().describe("The client's own words or the numbers"),
  on: isoDate.describe("The day it happened"),
  isNew: z.boolean().describe("Not yet seen by the viewer, and under a fortnight old"),
  evidence: z.array(evidenceLink),
});
export type CelebrationView = z.output<typeof celebration>;

/** GET /api/engagements/:id/celebrations: newest first. */
export const engagementCelebrations = z.object({ celebrations: z.array(celebration) });
export type EngagementCelebrations = z.output<typeof engagementCelebrations>;

/** POST /api/engagements/:id/celebrations/seen: the celebrations the viewer has now seen. */
export const celebrationsSeenBody = z.object({
  keys: z.array(z.string().min(1).max(200)).min(1).max(200),
});
export type CelebrationsSeenBody = z.input<typeof celebrationsSeenBody>;
