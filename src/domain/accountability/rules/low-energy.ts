import { addDays, type Day, mondayOf } from "../../goals/dates";
import { type CheckInFact, checkInsOldestFirst } from "../snapshot";
import { severityAt } from "../warning";
import type { Rule } from "./rule";

/**
 * Energy at `atMost` or lower in each of the last `weeks` calendar weeks in a row, counted back
 * from the week of the latest check-in that rated energy. A week's energy is its latest
 * check-in's; a week without one breaks the run (silence is the missed check-in rule's).
 */
export const lowEnergy: Rule = (snapshot, thresholds) => {
  const { atMost, weeks } = thresholds.lowEnergy;
  const run = lowRun(weekly(checkInsOldestFirst(snapshot)), atMost);
  const first = run[0];
  if (!first || run.length < weeks) return null;
  const values = run.map((c) => c.energy).join(", ");
  return {
    rule: "low_energy",
    severity: severityAt(run.length, weeks),
    reason: `Energy at ${atMost} or lower of 5 for ${run.length} weeks in a row (${values})`,
    action: "Ask about their energy and workload",
    evidence: run.map((c) => ({ kind: "check_in", id: c.id, on: c.submittedOn })),
    since: first.submittedOn,
  };
};

type Rated = CheckInFact & { energy: number };

/** The latest check-in with energy of each week, by the week's Monday. */
function weekly(oldestFirst: CheckInFact[]): Map<Day, Rated> {
  const byWeek = new Map<Day, Rated>();
  for (const checkIn of oldestFirst) {
    if (checkIn.energy === null) continue;
    byWeek.set(mondayOf(checkIn.submittedOn), { ...checkIn, energy: checkIn.energy });
  }
  return byWeek;
}

/** The low weeks running back without a gap from the latest rated week, oldest first. */
function lowRun(byWeek: Map<Day, Rated>, atMost: number): Rated[] {
  const latestWeek = [...byWeek.keys()].sort().at(-1);
  const run: Rated[] = [];
  for (let week = latestWeek; week; week = addDays(week, -7)) {
    const checkIn = byWeek.get(week);
    if (!checkIn || checkIn.energy > atMost) break;
    run.unshift(checkIn);
  }
  return run;
}
