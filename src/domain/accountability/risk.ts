import type { Day } from "../goals/dates";
import type { Warning } from "./warning";

export interface ClientWarnings {
  engagementId: string;
  warnings: Warning[];
}

export interface Risk {
  acts: number;
  watches: number;
  /** The day the longest-standing warning began; null with no warning. */
  oldest: Day | null;
  /** acts × 3 + watches: one number for a badge; the ordering does not rest on it alone. */
  score: number;
}

export function riskOf(warnings: Warning[]): Risk {
  const acts = warnings.filter((w) => w.severity === "act").length;
  const watches = warnings.length - acts;
  const oldest = warnings.map((w) => w.since).sort()[0] ?? null;
  return { acts, watches, oldest, score: acts * 3 + watches };
}

/**
 * The coach's clients, most at risk first: more "act" warnings first, then more warnings in
 * all, then the one whose oldest warning began earliest. Clients tied on all three keep the
 * order they were given in (the caller's, by name say); clients without warnings come last.
 */
export function byRisk<T extends ClientWarnings>(clients: T[]): T[] {
  const risks = new Map(clients.map((c) => [c, riskOf(c.warnings)]));
  return [...clients].sort((a, b) => compareRisk(risks.get(a), risks.get(b)));
}

function compareRisk(a: Risk | undefined, b: Risk | undefined): number {
  if (!a || !b) return 0;
  return (
    b.acts - a.acts ||
    b.acts + b.watches - (a.acts + a.watches) ||
    (a.oldest ?? "9999").localeCompare(b.oldest ?? "9999")
  );
}
