export const ENTRY_KINDS = [
  "strength",
  "development_area",
  "blind_spot",
  "hidden_strength",
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** Where an entry of the development profile comes from, so anyone can go back and look. */
export type Evidence =
  | {
      type: "personality";
      assessmentId: string;
      instrument: string;
      scaleId: string;
      scale: string;
      score: number;
      /** The ends of the questionnaire's response scale, e.g. 1 and 5. */
      min: number;
      max: number;
    }
  | {
      type: "exercise";
      exerciseId: string;
      exercise: string;
      questionId: string;
      question: string;
      score: number;
      /** The ends of the rating's range, e.g. 1 and 10 on the leadership wheel. */
      min: number;
      max: number;
    }
  | {
      type: "feedback";
      /** The released 360 campaign whose frozen report this comes from. */
      campaignId: string;
      competencyId: string;
      /** Present when the evidence is one behaviour, absent for a whole competency. */
      itemId?: string;
      /** The competency's name, or the behaviour's text. */
      label: string;
      self: number | null;
      /** Others' mean, from the report's shown figures only. */
      others: number;
      /** The ends of the frequency scale: 1 and 5. */
      min: number;
      max: number;
    };

/**
 * Evidence as an entry keeps it: a copy taken when the entry was accepted. Entries accepted
 * before the range was recorded have no `min` and `max`.
 */
export type StoredEvidence = RangeOptional<Evidence>;

type RangeOptional<E> = E extends Evidence
  ? Omit<E, "min" | "max"> & Partial<Pick<E, "min" | "max">>
  : never;

export interface Proposal {
  /** Stable while the evidence stands: accepting or dismissing it twice is recognised. */
  key: string;
  kind: EntryKind;
  title: string;
  detail: string;
  evidence: Evidence[];
}

/** The most proposals of one kind a single source (a questionnaire, an exercise, a report) gives. */
export const PER_SOURCE = 2;
/** How far past the centre of its range a score must lie, as a share of the range, to stand out. */
export const DISTINCT_SHARE = 0.125;

/** A candidate's distance from the centre, toward the helpful end, as a share of the range. */
export interface Standing {
  lean: number;
}

export function lean(score: number, centre: number, range: number, pole: "high" | "low"): number {
  const share = (score - centre) / range;
  return pole === "high" ? share : -share;
}

/** The candidates that stand out most at each end, at most PER_SOURCE of each, none in both. */
export function pickExtremes<T extends Standing>(candidates: T[]): { top: T[]; bottom: T[] } {
  const sorted = [...candidates].sort((a, b) => b.lean - a.lean);
  const top = sorted.filter((c) => c.lean >= DISTINCT_SHARE).slice(0, PER_SOURCE);
  const bottom = sorted
    .reverse()
    .filter((c) => c.lean <= -DISTINCT_SHARE)
    .slice(0, PER_SOURCE);
  return { top, bottom };
}
