import { planUnits } from "./anonymity";
import {
  type BehaviourItem,
  type Competency,
  type CompetencyModel,
  FREQUENCY_SCALE,
  type Rating,
  SCALE_MAX,
  SCALE_MIN,
} from "./competency-model";
import { lateRaters } from "./late-raters";
import { MINIMUM_ANONYMITY_THRESHOLD, RATER_GROUPS, type RaterGroup } from "./rater-groups";
import type {
  Cell,
  CommentSection,
  CompetencyResult,
  FeedbackReport,
  ItemHighlight,
  ItemResult,
  RaterResponse,
  ReportInput,
  ReportRules,
  ReportUnit,
  StoredComment,
  UnitExtremes,
} from "./report-types";

/** Self and others this many scale points apart make a blind spot or a hidden strength. */
export const GAP = 1.0;
/** The length of the strengths and the development areas lists. */
export const HIGHLIGHTS = 5;
/** Means are quotients: a gap of exactly 1.0 must not be lost to rounding. */
const TOLERANCE = 1e-9;

/**
 * The report of a campaign. Which groups show is planned from the response counts (anonymity.ts);
 * then every figure, the all-raters ones included, is computed from shown cells only, so nothing
 * hidden can be recovered by subtracting one shown figure from another.
 */
export function buildReport(input: ReportInput): FeedbackReport {
  const threshold = Math.max(input.threshold, MINIMUM_ANONYMITY_THRESHOLD);
  const { units } = planUnits(
    countByGroup(input.responses),
    threshold,
    input.managerIdentified,
    input.invitedGroups,
  );
  const entries = modelItems(input.model);
  const tallies = tallyAnswers(entries, units, input.responses);
  const items = entries.map((entry, i) =>
    itemResult(entry, units, tallies[i] as Tally[], input.self),
  );
  const competencies = input.model.competencies.map((c) => competencyResult(c, units, items));
  const names = new Map(input.model.competencies.map((c) => [c.id, c.name]));
  const highlight = (item: ItemResult, figure: number) => highlightOf(item, figure, names);
  const shownResponses = units.reduce((sum, unit) => sum + unit.responses, 0);
  return {
    modelName: input.model.name,
    threshold,
    managerIdentified: input.managerIdentified,
    scale: { min: SCALE_MIN, max: SCALE_MAX, labels: FREQUENCY_SCALE.map((s) => s.label) },
    selfRated: input.self !== null,
    units,
    responses: shownResponses,
    withheldResponses: input.responses.length - shownResponses,
    competencies,
    items,
    ...strengthsAndDevelopmentAreas(items, highlight),
    ...gaps(items, highlight),
    extremesByUnit: units.map((unit) => unitExtremes(unit, items, highlight)),
    comments: commentSections(input.model, units, input.comments),
    rules: reportRules(threshold, input.managerIdentified),
    ...(input.addedLate
      ? { lateRaters: lateRaters(input.addedLate.count, input.addedLate.approved) }
      : {}),
  };
}

interface ModelItem {
  item: BehaviourItem;
  competencyId: string;
}

/** Counts of 1..5 and of "not observed" for one item from one unit. */
interface Tally {
  counts: number[];
  notObserved: number;
}

function countByGroup(responses: readonly RaterResponse[]): Record<RaterGroup, number> {
  const counts = Object.fromEntries(RATER_GROUPS.map((g) => [g, 0])) as Record<RaterGroup, number>;
  for (const response of responses) counts[response.group] += 1;
  return counts;
}

function modelItems(model: CompetencyModel): ModelItem[] {
  return model.competencies.flatMap((c) => c.items.map((item) => ({ item, competencyId: c.id })));
}

/** One pass over the answers: each rating into its item's and unit's tally. */
function tallyAnswers(
  entries: ModelItem[],
  units: ReportUnit[],
  responses: readonly RaterResponse[],
): Tally[][] {
  const unitIndex = new Map<RaterGroup, number>();
  units.forEach((unit, u) => {
    for (const group of unit.groups) unitIndex.set(group, u);
  });
  const tallies = entries.map(() => units.map(emptyTally));
  for (const response of responses) {
    const u = unitIndex.get(response.group);
    if (u === undefined) continue;
    entries.forEach(({ item }, i) => {
      addRating(tallies[i]?.[u] as Tally, ratingOf(response.ratings, item.id));
    });
  }
  return tallies;
}

function emptyTally(): Tally {
  return { counts: [0, 0, 0, 0, 0], notObserved: 0 };
}

function ratingOf(
  ratings: Readonly<Record<string, Rating>> | null,
  itemId: string,
): Rating | undefined {
  return ratings && Object.hasOwn(ratings, itemId) ? ratings[itemId] : undefined;
}

function addRating(tally: Tally, rating: Rating | undefined): void {
  if (rating === null) tally.notObserved += 1;
  else if (isOnScale(rating)) increase(tally.counts, rating - SCALE_MIN, 1);
}

function isOnScale(rating: unknown): rating is number {
  return (
    Number.isInteger(rating) && (rating as number) >= SCALE_MIN && (rating as number) <= SCALE_MAX
  );
}

function increase(counts: number[], index: number, by: number): void {
  counts[index] = (counts[index] ?? 0) + by;
}

function pooled(tallies: Tally[]): Tally {
  const sum = emptyTally();
  for (const tally of tallies) {
    tally.counts.forEach((count, v) => {
      increase(sum.counts, v, count);
    });
    sum.notObserved += tally.notObserved;
  }
  return sum;
}

/** A tally as a cell, when it rests on enough answers; from counts alone, so order never matters. */
function cellOf(tally: Tally, threshold: number): Cell | null {
  const n = tally.counts.reduce((sum, count) => sum + count, 0);
  if (n === 0 || n < threshold) return null;
  const values = tally.counts.map((_, v) => v + SCALE_MIN);
  const mean = tally.counts.reduce((sum, count, v) => sum + count * (values[v] as number), 0) / n;
  const squares = tally.counts.reduce(
    (sum, count, v) => sum + count * ((values[v] as number) - mean) ** 2,
    0,
  );
  return {
    n,
    mean,
    sd: Math.sqrt(squares / n),
    distribution: [...tally.counts] as Cell["distribution"],
    notObserved: tally.notObserved,
  };
}

function itemResult(
  { item, competencyId }: ModelItem,
  units: ReportUnit[],
  tallies: Tally[],
  self: ReportInput["self"],
): ItemResult {
  const byUnit: Record<string, Cell | null> = {};
  const shown: Tally[] = [];
  units.forEach((unit, u) => {
    const tally = tallies[u] as Tally;
    const cell = cellOf(tally, unit.threshold);
    byUnit[unit.id] = cell;
    if (cell) shown.push(tally);
  });
  const others = shown.length > 0 ? cellOf(pooled(shown), 1) : null;
  const own = ratingOf(self, item.id);
  return {
    id: item.id,
    text: item.text,
    competencyId,
    self: isOnScale(own) ? own : null,
    others,
    byUnit,
    split: others !== null && isSplit(others),
  };
}

/** At least a quarter of the answers at each end: 1-2 and 4-5. */
function isSplit({ n, distribution: [one, two, , four, five] }: Cell): boolean {
  return (one + two) * 4 >= n && (four + five) * 4 >= n;
}

function competencyResult(
  competency: Competency,
  units: ReportUnit[],
  items: ItemResult[],
): CompetencyResult {
  const own = items.filter((item) => item.competencyId === competency.id);
  const others = meanOfMost(own.map((item) => item.others?.mean ?? null));
  const selfRatings = own.flatMap((item) => (item.self === null ? [] : [item.self]));
  const self = selfRatings.length > 0 ? mean(selfRatings) : null;
  return {
    id: competency.id,
    name: competency.name,
    description: competency.description,
    self,
    others,
    byUnit: Object.fromEntries(
      units.map((unit) => [unit.id, meanOfMost(own.map((i) => i.byUnit[unit.id]?.mean ?? null))]),
    ),
    gap: self !== null && others !== null ? self - others : null,
  };
}

/** The mean of the known values, when at least half of them are known. */
function meanOfMost(values: (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null);
  return known.length > 0 && known.length * 2 >= values.length ? mean(known) : null;
}

function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

type Highlight = (item: ItemResult, figure: number) => ItemHighlight;

function highlightOf(item: ItemResult, figure: number, names: Map<string, string>): ItemHighlight {
  return {
    itemId: item.id,
    competencyId: item.competencyId,
    competency: names.get(item.competencyId) ?? "",
    text: item.text,
    self: item.self,
    others: figure,
  };
}

type Rated = ItemResult & { others: Cell };

function rated(items: ItemResult[]): Rated[] {
  return items.filter((item): item is Rated => item.others !== null);
}

/**
 * The highest and lowest others' means; ties go to the earlier item of the model (the sort is
 * stable). Each list takes at most half the rated items, so no item is in both.
 */
function strengthsAndDevelopmentAreas(items: ItemResult[], highlight: Highlight) {
  const candidates = rated(items);
  const length = Math.min(HIGHLIGHTS, Math.floor(candidates.length / 2));
  const strengths = [...candidates].sort((a, b) => b.others.mean - a.others.mean).slice(0, length);
  const developmentAreas = [...candidates]
    .sort((a, b) => a.others.mean - b.others.mean)
    .filter((item) => !strengths.includes(item))
    .slice(0, length);
  const show = (item: Rated) => highlight(item, item.others.mean);
  return { strengths: strengths.map(show), developmentAreas: developmentAreas.map(show) };
}

function gaps(items: ItemResult[], highlight: Highlight) {
  const compared = rated(items).flatMap((item) =>
    item.self === null ? [] : [{ item, gap: item.self - item.others.mean }],
  );
  const beyond = (sign: 1 | -1) =>
    compared
      .filter(({ gap }) => sign * gap >= GAP - TOLERANCE)
      .sort((a, b) => sign * (b.gap - a.gap))
      .map(({ item }) => highlight(item, item.others.mean));
  return { blindSpots: beyond(1), hiddenStrengths: beyond(-1) };
}

function unitExtremes(unit: ReportUnit, items: ItemResult[], highlight: Highlight): UnitExtremes {
  const shown = items.flatMap((item) => {
    const cell = item.byUnit[unit.id];
    return cell ? [{ item, mean: cell.mean }] : [];
  });
  const highest = shown.reduce<(typeof shown)[number] | null>(
    (best, s) => (!best || s.mean > best.mean ? s : best),
    null,
  );
  const lowest = shown
    .filter((s) => s !== highest)
    .reduce<(typeof shown)[number] | null>(
      (worst, s) => (!worst || s.mean < worst.mean ? s : worst),
      null,
    );
  return {
    unitId: unit.id,
    label: unit.label,
    highest: highest && highlight(highest.item, highest.mean),
    lowest: lowest && highlight(lowest.item, lowest.mean),
  };
}

/** Comments of shown units only, under their question, in the order given (a shuffle). */
function commentSections(
  model: CompetencyModel,
  units: ReportUnit[],
  comments: readonly StoredComment[],
): CommentSection[] {
  const unitLabel = new Map<RaterGroup, string>();
  for (const unit of units) for (const group of unit.groups) unitLabel.set(group, unit.label);
  const byQuestion = new Map(
    model.openQuestions.map((q) => [q.id, [] as CommentSection["comments"]]),
  );
  for (const comment of comments) {
    const unit = unitLabel.get(comment.group);
    const section = byQuestion.get(comment.questionId);
    if (unit && section && comment.text.trim() !== "") section.push({ unit, text: comment.text });
  }
  return model.openQuestions.map((q) => ({
    questionId: q.id,
    question: q.text,
    comments: byQuestion.get(q.id) ?? [],
  }));
}

function reportRules(threshold: number, managerIdentified: boolean): ReportRules {
  const manager = managerIdentified
    ? " The manager's answers are shown on their own, from one answer: raters were told so when invited."
    : "";
  return {
    threshold:
      `A group's results are shown only when at least ${threshold} people in it answered, and ` +
      `a behaviour's figures only when at least ${threshold} of them rated it ("not observed" ` +
      `does not count).${manager}`,
    merging:
      `Groups with fewer than ${threshold} responses are combined as "Other colleagues". If ` +
      `together they are still fewer than ${threshold}, they join the smallest group shown, or, ` +
      "if there is none, their answers are left out of every figure. The figures for all " +
      "raters are computed only from the results that are shown.",
    strengths:
      `Strengths are the ${HIGHLIGHTS} behaviours with the highest average rating from others; ` +
      `development areas the ${HIGHLIGHTS} with the lowest (each list takes at most half of ` +
      "the behaviours shown, and none is in both).",
    blindSpot:
      `A blind spot is a behaviour whose self-rating is at least ${GAP.toFixed(1)} point ` +
      "higher than others' average rating.",
    hiddenStrength:
      `A hidden strength is a behaviour whose average rating from others is at least ` +
      `${GAP.toFixed(1)} point higher than the self-rating.`,
    split:
      "Views are split on a behaviour when at least a quarter of others' ratings are 1 or 2 " +
      `("${FREQUENCY_SCALE[0].label}" or "${FREQUENCY_SCALE[1].label}") and at least a quarter ` +
      `are 4 or 5 ("${FREQUENCY_SCALE[3].label}" or "${FREQUENCY_SCALE[4].label}").`,
  };
}
