import type {
  Answers,
  InstrumentDefinition,
  ScaleDefinition,
  ScaleInterpretation,
} from "./instrument";
import { completeKeyedValues, type NoScore, responseRange, scoreScale } from "./scoring";
import {
  cronbachAlpha,
  percentileRankInSorted,
  sampleStandardDeviation,
  standardErrorOfMeasurement,
} from "./statistics";

/** Responses with a score a scale needs in the practice before it gets a range and percentile. */
export const MINIMUM_FOR_NORMS = 30;
const Z_95 = 1.96;

export interface ProfileInput {
  /** The version the response was taken on. */
  definition: InstrumentDefinition;
  answers: Answers;
  /** The answers of every completed response in the practice on this instrument (including this one). */
  population: Answers[];
}

export interface ScoreBand {
  low: number;
  high: number;
  sem: number;
  alpha: number;
  alphaFrom: "published" | "practice";
  sd: number;
  level: 0.95;
}

export interface ScaleResult {
  scaleId: string;
  name: string;
  kind: ScaleDefinition["kind"];
  parent?: string;
  /** The mean of the keyed values, on the response scale (1..5 for the IPIP). */
  score: number | null;
  answered: number;
  itemCount: number;
  noScore?: NoScore & { message: string };
  band: ScoreBand | null;
  /** Only for a scale without a score; how bands were made, or why not, is in `Comparison.notes`. */
  bandNote: string | null;
  /** Against the practice's responses, once enough of them have a score on this scale. */
  percentile: number | null;
  interpretation: ScaleInterpretation;
}

export interface Profile {
  scales: ScaleResult[];
  population: { size: number; minimum: number; normsAvailable: boolean };
  comparison: Comparison;
}

/**
 * What the ranges and percentiles are read against. The IPIP publishes no norms and Keel stores
 * no figure it cannot trace to a source, so the only comparison is the practice's own responses,
 * once MINIMUM_FOR_NORMS of them have a score.
 */
export interface Comparison {
  basis: "practice" | "none";
  /** Said once for the whole profile, never per scale: how ranges were made, or what brings them. */
  notes: string[];
}

/**
 * The explanations scales share, said once in `Comparison.notes` instead of on each scale. The two
 * about a reliability computed in the practice name the kind of scale the source gives none for.
 */
type SharedNote =
  | "awaiting_people"
  | "published_alpha"
  | `${"practice_alpha" | "awaiting_complete"}:${ScaleDefinition["kind"]}`
  | "few_scores"
  | "unusable_reliability";

interface Reading {
  result: ScaleResult;
  shared: SharedNote | null;
}

const PLURAL = { scale: "scales", domain: "domains", facet: "facets" } as const;

/** What a profile needs to know of the practice's responses, computed once per set of responses. */
export interface PopulationStats {
  size: number;
  scales: Record<string, ScalePopulation>;
}

export interface ScalePopulation {
  /** The scores of the responses that have one on this scale, ascending. */
  scores: number[];
  sd: number | null;
  /** Only for scales without a published alpha: Cronbach's alpha from complete responses. */
  practice: { alpha: number | null; completeRows: number } | null;
}

/** Scores every response of the practice on every scale: the costly part, cacheable. */
export function populationStats(
  definition: InstrumentDefinition,
  population: Answers[],
): PopulationStats {
  const scales: Record<string, ScalePopulation> = {};
  for (const scale of definition.scales) {
    scales[scale.id] = scalePopulation(definition, scale, population);
  }
  return { size: population.length, scales };
}

/** One scale's share of populationStats, so a large practice's norms can be built a scale at a time. */
export function scalePopulation(
  definition: InstrumentDefinition,
  scale: ScaleDefinition,
  population: Answers[],
): ScalePopulation {
  const scores = populationScores(definition, scale, population).sort((a, b) => a - b);
  return {
    scores,
    sd: sampleStandardDeviation(scores),
    practice: scale.alpha === null ? practiceAlpha(definition, scale, population) : null,
  };
}

export function buildProfile({ definition, answers, population }: ProfileInput): Profile {
  return profileAgainst(definition, answers, populationStats(definition, population));
}

export function profileAgainst(
  definition: InstrumentDefinition,
  answers: Answers,
  stats: PopulationStats,
): Profile {
  const readings = definition.scales.map((scale) => scaleResult(definition, scale, answers, stats));
  const basis = comparisonBasis(stats.size);
  return {
    scales: readings.map((reading) => reading.result),
    population: {
      size: stats.size,
      minimum: MINIMUM_FOR_NORMS,
      normsAvailable: basis === "practice",
    },
    comparison: { basis, notes: comparisonNotes(basis, readings, stats.size) },
  };
}

/** The practice's responses are a comparison once there are MINIMUM_FOR_NORMS of them. */
export function comparisonBasis(responses: number): Comparison["basis"] {
  return responses >= MINIMUM_FOR_NORMS ? "practice" : "none";
}

function comparisonNotes(
  basis: Comparison["basis"],
  readings: readonly Reading[],
  size: number,
): string[] {
  const shared = new Set(readings.map((reading) => reading.shared));
  if (basis === "none") {
    const has = size === 1 ? "1 has" : `${size} have`;
    return [
      `Likely ranges and comparisons with other people appear once ${MINIMUM_FOR_NORMS} people in the practice have completed this questionnaire; ${has} so far. The IPIP publishes no norms to compare with.`,
    ];
  }
  const notes: string[] = [];
  if (shared.has("published_alpha"))
    notes.push(
      `Likely ranges (95%) use the reliability the source publishes and the spread of scores among the ${size} people in the practice who completed this questionnaire; comparisons are with the same people.`,
    );
  for (const kind of ["scale", "domain", "facet"] as const) {
    if (shared.has(`practice_alpha:${kind}`))
      notes.push(
        `The source publishes no reliability for the ${PLURAL[kind]}, so their ranges use one computed from the practice's responses that answered all of a ${kind}'s statements.`,
      );
    if (shared.has(`awaiting_complete:${kind}`))
      notes.push(
        `The source publishes no reliability for the ${PLURAL[kind]}, so their ranges appear once ${MINIMUM_FOR_NORMS} people in the practice have answered all of a ${kind}'s statements.`,
      );
  }
  const few = namesWith(readings, "few_scores");
  if (few)
    notes.push(
      `${few.names} ${few.one ? "has" : "have"} no range or comparison yet: fewer than ${MINIMUM_FOR_NORMS} people in the practice have a score on ${few.one ? "it" : "them"}.`,
    );
  const unusable = namesWith(readings, "unusable_reliability");
  if (unusable)
    notes.push(
      `${unusable.names} ${unusable.one ? "has" : "have"} no range: the practice's answers do not yet give a usable reliability for ${unusable.one ? "it" : "them"}.`,
    );
  return notes;
}

/** "Anxiety", "Anxiety and Anger", "Anxiety, Anger and Depression": the scales a note is about. */
function namesWith(
  readings: readonly Reading[],
  note: SharedNote,
): { names: string; one: boolean } | null {
  const names = readings.filter((r) => r.shared === note).map((r) => r.result.name);
  if (names.length === 0) return null;
  const last = names.pop() as string;
  return {
    names: names.length === 0 ? last : `${names.join(", ")} and ${last}`,
    one: !names.length,
  };
}

function scaleResult(
  definition: InstrumentDefinition,
  scale: ScaleDefinition,
  answers: Answers,
  stats: PopulationStats,
): Reading {
  const own = scoreScale(definition, scale, answers);
  const base = {
    scaleId: scale.id,
    name: scale.name,
    kind: scale.kind,
    ...(scale.parent === undefined ? {} : { parent: scale.parent }),
    score: own.mean,
    answered: own.answered,
    itemCount: own.itemCount,
    interpretation: scale.interpretation,
  };
  if (own.mean === null) {
    const result: ScaleResult = {
      ...base,
      noScore: { ...own.noScore, message: noScoreMessage(own.noScore, own.itemCount) },
      band: null,
      bandNote: `There is no range because this ${scale.kind} has no score.`,
      percentile: null,
    };
    return { result, shared: null };
  }
  const population = stats.scales[scale.id] as ScalePopulation;
  const enough = population.scores.length >= MINIMUM_FOR_NORMS;
  const { band, shared } = bandFor(definition, scale, own.mean, population, stats.size);
  const result: ScaleResult = {
    ...base,
    band,
    bandNote: null,
    percentile: enough ? percentileRankInSorted(own.mean, population.scores) : null,
  };
  return { result, shared };
}

function populationScores(
  definition: InstrumentDefinition,
  scale: ScaleDefinition,
  population: Answers[],
): number[] {
  return population
    .map((answers) => scoreScale(definition, scale, answers).mean)
    .filter((score): score is number => score !== null);
}

function noScoreMessage(noScore: NoScore, itemCount: number): string {
  const needed = itemCount - noScore.allowedMissing;
  const were = noScore.missing === 1 ? "was" : "were";
  const requirement = needed === itemCount ? `all ${needed}` : `at least ${needed}`;
  return `${noScore.missing} of its ${itemCount} statements ${were} not answered; a score needs ${requirement}.`;
}

type Reliability =
  | { alpha: number; alphaFrom: "published" | "practice"; shared: SharedNote }
  | { alpha: null; shared: SharedNote };

interface BandReading {
  band: ScoreBand | null;
  /** How the band was made, or why there is none: said once for the profile, never per scale. */
  shared: SharedNote;
}

function bandFor(
  definition: InstrumentDefinition,
  scale: ScaleDefinition,
  score: number,
  population: ScalePopulation,
  practiceSize: number,
): BandReading {
  const { scores, sd } = population;
  if (scores.length < MINIMUM_FOR_NORMS || sd === null) {
    // Below the practice minimum every scale waits for the same thing; past it, only a scale
    // that many people left unscored does, and the profile's notes name it.
    return {
      band: null,
      shared: comparisonBasis(practiceSize) === "none" ? "awaiting_people" : "few_scores",
    };
  }
  const reliability =
    scale.alpha === null
      ? practiceReliability(scale, population)
      : ({ alpha: scale.alpha, alphaFrom: "published", shared: "published_alpha" } as const);
  if (reliability.alpha === null) return { band: null, shared: reliability.shared };
  const sem = standardErrorOfMeasurement(sd, reliability.alpha);
  if (sem === null) return { band: null, shared: "unusable_reliability" };
  const { lowest, highest } = responseRange(definition);
  const band: ScoreBand = {
    low: Math.max(lowest, score - Z_95 * sem),
    high: Math.min(highest, score + Z_95 * sem),
    sem,
    alpha: reliability.alpha,
    alphaFrom: reliability.alphaFrom,
    sd,
    level: 0.95,
  };
  return { band, shared: reliability.shared };
}

/** Only complete answers enter alpha: a row with a gap would mix people and items. */
function practiceAlpha(
  definition: InstrumentDefinition,
  scale: ScaleDefinition,
  population: Answers[],
): { alpha: number | null; completeRows: number } {
  const rows = population
    .map((answers) => completeKeyedValues(definition, scale, answers))
    .filter((row): row is number[] => row !== null);
  return {
    alpha: rows.length >= MINIMUM_FOR_NORMS ? cronbachAlpha(rows) : null,
    completeRows: rows.length,
  };
}

function practiceReliability(scale: ScaleDefinition, population: ScalePopulation): Reliability {
  const { alpha, completeRows } = population.practice ?? { alpha: null, completeRows: 0 };
  if (completeRows < MINIMUM_FOR_NORMS)
    return { alpha: null, shared: `awaiting_complete:${scale.kind}` };
  if (alpha === null) return { alpha: null, shared: "unusable_reliability" };
  return { alpha, alphaFrom: "practice", shared: `practice_alpha:${scale.kind}` };
}
