import type { ScaleDefinition } from "../assessment/instrument";
import type { WheelRating } from "../exercise/wheel";
import { type EntryKind, type Evidence, lean, type Proposal, pickExtremes } from "./entries";
import { proposalsFromFeedback, type ReleasedFeedback } from "./feedback-proposals";

/** A scored scale of a submitted personality questionnaire. */
export interface PersonalityScore {
  assessmentId: string;
  instrument: string;
  scale: Pick<ScaleDefinition, "id" | "name" | "kind" | "interpretation" | "strengthPole">;
  score: number | null;
  /** The response scale's ends, e.g. 1 and 5. */
  min: number;
  max: number;
}

export type { ReleasedFeedback, WheelRating };

/**
 * Candidate entries for the development profile: the scales or wheel areas that stand out most
 * at the helpful end (strengths) and at the other end (development areas), two of each per
 * source. Where an instrument has facets, the facets are proposed: they say more than domains.
 * The newest released 360 report adds its own (feedback-proposals.ts). Proposals already
 * accepted or dismissed are left out by their keys.
 */
export function proposeEntries(input: {
  personality: PersonalityScore[];
  wheel: WheelRating[];
  /** Released 360 reports of the engagement, newest first. */
  feedback?: ReleasedFeedback[];
  decided: ReadonlySet<string>;
}): Proposal[] {
  const proposals = [
    ...byAssessment(input.personality).flatMap(proposalsFromPersonality),
    ...byExercise(input.wheel).flatMap(proposalsFromWheel),
    ...proposalsFromFeedback(input.feedback ?? []),
  ];
  return proposals.filter((proposal) => !input.decided.has(proposal.key));
}

/** A score's lean from the middle of its range. */
function leanFromMiddle(score: number, min: number, max: number, pole: "high" | "low"): number {
  return lean(score, (min + max) / 2, max - min, pole);
}

function byAssessment(scores: PersonalityScore[]): PersonalityScore[][] {
  const groups = new Map<string, PersonalityScore[]>();
  for (const score of scores) {
    groups.set(score.assessmentId, [...(groups.get(score.assessmentId) ?? []), score]);
  }
  return [...groups.values()];
}

function byExercise(ratings: WheelRating[]): WheelRating[][] {
  const groups = new Map<string, WheelRating[]>();
  for (const rating of ratings) {
    groups.set(rating.exerciseId, [...(groups.get(rating.exerciseId) ?? []), rating]);
  }
  return [...groups.values()];
}

function proposalsFromPersonality(scores: PersonalityScore[]): Proposal[] {
  const hasFacets = scores.some((s) => s.scale.kind === "facet");
  const candidates = scores
    .filter((s) => s.score !== null && s.scale.kind === (hasFacets ? "facet" : "scale"))
    .map((s) => ({
      ...s,
      score: s.score as number,
      lean: leanFromMiddle(s.score as number, s.min, s.max, s.scale.strengthPole ?? "high"),
    }));
  const { top, bottom } = pickExtremes(candidates);
  return [
    ...top.map((s) => personalityProposal(s, "strength")),
    ...bottom.map((s) => personalityProposal(s, "development_area")),
  ];
}

function personalityProposal(s: PersonalityScore & { score: number }, kind: EntryKind): Proposal {
  const high = s.score > (s.min + s.max) / 2;
  const evidence: Evidence = {
    type: "personality",
    assessmentId: s.assessmentId,
    instrument: s.instrument,
    scaleId: s.scale.id,
    scale: s.scale.name,
    score: s.score,
    min: s.min,
    max: s.max,
  };
  return {
    key: `personality:${s.assessmentId}:${s.scale.id}:${kind}`,
    kind,
    title: `${high ? "High" : "Low"} ${s.scale.name}`,
    detail: high ? s.scale.interpretation.high : s.scale.interpretation.low,
    evidence: [evidence],
  };
}

function proposalsFromWheel(ratings: WheelRating[]): Proposal[] {
  const candidates = ratings.map((r) => ({
    ...r,
    lean: leanFromMiddle(r.score, r.min, r.max, "high"),
  }));
  const { top, bottom } = pickExtremes(candidates);
  return [
    ...top.map((r) => wheelProposal(r, "strength")),
    ...bottom.map((r) => wheelProposal(r, "development_area")),
  ];
}

function wheelProposal(r: WheelRating, kind: EntryKind): Proposal {
  const rated = `rated ${r.score} of ${r.max} on the leadership wheel`;
  return {
    key: `wheel:${r.exerciseId}:${r.questionId}:${kind}`,
    kind,
    title: r.area,
    detail:
      kind === "strength"
        ? `Self-${rated}: one of the areas the client feels strongest in.`
        : `Self-${rated}: one of the areas the client feels least sure of.`,
    evidence: [
      {
        type: "exercise",
        exerciseId: r.exerciseId,
        exercise: r.exercise,
        questionId: r.questionId,
        question: r.area,
        score: r.score,
        min: r.min,
        max: r.max,
      },
    ],
  };
}
