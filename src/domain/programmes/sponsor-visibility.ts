import type { Stage } from "../engagement/stages";
import type { GoalStatus } from "../goals/goal-status";
import type { GoalOutcome } from "../review/reflection-questions";
import {
  NOTHING_SHARED,
  normaliseChoice,
  type ShareKind,
  type SharingChoice,
} from "../review/report-sharing";
import type { AgreementTerms, SponsorItem } from "./three-way-agreement";

// What an engagement's sponsor sees of it (docs/decisions/031): the engagement's facts (the
// stage, sessions used against planned) always; of each goal, its title, status and outcome only
// as far as both the agreement in force and the client's consent (decision 026's choice) allow;
// the report's summary and any other item only if the client shared that very item. Notes,
// reflections, check-ins and assessment answers have no kind here at all: they never reach it.

/** Items the client may hand the sponsor one by one, apart from goals. */
export const SHAREABLE_ITEM_KINDS = ["feedback-report", "assessment-result"] as const;
export type ShareableItemKind = (typeof SHAREABLE_ITEM_KINDS)[number];

export interface ShareableItem {
  kind: ShareableItemKind;
  id: string;
}

/** A goal the client's choice may name (decision 026: those the review covers). */
export interface GoalFacts {
  id: string;
  title: string;
  status: GoalStatus;
  /** Both verdicts, once both sides have shared them (decision 022); null before. */
  outcome: { client: GoalOutcome | null; coach: GoalOutcome | null } | null;
}

export interface SponsorVisibilityInput {
  stage: Stage;
  sessionsUsed: number;
  sessionsPlanned: number | null;
  goals: readonly GoalFacts[];
  /** The terms every party last accepted; null when none are in force. */
  inForce: AgreementTerms | null;
  /** The client's choice; null when they have made none since the agreement: its terms apply. */
  consent: SharingChoice | null;
  summary: string | null;
  /** The items that exist, and those the client shared. */
  items: readonly ShareableItem[];
  sharedItems: readonly ShareableItem[];
}

export interface SponsorGoal {
  id: string;
  title: string;
  status: GoalStatus | null;
  outcome: { client: GoalOutcome | null; coach: GoalOutcome | null } | null;
}

export interface SponsorEngagementView {
  stage: Stage;
  sessions: { used: number; planned: number | null };
  goals: SponsorGoal[];
  summary: string | null;
  items: ShareableItem[];
}

/**
 * The client's consent as it stands. Under an agreement in force: their choice, or every goal
 * when they have made none since, kept within the terms (the client widens only up to them).
 * With none in force: their explicit choice alone, as decision 026 had it, and nothing by default.
 */
export function effectiveConsent(
  inForce: AgreementTerms | null,
  consent: SharingChoice | null,
  goalIds: readonly string[],
): SharingChoice {
  if (!inForce) return normaliseChoice(consent ?? NOTHING_SHARED, goalIds);
  const allows = (item: SponsorItem) => inForce.sponsorSees.includes(item);
  const chosen = consent ?? { summary: false, goalStatus: [...goalIds], goalOutcome: [...goalIds] };
  const choice = normaliseChoice(chosen, goalIds);
  return {
    summary: choice.summary,
    goalStatus: allows("goal-titles") ? choice.goalStatus : [],
    goalOutcome: allows("goal-outcomes") ? choice.goalOutcome : [],
  };
}

/** What the sponsor of one engagement may be shown, and nothing else. */
export function sponsorView(input: SponsorVisibilityInput): SponsorEngagementView {
  const goalIds = input.goals.map((goal) => goal.id);
  const consent = effectiveConsent(input.inForce, input.consent, goalIds);
  const showsStatus = input.inForce?.sponsorSees.includes("goal-status") ?? true;
  const summary = input.summary?.trim() ? input.summary : null;
  return {
    stage: input.stage,
    sessions: { used: input.sessionsUsed, planned: input.sessionsPlanned },
    goals: input.goals
      .filter((goal) => consent.goalStatus.includes(goal.id))
      .map((goal) => ({
        id: goal.id,
        title: goal.title,
        status: showsStatus ? goal.status : null,
        outcome: consent.goalOutcome.includes(goal.id) ? goal.outcome : null,
      })),
    summary: consent.summary ? summary : null,
    items: input.items.filter((item) =>
      input.sharedItems.some((shared) => shared.kind === item.kind && shared.id === item.id),
    ),
  };
}

/** The kinds of item a view shows beyond the engagement's facts, for the sponsor's read log. */
export function viewKinds(view: SponsorEngagementView): (ShareKind | ShareableItemKind)[] {
  const kinds: (ShareKind | ShareableItemKind)[] = [];
  if (view.summary !== null) kinds.push("summary");
  if (view.goals.length > 0) kinds.push("goal-status");
  if (view.goals.some((goal) => goal.outcome !== null)) kinds.push("goal-outcome");
  return [...kinds, ...SHAREABLE_ITEM_KINDS.filter((k) => view.items.some((i) => i.kind === k))];
}
