import type {
  CheckInFact,
  CommitmentFact,
  EngagementSnapshot,
  GoalFact,
} from "../../src/domain/accountability/snapshot";

// Wednesday 16 June 2027: the week runs from Monday 14 June.
export const TODAY = "2027-06-16";

export function checkIn(
  id: string,
  submittedOn: string,
  more: Partial<CheckInFact> = {},
): CheckInFact {
  return {
    id,
    submittedOn,
    energy: 4,
    goals: [{ goalId: "g1", confidence: 7, value: null }],
    win: null,
    challenge: null,
    ...more,
  };
}

export function commitment(
  id: string,
  dueOn: string,
  status: CommitmentFact["status"] = "open",
  markedOn: string | null = null,
): CommitmentFact {
  return { id, text: `Commitment ${id}`, dueOn, status, markedOn };
}

export const delegation: GoalFact = {
  id: "g1",
  statement: "Delegate two projects a month",
  direction: "higher",
  baseline: 0,
  target: 4,
  startDate: "2027-03-01",
  dueDate: "2027-09-01",
  measurements: [
    { date: "2027-05-24", value: 1.8 },
    { date: "2027-05-31", value: 2 },
    { date: "2027-06-07", value: 2.2 },
    { date: "2027-06-14", value: 2.3 },
  ],
  closure: null,
  milestones: [{ id: "m1", title: "List drawn up", dueOn: "2027-05-10", doneOn: "2027-05-10" }],
};

/** An engagement where all is well: nothing should fire. */
export function healthySnapshot(more: Partial<EngagementSnapshot> = {}): EngagementSnapshot {
  return {
    engagementId: "e1",
    today: TODAY,
    stage: "active",
    startedOn: "2027-03-01",
    firstCheckInDue: "2027-03-08",
    commitments: [
      commitment("c1", "2027-06-04", "done", "2027-06-03"),
      commitment("c2", "2027-06-11", "done", "2027-06-11"),
      commitment("c3", "2027-06-20"),
    ],
    checkIns: [
      checkIn("k1", "2027-05-24", { challenge: "Back-to-back meetings" }),
      checkIn("k2", "2027-05-31", { challenge: "Travel to the Leeds office" }),
      checkIn("k3", "2027-06-07", { goals: [{ goalId: "g1", confidence: 8, value: 2.2 }] }),
      checkIn("k4", "2027-06-14", {
        goals: [{ goalId: "g1", confidence: 8, value: 2.3 }],
        win: "Sam ran the supplier review on his own",
        challenge: "A budget deadline",
      }),
    ],
    goals: [delegation],
    sessions: [
      { id: "s1", startsOn: "2027-06-02", status: "scheduled" },
      { id: "s2", startsOn: "2027-06-30", status: "scheduled" },
    ],
    ...more,
  };
}
