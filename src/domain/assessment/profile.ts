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
  /** Why there is no band, or how it was made. */
  bandNote: string | null;
  /** Against the practice's responses, once enough of them have a score on this scale. */
  percentile: number | null;
  interpretation: ScaleInterpretation;
}

export interface Profile {
  scales: ScaleResult[];
  population: { size: number; minimum: number; normsAvailable: boolean };
}

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
  return {
    scales: definition.scales.map((scale) => scaleResult(definition, scale, answers, stats)),
    population: {
      size: stats.size,
      minimum: MINIMUM_FOR_NORMS,
      normsAvailable: stats.size >= MINIMUM_FOR_NORMS,
    },
  };
}

function scaleResult(
  definition: InstrumentDefinition,
  scale: ScaleDefinition,
  answers: Answers,
  stats: PopulationStats,
): ScaleResult {
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
    return {
      ...base,
      noScore: { ...own.noScore, message: noScoreMessage(own.noScore, own.itemCount) },
      band: null,
      bandNote: `There is no range because this ${scale.kind} has no score.`,
      percentile: null,
    };
  }
  const population = stats.scales[scale.id] as ScalePopulation;
  const enough = population.scores.length >= MINIMUM_FOR_NORMS;
  return {
    ...base,
    ...bandFor(definition, scale, own.mean, population),
    percentile: enough ? percentileRankInSorted(own.mean, population.scores) : null,
  };
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
  | { alpha: number; alphaFrom: "published" | "practice"; note: string }
  | { alpha: null; note: string };

function bandFor(
  definition: InstrumentDefinition,
  scale: ScaleDefinition,
  score: number,
  population: ScalePopulation,
): { band: ScoreBand | null; bandNote: string } {
  const { scores, sd } = population;
  if (scores.length < MINIMUM_FOR_NORMS || sd === null) {
    return { band: null, bandNote: notEnoughScoresNote(scale, scores.length) };
  }
  const reliability =
    scale.alpha === null
      ? practiceReliability(scale, population)
      : publishedReliability(scale.alpha, scores.length);
  if (reliability.alpha === null) return { band: null, bandNote: reliability.note };
  const sem = standardErrorOfMeasurement(sd, reliability.alpha);
  if (sem === null) return { band: null, bandNote: unusableReliabilityNote(scale) };
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
  return { band, bandNote: reliability.note };
}

function publishedReliability(alpha: number, scoredCount: number): Reliability {
  return {
    alpha,
    alphaFrom: "published",
    note: `Range based on the reliability published by the source and the spread of scores across this practice's ${scoredCount} responses.`,
  };
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
  if (completeRows < MINIMUM_FOR_NORMS) {
    return { alpha: null, note: notEnoughCompleteNote(scale, completeRows) };
  }
  if (alpha === null) return { alpha: null, note: unusableReliabilityNote(scale) };
  return {
    alpha,
    alphaFrom: "practice",
    note: `Reliability computed from this practice's ${completeRows} responses that answered all of its statements, because the source publishes none for this ${scale.kind}.`,
  };
}

function notEnoughScoresNote(scale: ScaleDefinition, count: number): string {
  return `The range around this score is not available yet: it needs ${MINIMUM_FOR_NORMS} responses in this practice with a score on this ${scale.kind}. ${soFar(count)}`;
}

function notEnoughCompleteNote(scale: ScaleDefinition, count: number): string {
  return `The range around this score is not available yet: the source publishes no reliability for this ${scale.kind}, so it is computed from this practice once ${MINIMUM_FOR_NORMS} responses have answered all of its statements. ${soFar(count)}`;
}

function unusableReliabilityNote(scale: ScaleDefinition): string {
  return `There is no range: the answers in this practice do not yet give a usable reliability for this ${scale.kind}.`;
}

function soFar(count: number): string {
  const missing = MINIMUM_FOR_NORMS - count;
  const there = count === 1 ? "There is 1" : `There are ${count}`;
  return `${there} so far, so ${missing} more ${missing === 1 ? "is" : "are"} needed.`;
}
