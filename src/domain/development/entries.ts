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
    }
  | {
      type: "exercise";
      exerciseId: string;
      exercise: string;
      questionId: string;
      question: string;
      score: number;
    };

export interface Proposal {
  /** Stable while the evidence stands: accepting or dismissing it twice is recognised. */
  key: string;
  kind: EntryKind;
  title: string;
  detail: string;
  evidence: Evidence[];
}
