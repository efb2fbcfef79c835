import type { EngagementRelation } from "../engagement/access";
import type { Stage } from "../engagement/stages";

// The final report (docs/decisions/026) is the client's to keep: the client and their coach read
// it from the review stage on, and the client alone chooses, item by item, what the engagement's
// sponsor may see of it. Reflections, notes and the sustain plan are never offered to a sponsor.

export const FINAL_REPORT_STAGES: readonly Stage[] = ["review", "sustaining", "closed"];

export const isFinalReportStage = (stage: Stage) => FINAL_REPORT_STAGES.includes(stage);

/** What a sponsor may be shown, each by the client's choice. */
export const SHARE_KINDS = ["summary", "goal-status", "goal-outcome"] as const;
export type ShareKind = (typeof SHARE_KINDS)[number];

export const SUMMARY_MAX_LENGTH = 1500;

export interface SharingChoice {
  summary: boolean;
  /** Goals whose statement and status the sponsor sees. */
  goalStatus: string[];
  /** Goals whose outcome (the client's and the coach's verdict, not their words) the sponsor sees. */
  goalOutcome: string[];
}

export const NOTHING_SHARED: SharingChoice = { summary: false, goalStatus: [], goalOutcome: [] };

export function mayReadFinalReport(relation: EngagementRelation | null): boolean {
  return relation === "client" || relation === "coach";
}

/** The client alone decides what the sponsor sees, and may change it at any time. */
export function mayChooseSharing(relation: EngagementRelation | null): boolean {
  return relation === "client";
}

/** The sponsor reads what is shared; the client may look at it as the sponsor does. */
export function mayReadSharedReport(relation: EngagementRelation | null): boolean {
  return relation === "sponsor" || relation === "client";
}

/**
 * The choice kept to the goals that exist, each once; an outcome is shared only with its goal's
 * title (an outcome without the goal it belongs to says nothing).
 */
export function normaliseChoice(choice: SharingChoice, goalIds: readonly string[]): SharingChoice {
  const known = (ids: string[]) => goalIds.filter((id) => ids.includes(id));
  const goalStatus = known(choice.goalStatus);
  return {
    summary: choice.summary,
    goalStatus,
    goalOutcome: known(choice.goalOutcome).filter((id) => goalStatus.includes(id)),
  };
}

/** The kinds of item a choice shares, for the read log. */
export function sharedKinds(choice: SharingChoice, hasSummary: boolean): ShareKind[] {
  const kinds: ShareKind[] = [];
  if (choice.summary && hasSummary) kinds.push("summary");
  if (choice.goalStatus.length > 0) kinds.push("goal-status");
  if (choice.goalOutcome.length > 0) kinds.push("goal-outcome");
  return kinds;
}

const KIND_WORDS: Record<ShareKind, string> = {
  summary: "the report's summary",
  "goal-status": "your goal titles and status",
  "goal-outcome": "your goals' outcomes",
};

/** "your goal titles and status and the report's summary": what one read saw, in words. */
export function describeRead(kinds: readonly ShareKind[]): string {
  const words = SHARE_KINDS.filter((k) => kinds.includes(k)).map((k) => KIND_WORDS[k]);
  if (words.length <= 1) return words[0] ?? "nothing";
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}
