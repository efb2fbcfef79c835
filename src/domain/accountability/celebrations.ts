import { type Day, daysBetween } from "../goals/dates";
import { gainOver } from "../goals/measure";
import { formatNumber } from "../goals/numbers";
import type { CommitmentFact, EngagementSnapshot, GoalFact } from "./snapshot";
import { type Evidence, quoted } from "./warning";

export type CelebrationKind = "milestone" | "target" | "streak" | "win";

export interface Celebration {
  kind: CelebrationKind;
  /** In plain words: "Milestone reached: first project handed over". */
  title: string;
  /** The client's own words or the numbers, when there is more to say. */
  detail?: string;
  /** The day it happened. */
  on: Day;
  evidence: Evidence[];
}

/** Runs of commitments kept that are celebrated: 3, 5, 10, and every 10 after. */
export function isStreakStep(run: number): boolean {
  return run === 3 || run === 5 || (run >= 10 && run % 10 === 0);
}

/**
 * What happened after `since` (up to today) worth celebrating, oldest first, so that each is
 * shown once when it happens; with `since` null, everything, for the engagement's timeline.
 */
export function celebrationsSince(snapshot: EngagementSnapshot, since: Day | null): Celebration[] {
  const all = [
    ...snapshot.goals.flatMap((goal) => milestonesReached(goal)),
    ...snapshot.goals.flatMap((goal) => targetHit(goal, snapshot.today)),
    ...streaksKept(snapshot.commitments, snapshot.today),
    ...wins(snapshot),
  ];
  return all
    .filter((c) => daysBetween(c.on, snapshot.today) >= 0)
    .filter((c) => since === null || daysBetween(since, c.on) > 0)
    .sort((a, b) => a.on.localeCompare(b.on) || KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind));
}

const KINDS: CelebrationKind[] = ["target", "milestone", "streak", "win"];

function milestonesReached(goal: GoalFact): Celebration[] {
  return goal.milestones.flatMap((m) =>
    m.doneOn
      ? [
          {
            kind: "milestone" as const,
            title: `Milestone reached: ${m.title.trim()}`,
            on: m.doneOn,
            evidence: [
              { kind: "goal" as const, id: goal.id },
              { kind: "milestone" as const, id: m.id, on: m.doneOn },
            ],
          },
        ]
      : [],
  );
}

/**
 * The first measurement at or past the target, in the goal's direction; a goal that started
 * there already has nothing to celebrate. With no such measurement, a goal closed as achieved
 * is celebrated on the day it was.
 */
function targetHit(goal: GoalFact, today: Day): Celebration[] {
  const { direction, baseline, target } = goal;
  const title = `Target hit: ${quoted(goal.statement)}`;
  if (direction && baseline !== null && target !== null) {
    if (gainOver(baseline, target, direction) >= 0) return [];
    const hit = [...goal.measurements]
      .sort((a, b) => a.date.localeCompare(b.date))
      .find((m) => gainOver(m.value, target, direction) >= 0);
    if (hit) {
      const detail = `${formatNumber(hit.value)} against a target of ${formatNumber(target)}`;
      return [
        { kind: "target", title, detail, on: hit.date, evidence: goalEvidence(goal, hit.date) },
      ];
    }
  }
  const closure = goal.closure;
  if (closure?.kind !== "achieved" || daysBetween(closure.on, today) < 0) return [];
  return [
    {
      kind: "target",
      title: `Goal achieved: ${quoted(goal.statement)}`,
      on: closure.on,
      evidence: goalEvidence(goal, closure.on),
    },
  ];
}

const goalEvidence = (goal: GoalFact, on: Day): Evidence[] => [{ kind: "goal", id: goal.id, on }];

/** Kept: marked done on or before its due date. */
export function keptOnTime(commitment: CommitmentFact): boolean {
  return (
    commitment.status === "done" &&
    commitment.markedOn !== null &&
    daysBetween(commitment.markedOn, commitment.dueOn) >= 0
  );
}

/**
 * The commitments that count for a streak, by due date: every one marked, and every one still
 * open past its due date (it breaks the run). One still open and not yet past due waits.
 */
function settled(commitments: CommitmentFact[], today: Day): CommitmentFact[] {
  return commitments
    .filter((c) => c.status !== "open" || daysBetween(c.dueOn, today) > 0)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id));
}

/**
 * How many commitments in a row, up to the latest settled one, were kept on time. Partly
 * done, not done, done late or left open past the due date each start the count again.
 */
export function currentStreak(commitments: CommitmentFact[], today: Day): number {
  let run = 0;
  for (const c of settled(commitments, today)) run = keptOnTime(c) ? run + 1 : 0;
  return run;
}

/** Each streak step reached, on the day its last commitment was marked. */
function streaksKept(commitments: CommitmentFact[], today: Day): Celebration[] {
  const found: Celebration[] = [];
  let run: CommitmentFact[] = [];
  for (const c of settled(commitments, today)) {
    run = keptOnTime(c) ? [...run, c] : [];
    if (!isStreakStep(run.length)) continue;
    const on =
      run
        .map((k) => k.markedOn ?? k.dueOn)
        .sort()
        .at(-1) ?? c.dueOn;
    found.push({
      kind: "streak",
      title: `${run.length} commitments in a row kept on time`,
      on,
      evidence: run.map((k) => ({ kind: "commitment", id: k.id, on: k.markedOn ?? k.dueOn })),
    });
  }
  return found;
}

function wins(snapshot: EngagementSnapshot): Celebration[] {
  return snapshot.checkIns.flatMap((c) => {
    const win = c.win?.trim();
    if (!win) return [];
    const evidence: Evidence[] = [{ kind: "check_in", id: c.id, on: c.submittedOn }];
    return [
      { kind: "win" as const, title: "A win this week", detail: win, on: c.submittedOn, evidence },
    ];
  });
}
