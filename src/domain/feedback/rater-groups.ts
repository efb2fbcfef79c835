/** Who a rater is to the client. Each group's answers are reported together, never one by one. */
export const RATER_GROUPS = ["manager", "peer", "direct_report", "other"] as const;
export type RaterGroup = (typeof RATER_GROUPS)[number];

export const RATER_GROUP_LABELS: Record<RaterGroup, string> = {
  manager: "Manager",
  peer: "Peers",
  direct_report: "Direct reports",
  other: "Others",
};

/** A group's raters in words, for messages: one of them, and several. */
export const RATER_NOUNS: Record<RaterGroup, { one: string; many: string }> = {
  manager: { one: "manager", many: "managers" },
  peer: { one: "peer", many: "peers" },
  direct_report: { one: "direct report", many: "direct reports" },
  other: { one: "other colleague", many: "others" },
};

/** "one peer", "3 peers". */
export function ratersInWords(group: RaterGroup, count: number): string {
  const noun = RATER_NOUNS[group];
  return count === 1 ? `one ${noun.one}` : `${count} ${noun.many}`;
}

/** How many raters of a group a nomination list must and may hold. */
export interface GroupLimit {
  min: number;
  max: number;
}
export type GroupLimits = Record<RaterGroup, GroupLimit>;

/**
 * Defaults in the spirit of CCL and Spidergap: one or two managers, enough peers and direct
 * reports for each group to reach the anonymity threshold even if one or two do not answer.
 */
export const DEFAULT_GROUP_LIMITS: GroupLimits = {
  manager: { min: 1, max: 2 },
  peer: { min: 3, max: 12 },
  direct_report: { min: 3, max: 12 },
  other: { min: 0, max: 8 },
};

/** The most raters of one group a campaign may have; keeps a survey a survey, not a census. */
export const GROUP_MAX_CEILING = 30;

/** k: the fewest responses a group, or an item's cell, must rest on to be shown. Never below 3. */
export const MINIMUM_ANONYMITY_THRESHOLD = 3;
export const DEFAULT_ANONYMITY_THRESHOLD = 3;
/** The highest k a practice or a campaign may ask for; beyond it few groups would ever show. */
export const MAXIMUM_ANONYMITY_THRESHOLD = 20;
