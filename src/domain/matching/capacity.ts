// Coach matching (issue 20): how many open engagements a coach takes, and what the admin may offer.

export const MATCHING_LIMITS = {
  /** Open engagements a coach takes when the admin has not said otherwise. */
  defaultCapacity: 10,
  capacity: { min: 0, max: 200 },
  about: 600,
  shortlist: { min: 2, max: 3 },
  reason: 500,
} as const;

/** Whether one more open engagement fits the coach's capacity. */
export function hasRoom(openEngagements: number, capacity: number): boolean {
  return openEngagements < capacity;
}

/** Why a coach cannot take one more client, or null when they can. */
export function capacityRefusal(
  coachName: string,
  openEngagements: number,
  capacity: number,
): string | null {
  if (hasRoom(openEngagements, capacity)) return null;
  return `${coachName} is at capacity (${openEngagements} open of ${capacity}). Choose another coach or raise their capacity first.`;
}

/** The planned end: `months` after the start, on the same day of the month or the month's last. */
export function plannedEndFrom(startDate: string, months: number): string {
  const [year, month, day] = startDate.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** A shortlist's coach ids: 2–3 distinct ones; the problem to show, or null. */
export function shortlistProblem(coachIds: readonly string[]): string | null {
  const { min, max } = MATCHING_LIMITS.shortlist;
  if (new Set(coachIds).size !== coachIds.length) return "Name each coach once";
  if (coachIds.length < min || coachIds.length > max)
    return `Offer ${min} or ${max} coaches to choose from`;
  return null;
}
