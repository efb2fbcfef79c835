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
