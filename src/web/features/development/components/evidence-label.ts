import { scaleAnchor } from "../../assessments/components/score-reading";
import type { Evidence } from "../api/types";

/**
 * Every personality questionnaire in Keel is answered on a 5-point scale (1 to 5), and the
 * evidence stores only the score, so the chip says "of 5". A questionnaire on another scale would
 * need the range in the evidence.
 */
const PERSONALITY_SCALE_MAX = 5;

/** "IPIP-NEO (120 items, 30 facets)" reads as "IPIP-NEO" on a chip; the full name is in its title. */
export function compactName(name: string): string {
  const short = name.replace(/\s*\([^)]*\)\s*$/, "").trim();
  return short || name;
}

/** A score as the results page shows it: one decimal for means, whole ratings as they are. */
function formatEvidenceScore(score: number): string {
  return Number.isInteger(score) ? String(score) : score.toFixed(1);
}

/** The chip's words: "IPIP-NEO · Assertiveness 4.5 of 5", "Leadership wheel · Delegation, rated 3". */
export function evidenceLabel(evidence: Evidence): string {
  if (evidence.type === "personality") {
    return `${compactName(evidence.instrument)} · ${evidence.scale} ${evidence.score.toFixed(1)} of ${PERSONALITY_SCALE_MAX}`;
  }
  return `${evidence.exercise} · ${evidence.question}, rated ${formatEvidenceScore(evidence.score)}`;
}

/** Where the chip leads: the scale's reading on the results page, or the submitted exercise. */
export function evidenceHref(evidence: Evidence): string {
  if (evidence.type === "personality") {
    return `/assessments/${encodeURIComponent(evidence.assessmentId)}/results#${scaleAnchor(evidence.scaleId)}`;
  }
  return `/exercises/${encodeURIComponent(evidence.exerciseId)}`;
}

/** What the link opens, for its accessible name and its title. */
export function evidenceDestination(evidence: Evidence): string {
  return evidence.type === "personality"
    ? `${evidence.instrument} results`
    : `${evidence.exercise} answers`;
}

/** One key per piece of evidence, stable across renders. */
export function evidenceKey(evidence: Evidence): string {
  return evidence.type === "personality"
    ? `p:${evidence.assessmentId}:${evidence.scaleId}`
    : `e:${evidence.exerciseId}:${evidence.questionId}`;
}
