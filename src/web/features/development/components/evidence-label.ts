import { scaleAnchor } from "../../assessments/components/score-reading";
import { questionDomId } from "../../exercises/components/question-shell";
import type { StoredEvidence } from "../api/types";

/**
 * Entries accepted before the evidence recorded its range have only the score. Every personality
 * questionnaire Keel had then was answered from 1 to 5, so those chips still say "of 5"; an old
 * exercise chip says "rated 3", as it did.
 */
const EARLIER_PERSONALITY_MAX = 5;

/** "IPIP-NEO (120 items, 30 facets)" reads as "IPIP-NEO" on a chip; the full name is in its title. */
export function compactName(name: string): string {
  const short = name.replace(/\s*\([^)]*\)\s*$/, "").trim();
  return short || name;
}

/** A rating as the exercise page shows it: whole ratings as they are, others to one decimal. */
function formatRating(score: number): string {
  return Number.isInteger(score) ? String(score) : score.toFixed(1);
}

/**
 * The chip's words: "IPIP-NEO · Assertiveness 4.5 of 5",
 * "Leadership wheel · Delegation and empowerment 2 of 10".
 */
export function evidenceLabel(evidence: StoredEvidence): string {
  if (evidence.type === "personality") {
    const max = evidence.max ?? EARLIER_PERSONALITY_MAX;
    return `${compactName(evidence.instrument)} · ${evidence.scale} ${evidence.score.toFixed(1)} of ${max}`;
  }
  const rating = formatRating(evidence.score);
  return evidence.max === undefined
    ? `${evidence.exercise} · ${evidence.question}, rated ${rating}`
    : `${evidence.exercise} · ${evidence.question} ${rating} of ${evidence.max}`;
}

/**
 * Where the chip leads: the scale's reading on the results page, or the rated question on the
 * submitted exercise.
 */
export function evidenceHref(evidence: StoredEvidence): string {
  if (evidence.type === "personality") {
    return `/assessments/${encodeURIComponent(evidence.assessmentId)}/results#${scaleAnchor(evidence.scaleId)}`;
  }
  return `/exercises/${encodeURIComponent(evidence.exerciseId)}#${encodeURIComponent(questionDomId(evidence.questionId))}`;
}

/** What the link opens, for its accessible name and its title. */
export function evidenceDestination(evidence: StoredEvidence): string {
  return evidence.type === "personality"
    ? `${evidence.instrument} results`
    : `${evidence.exercise} answers`;
}

/** One key per piece of evidence, stable across renders. */
export function evidenceKey(evidence: StoredEvidence): string {
  return evidence.type === "personality"
    ? `p:${evidence.assessmentId}:${evidence.scaleId}`
    : `e:${evidence.exerciseId}:${evidence.questionId}`;
}
