import type { CompetencyModel, Rating } from "./competency-model";
import type { LateRaters } from "./late-raters";
import type { RaterGroup } from "./rater-groups";

/** One rater's ratings as stored: their group and nothing that could name them. */
export interface RaterResponse {
  group: RaterGroup;
  ratings: Readonly<Record<string, Rating>>;
}

/** One answer to an open question, stored apart from the ratings of the same rater. */
export interface StoredComment {
  /** Random; comments are listed in the order of their ids, which is a shuffle. */
  id: string;
  group: RaterGroup;
  questionId: string;
  /** As shown: the coach's redactions already applied. */
  text: string;
}

export interface ReportInput {
  model: CompetencyModel;
  /** k: the fewest responses a shown group or cell rests on. */
  threshold: number;
  /** Raters were told at invitation that the manager's answers are shown on their own. */
  managerIdentified: boolean;
  /** The client's own ratings, or null if they did not rate themselves. */
  self: Readonly<Record<string, Rating>> | null;
  responses: readonly RaterResponse[];
  comments: readonly StoredComment[];
  /** Raters given a link after answers began to come in, and how many of them were approved. */
  addedLate?: { count: number; approved: number };
  /** The groups that had raters with a link, whether or not they answered. */
  invitedGroups?: readonly RaterGroup[];
}

/**
 * A reporting unit: a rater group shown on its own, or groups merged because each alone was
 * below the threshold. Every figure of the report is computed from the answers of shown units.
 */
export interface ReportUnit {
  /** "manager", "peer", ..., or merged ids joined by "+", e.g. "direct_report+other". */
  id: string;
  /** E.g. "Peers", "Other colleagues", "Peers and other colleagues". */
  label: string;
  groups: RaterGroup[];
  responses: number;
  /** The fewest answers one of its cells needs to be shown: k, or 1 for an identified manager. */
  threshold: number;
}

/** The answers to one item from one unit (or from all shown units), when there are enough. */
export interface Cell {
  /** Answers on the scale (not counting "not observed"). */
  n: number;
  mean: number;
  /** Population standard deviation of the answers. */
  sd: number;
  /** How many answered 1, 2, 3, 4 and 5. */
  distribution: [number, number, number, number, number];
  notObserved: number;
}

export interface ItemResult {
  id: string;
  text: string;
  competencyId: string;
  self: number | null;
  /** All shown units together; null when no unit's cell is shown. */
  others: Cell | null;
  /** By unit id; null where the unit has too few answers to this item to show. */
  byUnit: Record<string, Cell | null>;
  /** Others' answers split between the low and the high end (the rule is in ReportRules). */
  split: boolean;
}

export interface CompetencyResult {
  id: string;
  name: string;
  description: string;
  self: number | null;
  /** The mean of the item means shown for all shown units; null if under half its items show. */
  others: number | null;
  byUnit: Record<string, number | null>;
  /** self minus others, when both are known. */
  gap: number | null;
}

/** An item picked out by a rule, with the figures that put it there. */
export interface ItemHighlight {
  itemId: string;
  competencyId: string;
  competency: string;
  text: string;
  self: number | null;
  others: number;
}

export interface UnitExtremes {
  unitId: string;
  label: string;
  highest: ItemHighlight | null;
  lowest: ItemHighlight | null;
}

export interface ReportRules {
  threshold: string;
  merging: string;
  strengths: string;
  blindSpot: string;
  hiddenStrength: string;
  split: string;
}

export interface CommentSection {
  questionId: string;
  question: string;
  /** Shuffled, no names, no times; the unit label only. */
  comments: { unit: string; text: string }[];
}

export interface FeedbackReport {
  modelName: string;
  threshold: number;
  managerIdentified: boolean;
  scale: { min: number; max: number; labels: string[] };
  selfRated: boolean;
  units: ReportUnit[];
  /** Responses in shown units. */
  responses: number;
  /** Responses that no shown figure includes (their groups were too small even merged). */
  withheldResponses: number;
  competencies: CompetencyResult[];
  items: ItemResult[];
  strengths: ItemHighlight[];
  developmentAreas: ItemHighlight[];
  blindSpots: ItemHighlight[];
  hiddenStrengths: ItemHighlight[];
  extremesByUnit: UnitExtremes[];
  comments: CommentSection[];
  rules: ReportRules;
  /** Reports frozen before this was counted do not have it. */
  lateRaters?: LateRaters;
}
