import { type Day, daysBetween } from "../goals/dates";
import type { Celebration } from "./celebrations";

// Each person sees a celebration once as news: their marker says up to which day they have seen
// them, and which of that day's they saw (another may still come later the same day). What is
// older than a fortnight is no longer news; the engagement's timeline keeps it.

export const CELEBRATION_NEWS_DAYS = 14;

export interface SeenMarker {
  through: Day;
  /** The keys of the celebrations of `through` already seen. */
  keysOnDay: string[];
}

/** Names a celebration for good: its kind and what completes it (the milestone, the goal, the last commitment of a streak, the check-in). */
export function celebrationKey(celebration: Celebration): string {
  return `${celebration.kind}:${celebration.evidence.at(-1)?.id ?? celebration.on}`;
}

/** Whether the person whose marker this is has still to see it. */
export function isNews(celebration: Celebration, marker: SeenMarker | null, today: Day): boolean {
  if (daysBetween(celebration.on, today) >= CELEBRATION_NEWS_DAYS) return false;
  if (!marker || celebration.on > marker.through) return true;
  return (
    celebration.on === marker.through && !marker.keysOnDay.includes(celebrationKey(celebration))
  );
}

/** The marker once these have been seen too; seeing older ones than the marker changes nothing. */
export function markerAfterSeeing(
  marker: SeenMarker | null,
  seen: Celebration[],
): SeenMarker | null {
  const latest = seen
    .map((c) => c.on)
    .sort()
    .at(-1);
  if (latest === undefined) return marker;
  if (marker && marker.through > latest) return marker;
  const earlier = marker?.through === latest ? marker.keysOnDay : [];
  const today = seen.filter((c) => c.on === latest).map(celebrationKey);
  return { through: latest, keysOnDay: [...new Set([...earlier, ...today])] };
}
