import type {
  Answers,
  InstrumentDefinition,
  InstrumentItem,
  ScaleDefinition,
} from "../../src/domain/assessment/instrument";

/** Small hand-made instruments for tests. Interpretation texts are placeholders. */

const PLACEHOLDER_TEXT = { about: "Test text.", high: "Test text.", low: "Test text." };

const IPIP_RESPONSE_SCALE = [
  { value: 1, label: "Very Inaccurate" },
  { value: 2, label: "Moderately Inaccurate" },
  { value: 3, label: "Neither Inaccurate nor Accurate" },
  { value: 4, label: "Moderately Accurate" },
  { value: 5, label: "Very Accurate" },
];

/** Copied from content/instruments/ipip-bffm-50: items, keys, scales and alphas. */
const IPIP_50_ITEMS: (InstrumentItem & { scale: string })[] = [
  { id: "E1", text: "Am the life of the party.", keyed: "+", scale: "extraversion" },
  { id: "A1", text: "Am interested in people.", keyed: "+", scale: "agreeableness" },
  { id: "C1", text: "Am always prepared.", keyed: "+", scale: "conscientiousness" },
  { id: "ES1", text: "Am relaxed most of the time.", keyed: "+", scale: "emotional_stability" },
  { id: "I1", text: "Have a rich vocabulary.", keyed: "+", scale: "intellect_imagination" },
  { id: "E2", text: "Feel comfortable around people.", keyed: "+", scale: "extraversion" },
  { id: "A2", text: "Sympathize with others' feelings.", keyed: "+", scale: "agreeableness" },
  { id: "C2", text: "Pay attention to details.", keyed: "+", scale: "conscientiousness" },
  { id: "ES2", text: "Seldom feel blue.", keyed: "+", scale: "emotional_stability" },
  { id: "I2", text: "Have a vivid imagination.", keyed: "+", scale: "intellect_imagination" },
  { id: "E3", text: "Start conversations.", keyed: "+", scale: "extraversion" },
  { id: "A3", text: "Have a soft heart.", keyed: "+", scale: "agreeableness" },
  { id: "C3", text: "Get chores done right away.", keyed: "+", scale: "conscientiousness" },
  { id: "ES3", text: "Get stressed out easily.", keyed: "-", scale: "emotional_stability" },
  { id: "I3", text: "Have excellent ideas.", keyed: "+", scale: "intellect_imagination" },
  {
    id: "E4",
    text: "Talk to a lot of different people at parties.",
    keyed: "+",
    scale: "extraversion",
  },
  { id: "A4", text: "Take time out for others.", keyed: "+", scale: "agreeableness" },
  { id: "C4", text: "Like order.", keyed: "+", scale: "conscientiousness" },
  { id: "ES4", text: "Worry about things.", keyed: "-", scale: "emotional_stability" },
  { id: "I4", text: "Am quick to understand things.", keyed: "+", scale: "intellect_imagination" },
  {
    id: "E5",
    text: "Don't mind being the center of attention.",
    keyed: "+",
    scale: "extraversion",
  },
  { id: "A5", text: "Feel others' emotions.", keyed: "+", scale: "agreeableness" },
  { id: "C5", text: "Follow a schedule.", keyed: "+", scale: "conscientiousness" },
  { id: "ES5", text: "Am easily disturbed.", keyed: "-", scale: "emotional_stability" },
  { id: "I5", text: "Use difficult words.", keyed: "+", scale: "intellect_imagination" },
  { id: "E6", text: "Don't talk a lot.", keyed: "-", scale: "extraversion" },
  { id: "A6", text: "Make people feel at ease.", keyed: "+", scale: "agreeableness" },
  { id: "C6", text: "Am exacting in my work.", keyed: "+", scale: "conscientiousness" },
  { id: "ES6", text: "Get upset easily.", keyed: "-", scale: "emotional_stability" },
  {
    id: "I6",
    text: "Spend time reflecting on things.",
    keyed: "+",
    scale: "intellect_imagination",
  },
  { id: "E7", text: "Keep in the background.", keyed: "-", scale: "extraversion" },
  { id: "A7", text: "Am not really interested in others.", keyed: "-", scale: "agreeableness" },
  { id: "C7", text: "Leave my belongings around.", keyed: "-", scale: "conscientiousness" },
  { id: "ES7", text: "Change my mood a lot.", keyed: "-", scale: "emotional_stability" },
  { id: "I7", text: "Am full of ideas.", keyed: "+", scale: "intellect_imagination" },
  { id: "E8", text: "Have little to say.", keyed: "-", scale: "extraversion" },
  { id: "A8", text: "Insult people.", keyed: "-", scale: "agreeableness" },
  { id: "C8", text: "Make a mess of things.", keyed: "-", scale: "conscientiousness" },
  { id: "ES8", text: "Have frequent mood swings.", keyed: "-", scale: "emotional_stability" },
  {
    id: "I8",
    text: "Have difficulty understanding abstract ideas.",
    keyed: "-",
    scale: "intellect_imagination",
  },
  { id: "E9", text: "Don't like to draw attention to myself.", keyed: "-", scale: "extraversion" },
  {
    id: "A9",
    text: "Am not interested in other people's problems.",
    keyed: "-",
    scale: "agreeableness",
  },
  {
    id: "C9",
    text: "Often forget to put things back in their proper place.",
    keyed: "-",
    scale: "conscientiousness",
  },
  { id: "ES9", text: "Get irritated easily.", keyed: "-", scale: "emotional_stability" },
  {
    id: "I9",
    text: "Am not interested in abstract ideas.",
    keyed: "-",
    scale: "intellect_imagination",
  },
  { id: "E10", text: "Am quiet around strangers.", keyed: "-", scale: "extraversion" },
  { id: "A10", text: "Feel little concern for others.", keyed: "-", scale: "agreeableness" },
  { id: "C10", text: "Shirk my duties.", keyed: "-", scale: "conscientiousness" },
  { id: "ES10", text: "Often feel blue.", keyed: "-", scale: "emotional_stability" },
  {
    id: "I10",
    text: "Do not have a good imagination.",
    keyed: "-",
    scale: "intellect_imagination",
  },
];

const IPIP_50_SCALES = [
  { id: "extraversion", name: "Extraversion (Surgency)", alpha: 0.87 },
  { id: "agreeableness", name: "Agreeableness", alpha: 0.82 },
  { id: "conscientiousness", name: "Conscientiousness", alpha: 0.79 },
  { id: "emotional_stability", name: "Emotional Stability", alpha: 0.86 },
  { id: "intellect_imagination", name: "Intellect/Imagination", alpha: 0.84 },
];

const IPIP_LICENSE_STATEMENT =
  "Because the IPIP has been placed in the public domain, permission has already been automatically granted for any person to use IPIP items, scales, and inventories for any purpose, commercial or non-commercial.";

function baseDefinition(id: string, name: string) {
  return {
    id,
    version: 1,
    name,
    shortName: name,
    summary: "Test instrument.",
    minutes: 10,
    license: "Public domain (International Personality Item Pool)",
    licenseStatement: IPIP_LICENSE_STATEMENT,
    source: "https://ipip.ori.org",
    citations: [],
    notices: [],
    instructions: "Test instructions.",
    responseScale: IPIP_RESPONSE_SCALE,
    itemsPerPage: 10,
    scoring: { method: "mean" as const, maxMissingShare: 0.2 },
  };
}

export const ipipBffm50: InstrumentDefinition = {
  ...baseDefinition("ipip-bffm-50", "IPIP Big-Five Factor Markers (50 items)"),
  items: IPIP_50_ITEMS.map(({ id, text, keyed }) => ({ id, text, keyed })),
  scales: IPIP_50_SCALES.map(
    ({ id, name, alpha }): ScaleDefinition => ({
      id,
      name,
      kind: "scale",
      items: IPIP_50_ITEMS.filter((item) => item.scale === id).map((item) => item.id),
      alpha,
      interpretation: PLACEHOLDER_TEXT,
    }),
  ),
};

function item(id: string, keyed: "+" | "-"): InstrumentItem {
  return { id, text: `Statement ${id}.`, keyed };
}

/** F2, F5 and F9 are "-" keyed. */
const FOCUS_ITEMS = ["F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "F10"];
const FOCUS_MINUS = new Set(["F2", "F5", "F9"]);
/** D1..D24 in six facets of four; the last item of each facet (D4, D8, ... D24) is "-" keyed. */
const DRIVE_ITEMS = Array.from({ length: 24 }, (_, index) => `D${index + 1}`);
const DRIVE_FACETS = [1, 2, 3, 4, 5, 6].map((facet) =>
  DRIVE_ITEMS.slice((facet - 1) * 4, facet * 4),
);

/**
 * A 10-item stand-alone scale ("focus", published alpha .84) and a 24-item domain ("drive",
 * no published alpha, like the IPIP-NEO-120 domains) with six 4-item facets (alpha .70).
 */
export const practiceInstrument: InstrumentDefinition = {
  ...baseDefinition("practice-fixture", "Practice fixture"),
  items: [
    ...FOCUS_ITEMS.map((id) => item(id, FOCUS_MINUS.has(id) ? "-" : "+")),
    ...DRIVE_FACETS.flatMap((ids) => ids.map((id, index) => item(id, index === 3 ? "-" : "+"))),
  ],
  scales: [
    {
      id: "focus",
      name: "Focus",
      kind: "scale",
      items: FOCUS_ITEMS,
      alpha: 0.84,
      interpretation: PLACEHOLDER_TEXT,
    },
    {
      id: "drive",
      name: "Drive",
      kind: "domain",
      items: DRIVE_ITEMS,
      alpha: null,
      interpretation: PLACEHOLDER_TEXT,
    },
    ...DRIVE_FACETS.map(
      (items, index): ScaleDefinition => ({
        id: `drive_${index + 1}`,
        name: `Drive facet ${index + 1}`,
        kind: "facet",
        parent: "drive",
        items,
        alpha: 0.7,
        interpretation: PLACEHOLDER_TEXT,
      }),
    ),
  ],
};

/**
 * Answers every item so that its keyed value is keyedValueOf(itemId): a "-" item gets 6 - value.
 * Written out here, apart from scoring.ts, so tests do not check the keying with itself.
 */
export function answersWithKeyedValues(
  definition: InstrumentDefinition,
  keyedValueOf: (itemId: string) => number,
): Answers {
  return Object.fromEntries(
    definition.items.map(({ id, keyed }) => {
      const value = keyedValueOf(id);
      return [id, keyed === "+" ? value : 6 - value];
    }),
  );
}

export function uniformKeyedAnswers(definition: InstrumentDefinition, keyedValue: number): Answers {
  return answersWithKeyedValues(definition, () => keyedValue);
}

export function withoutItems(answers: Answers, itemIds: string[]): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([id]) => !itemIds.includes(id)));
}

export function repeat<T>(count: number, make: (index: number) => T): T[] {
  return Array.from({ length: count }, (_, index) => make(index));
}
