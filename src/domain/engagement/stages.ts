export const STAGES = [
  "assessment",
  "planning",
  "active",
  "review",
  "sustaining",
  "closed",
] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  assessment: "Assessment",
  planning: "Planning",
  active: "Active sessions",
  review: "Review",
  sustaining: "Sustaining",
  closed: "Closed",
};

/**
 * An engagement moves forward one stage at a time, may step back one stage to redo work,
 * and may be closed early from any open stage. A closed engagement stays closed.
 */
export function allowedTransitions(from: Stage): Stage[] {
  if (from === "closed") return [];
  const index = STAGES.indexOf(from);
  const next = STAGES[index + 1];
  const previous = index > 0 ? STAGES[index - 1] : undefined;
  const moves = [next, previous, "closed" as const].filter((s): s is Stage => s !== undefined);
  return [...new Set(moves)];
}

export function canTransition(from: Stage, to: Stage): boolean {
  return allowedTransitions(from).includes(to);
}
