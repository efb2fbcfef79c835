import type { Day } from "./dates";
import type { Measure } from "./measure";

/** A competency of the engagement's 360 model, or one behaviour (item) of it. */
export interface BehaviourLink {
  competencyId: string;
  itemId?: string;
}

/** A goal as written, before or after saving: every part may still be missing. */
export interface GoalDraft {
  statement: string;
  measure: Measure | null;
  baseline: number | null;
  target: number | null;
  /** The change a week that looks realistic to the client and coach, if they said. */
  realisticPerWeek?: number | null;
  /** The day the baseline holds: the start of the line from baseline to target. */
  startDate: Day;
  dueDate: Day | null;
  /** Why it matters, in the light of the client's career aspirations. */
  whyItMatters: string;
  developmentEntryIds: string[];
  behaviourLinks: BehaviourLink[];
}

export interface GoalContext {
  today: Day;
  /** The engagement's planned end, when it has one. */
  engagementEndDate: Day | null;
  /** Whether the engagement has a 360 model whose behaviours a goal could name. */
  behavioursAvailable: boolean;
  /** The latest measurement, for a goal under way: the stretch is judged from there. */
  latestValue?: number | null;
}
