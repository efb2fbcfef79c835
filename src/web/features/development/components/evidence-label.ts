import type { StoredEvidence } from "../../../../domain/development/entries";
import { competencyAnchor, questionDomId, scaleAnchor } from "../../../lib/anchors";

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
 * "Leadership wheel · Delegation and empowerment 2 of 10",
 * "360 feedback · Setting direction: others 4.2 of 5, self 3.5".
 */
export function evidenceLabel(evidence: StoredEvidence): string {
  switch (evidence.type) {
    case "personality": {
      const max = evidence.max ?? EARLIER_PERSONALITY_MAX;
      return `${compactName(evidence.instrument)} · ${evidence.scale} ${evidence.score.toFixed(1)} of ${max}`;
    }
    case "exercise": {
      const rating = formatRating(evidence.score);
      return evidence.max === undefined
        ? `${evidence.exercise} · ${evidence.question}, rated ${rating}`
        : `${evidence.exercise} · ${evidence.question} ${rating} of ${evidence.max}`;
    }
    case "feedback": {
      const of = evidence.max === undefined ? "" : ` of ${evidence.max}`;
      const self = evidence.self === null ? "" : `, self ${evidence.self.toFixed(1)}`;
      const label = evidence.label.replace(/[.!?]+$/, "");
      return `360 feedback · ${label}: others ${evidence.others.toFixed(1)}${of}${self}`;
    }
  }
}

/**
 * Where the chip leads: the scale's reading on the results page, the rated question on the
 * submitted exercise, or the competency's section of the released 360 report.
 */
export function evidenceHref(evidence: StoredEvidence): string {
  switch (evidence.type) {
    case "personality":
      return `/assessments/${encodeURIComponent(evidence.assessmentId)}/results#${scaleAnchor(evidence.scaleId)}`;
    case "exercise":
      return `/exercises/${encodeURIComponent(evidence.exerciseId)}#${encodeURIComponent(questionDomId(evidence.questionId))}`;
    case "feedback":
      return `/feedback-campaigns/${encodeURIComponent(evidence.campaignId)}/report#${encodeURIComponent(competencyAnchor(evidence.competencyId))}`;
  }
}

/** What the link opens, for its accessible name and its title. */
export function evidenceDestination(evidence: StoredEvidence): string {
  switch (evidence.type) {
    case "personality":
      return `${evidence.instrument} results`;
    case "exercise":
      return `${evidence.exercise} answers`;
    case "feedback":
      return "360 feedback report";
  }
}

/** One key per piece of evidence, stable across renders. */
export function evidenceKey(evidence: StoredEvidence): string {
  switch (evidence.type) {
    case "personality":
      return `p:${evidence.assessmentId}:${evidence.scaleId}`;
    case "exercise":
      return `e:${evidence.exerciseId}:${evidence.questionId}`;
    case "feedback":
      return `f:${evidence.campaignId}:${evidence.competencyId}:${evidence.itemId ?? ""}`;
  }
}
