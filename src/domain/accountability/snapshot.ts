// One engagement as the early-warning rules and the celebrations see it, on one day. The
// caller reads it from wherever it is stored; nothing here does any I/O.

import type { Stage } from "../engagement/stages";
import type { Day } from "../goals/dates";
import type { StoredGoal } from "../goals/goal-status";

/** The same states as a stored commitment's. */
export const COMMITMENT_STATES = ["open", "done", "partly_done", "not_done"] as const;
export type CommitmentState = (typeof COMMITMENT_STATES)[number];

/** A commitment the rules watch; the caller chooses whose (the client's, say). */
export interface CommitmentFact {
  id: string;
  text: string;
  dueOn: Day;
  status: CommitmentState;
  /** The day it was marked done, partly done or not done, in its zone; null while open. */
  markedOn: Day | null;
}

export interface GoalRating {
  goalId: string;
  /** 1 to 10, or null when the client left it out. */
  confidence: number | null;
  /** The goal's measure as entered in the check-in, or null. */
  value: number | null;
}

export interface CheckInFact {
  id: string;
  /** The day it was sent, in the client's zone. */
  submittedOn: Day;
  /** 1 to 5, or null when left out. */
  energy: number | null;
  goals: GoalRating[];
  win: string | null;
  challenge: string | null;
}

export interface MilestoneFact {
  id: string;
  title: string;
  dueOn: Day;
  doneOn: Day | null;
}

/** A goal with its line and measurements as goal-status reads them, less the day. */
export type GoalFact = Omit<StoredGoal, "today"> & {
  id: string;
  statement: string;
  milestones: MilestoneFact[];
};

export interface SessionFact {
  id: string;
  /** The day it starts, in the engagement's zone. */
  startsOn: Day;
  status: "scheduled" | "cancelled";
}

export interface EngagementSnapshot {
  engagementId: string;
  today: Day;
  stage: Stage;
  startedOn: Day;
  /** The day the first weekly check-in was due; null while check-ins are not scheduled. */
  firstCheckInDue: Day | null;
  commitments: CommitmentFact[];
  checkIns: CheckInFact[];
  goals: GoalFact[];
  sessions: SessionFact[];
}

/** Check-ins oldest first; two on one day keep the order they were given in. */
export function checkInsOldestFirst(snapshot: EngagementSnapshot): CheckInFact[] {
  return [...snapshot.checkIns].sort((a, b) => a.submittedOn.localeCompare(b.submittedOn));
}

/** Goals nobody has closed (achieved, dropped or replaced). */
export function openGoals(snapshot: EngagementSnapshot): GoalFact[] {
  return snapshot.goals.filter((goal) => !goal.closure);
}
