import type { Answers, InstrumentDefinition, InstrumentItem, ScaleDefinition } from "./instrument";
import { sum } from "./statistics";

export type AnswerProblem =
  | { code: "unknown_item"; itemId: string }
  | { code: "out_of_scale"; itemId: string; value: number; allowed: number[] };

export interface NoScore {
  code: "too_many_missing";
  missing: number;
  allowedMissing: number;
}

export interface ScaleCounts {
  scaleId: string;
  itemCount: number;
  answered: number;
  missing: number;
}

export type ScaleScore = ScaleCounts &
  (
    | {
        /** The mean of the keyed values of the answered items, at full precision. */
        mean: number;
        /** Only when every item is answered: a sum with gaps is not comparable to a full one. */
        sum: number | null;
        noScore?: undefined;
      }
    | { mean: null; sum: null; noScore: NoScore }
  );

export function responseRange(definition: InstrumentDefinition): {
  lowest: number;
  highest: number;
} {
  return lookupsOf(definition).range;
}

export function allowedValues(definition: InstrumentDefinition): number[] {
  return definition.responseScale.map((option) => option.value);
}

export function isAllowedAnswer(definition: InstrumentDefinition, value: unknown): boolean {
  return Number.isInteger(value) && lookupsOf(definition).allowed.has(value as number);
}

/** "+" counts the answer as given; "-" mirrors it: (lowest + highest) - answer, 6 - a on 1..5. */
export function keyedValue(
  definition: InstrumentDefinition,
  item: InstrumentItem,
  answer: number,
): number {
  if (item.keyed === "+") return answer;
  const { lowest, highest } = responseRange(definition);
  return lowest + highest - answer;
}

export function answerProblem(
  definition: InstrumentDefinition,
  itemId: string,
  value: number,
): AnswerProblem | null {
  if (!itemIndex(definition).has(itemId)) return { code: "unknown_item", itemId };
  if (isAllowedAnswer(definition, value)) return null;
  return { code: "out_of_scale", itemId, value, allowed: allowedValues(definition) };
}

/**
 * Keyed values of a scale's items in scale order, undefined where unanswered.
 * A value that is not on the response scale counts as unanswered.
 */
export function keyedValuesOf(
  definition: InstrumentDefinition,
  scale: ScaleDefinition,
  answers: Answers,
): (number | undefined)[] {
  const items = itemIndex(definition);
  return scale.items.map((itemId) => {
    const item = items.get(itemId);
    if (!item) throw new Error(`Scale ${scale.id} lists ${itemId}, which is not an item`);
    const answer = Object.hasOwn(answers, itemId) ? answers[itemId] : undefined;
    return isAllowedAnswer(definition, answer)
      ? keyedValue(definition, item, answer as number)
      : undefined;
  });
}

/** The scale's keyed values when every item is answered, else null. */
export function completeKeyedValues(
  definition: InstrumentDefinition,
  scale: ScaleDefinition,
  answers: Answers,
): number[] | null {
  const values = keyedValuesOf(definition, scale, answers);
  return values.every(isNumber) ? values : null;
}

export function scoreScale(
  definition: InstrumentDefinition,
  scale: ScaleDefinition,
  answers: Answers,
): ScaleScore {
  const values = keyedValuesOf(definition, scale, answers).filter(isNumber);
  const itemCount = scale.items.length;
  const answered = values.length;
  const missing = itemCount - answered;
  const allowedMissing = allowedMissingItems(definition, itemCount);
  const counts = { scaleId: scale.id, itemCount, answered, missing };
  if (missing > allowedMissing || answered === 0) {
    const noScore: NoScore = { code: "too_many_missing", missing, allowedMissing };
    return { ...counts, mean: null, sum: null, noScore };
  }
  const total = sum(values);
  return { ...counts, mean: total / answered, sum: missing === 0 ? total : null };
}

/** One score per scale of the definition, in its order; answers to unknown items are ignored. */
export function scoreResponse(definition: InstrumentDefinition, answers: Answers): ScaleScore[] {
  return definition.scales.map((scale) => scoreScale(definition, scale, answers));
}

/** The most items a scale may miss and still be scored: 2 of 10, 4 of 24, 0 of 4 at 0.2. */
export function allowedMissingItems(definition: InstrumentDefinition, itemCount: number): number {
  // The small tolerance keeps products like 0.29 * 100 = 28.999999999999996 on their integer.
  return Math.floor(itemCount * definition.scoring.maxMissingShare + 1e-9);
}

interface Lookups {
  items: Map<string, InstrumentItem>;
  allowed: Set<number>;
  range: { lowest: number; highest: number };
}

// Scoring a practice's norms runs these lookups for every answer of every response: they are
// built once per definition, which never changes once loaded.
const lookups = new WeakMap<InstrumentDefinition, Lookups>();

function lookupsOf(definition: InstrumentDefinition): Lookups {
  let found = lookups.get(definition);
  if (!found) {
    const values = allowedValues(definition);
    found = {
      items: new Map(definition.items.map((item) => [item.id, item])),
      allowed: new Set(values),
      range: { lowest: Math.min(...values), highest: Math.max(...values) },
    };
    lookups.set(definition, found);
  }
  return found;
}

function itemIndex(definition: InstrumentDefinition): Map<string, InstrumentItem> {
  return lookupsOf(definition).items;
}

function isNumber(value: number | undefined): value is number {
  return value !== undefined;
}
