/**
 * Shapes of the JSON the development-profile routes send. Kept with the feature while
 * lib/api-types.ts is being changed by other work; they can move there once it has landed.
 */
import type { EntryKind, Evidence, StoredEvidence } from "../../../../domain/development/entries";
import type { PersonRef } from "../../../lib/api-types";

export type { EntryKind, Evidence, StoredEvidence };

/** One entry of the profile: a strength, a development area, a blind spot or a hidden strength. */
export type DevelopmentEntry = {
  id: string;
  kind: EntryKind;
  title: string;
  detail: string;
  /**
   * Where it comes from; empty for an entry someone wrote without a proposal. A copy taken when
   * it was accepted: entries accepted before the range was recorded have no min and max.
   */
  evidence: StoredEvidence[];
  /** The proposal it was accepted from, if any. */
  proposalKey: string | null;
  createdBy: PersonRef;
  updatedBy: PersonRef;
  createdAt: string;
  updatedAt: string;
};

/** An entry Keel suggests from the evidence, not yet accepted or set aside. */
export type Proposal = {
  key: string;
  kind: EntryKind;
  title: string;
  detail: string;
  evidence: Evidence[];
};

/** GET /api/engagements/:id/development-profile */
export type DevelopmentProfile = { entries: DevelopmentEntry[]; proposals: Proposal[] };
