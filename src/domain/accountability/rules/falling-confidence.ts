import {
  checkInsOldestFirst,
  type EngagementSnapshot,
  type GoalFact,
  openGoals,
} from "../snapshot";
import { type Evidence, plural, quoted, severityAt } from "../warning";
import type { Rule } from "./rule";

/**
 * For each open goal, its last `checkIns` confidence ratings: none higher than the one before,
 * and the last at least `drop` points below the first. A steady 8, 8, 8 is no warning, and
 * neither is a wobble 8, 6, 7; 8, 8, 6 is (by default) since it never rose and fell by 2.
 */
export const fallingConfidence: Rule = (snapshot, thresholds) => {
  const { checkIns, drop } = thresholds.fallingConfidence;
  const falls = openGoals(snapshot)
    .map((goal) => fallOf(snapshot, goal, checkIns))
    .filter((fall): fall is Fall => fall !== null && fall.from - fall.to >= drop);
  if (falls.length === 0) return null;
  const biggest = Math.max(...falls.map((f) => f.from - f.to));
  const evidence = new Map<string, Evidence>();
  for (const fall of falls) {
    evidence.set(`goal/${fall.goal.id}`, { kind: "goal", id: fall.goal.id });
    for (const c of fall.ratings)
      evidence.set(`check_in/${c.id}`, { kind: "check_in", id: c.id, on: c.on });
  }
  return {
    rule: "falling_confidence",
    severity: severityAt(biggest, drop),
    reason: falls
      .map(
        (f) =>
          `Confidence in ${quoted(f.goal.statement)} fell from ${f.from} to ${f.to} over ${plural(f.ratings.length, "check-in")}`,
      )
      .join("; "),
    action:
      falls.length === 1
        ? "Ask what has shaken their confidence in this goal"
        : "Ask what has shaken their confidence in these goals",
    evidence: [...evidence.values()],
    since: falls.map((f) => f.ratings[0]?.on ?? snapshot.today).sort()[0] ?? snapshot.today,
  };
};

interface Fall {
  goal: GoalFact;
  from: number;
  to: number;
  ratings: { id: string; on: string; confidence: number }[];
}

function fallOf(snapshot: EngagementSnapshot, goal: GoalFact, count: number): Fall | null {
  const ratings = checkInsOldestFirst(snapshot)
    .flatMap((c) => {
      const confidence = c.goals.find((g) => g.goalId === goal.id)?.confidence ?? null;
      return confidence === null ? [] : [{ id: c.id, on: c.submittedOn, confidence }];
    })
    .slice(-count);
  if (ratings.length < count) return null;
  const rose = ratings.some((r, i) => i > 0 && r.confidence > (ratings[i - 1]?.confidence ?? 0));
  const from = ratings[0]?.confidence;
  const to = ratings.at(-1)?.confidence;
  if (rose || from === undefined || to === undefined) return null;
  return { goal, from, to, ratings };
}
