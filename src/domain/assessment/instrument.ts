/**
 * A questionnaire as data: one version of an instrument, loaded from a file in content/instruments
 * and stored whole in the database. A response is kept against the exact version it was taken on,
 * so an edit to a file (which must come with a new version number) never changes an old result.
 */
export interface InstrumentDefinition {
  /** Stable across versions, e.g. "ipip-bffm-50". */
  id: string;
  /** 1, 2, ...: any change to items, keys, scales or texts needs a new version. */
  version: number;
  name: string;
  /** Short name for lists and headings, e.g. "Big-Five markers (50 items)". */
  shortName: string;
  /** What it measures, in a sentence or two a leader understands. */
  summary: string;
  /** Minutes most people need. */
  minutes: number;
  license: string;
  /** The public-domain statement, quoted from its source. */
  licenseStatement: string;
  source: string;
  citations: string[];
  /** Notices to show with results, e.g. that the IPIP-NEO is not the NEO PI-R. */
  notices: string[];
  instructions: string;
  /** The answer options, lowest value first (IPIP: 1 Very Inaccurate .. 5 Very Accurate). */
  responseScale: ResponseOption[];
  /** The order items are shown in, a page at a time. */
  itemsPerPage: number;
  items: InstrumentItem[];
  /** Every scored scale: the IPIP-50's five scales, or the IPIP-NEO's 5 domains and 30 facets. */
  scales: ScaleDefinition[];
  scoring: ScoringRule;
}

export interface ResponseOption {
  value: number;
  label: string;
}

export interface InstrumentItem {
  id: string;
  text: string;
  /** "+": the answer counts as given; "-": it counts as (lowest + highest) minus the answer. */
  keyed: "+" | "-";
}

export interface ScaleDefinition {
  id: string;
  name: string;
  /** "domain" scales group facets; a plain "scale" stands alone. */
  kind: "scale" | "domain" | "facet";
  /** The domain a facet belongs to. */
  parent?: string;
  /** The items scored on this scale (a domain lists all the items of its facets). */
  items: string[];
  /** Cronbach's alpha published for the scale, or null where the source gives none. */
  alpha: number | null;
  /** Where the alpha comes from, e.g. "IPIP key page, Internet sample of N = 619,150". */
  alphaSource?: string;
  interpretation: ScaleInterpretation;
  /**
   * Which end tends to help a leader, for proposing strengths and development areas; "high"
   * unless told. The IPIP-NEO's Neuroticism runs the other way from the IPIP-50's Emotional
   * Stability, so it and its facets say "low".
   */
  strengthPole?: "high" | "low";
}

/** Plain-language texts for leaders: no clinical words, no judgement of the person. */
export interface ScaleInterpretation {
  /** What the scale is about. */
  about: string;
  /** What a high score tends to mean at work. */
  high: string;
  /** What a low score tends to mean at work. */
  low: string;
}

export interface ScoringRule {
  /** A scale score is the mean of its items' keyed values. */
  method: "mean";
  /** A scale with more than this share of its items unanswered gets no score (IPIP: 0.2). */
  maxMissingShare: number;
}

/** Answers by item id: the value chosen from the response scale. */
export type Answers = Readonly<Record<string, number>>;
