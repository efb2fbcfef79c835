import {
  canonicalViews,
  refineAtoms,
  type ViewMember,
  type ViewWhere,
  viewKey,
  viewMatcher,
} from "./aggregate-views";
import { meanInterval } from "./mean-interval";

// What a programme's sponsor sees (docs/decisions/031): aggregates only, per programme, cohort
// and the filters the page offers, never a figure about fewer than k people (5 unless the
// programme asks for more), and no figures that can be subtracted down to fewer than k.
// Each figure rests on a population: participation, sessions and goals on everyone enrolled;
// the change in a competency on those with both 360 rounds scored for it. Within a population:
// - a cohort with fewer than k people in it is withheld: left out of every figure, the
//   programme's too, so that it never hides inside a total beside the cohorts that show;
// - views are then considered coarse to fine (programme, cohorts, filters); one shows only if it
//   holds k or more counted people and, beside the views already shown, leaves every atom (people
//   in exactly the same shown views) at k or more: then every difference, and every view minus a
//   sum of others, is 0 or at least k people (aggregate-views.ts);
// - a competency's figures show only in views whose participation figures show, so that the
//   count of those with both rounds is never a count over a group the enrolled figures hide.
// This holds within one page of figures; pages of different days can still be compared when a
// view turns from hidden to shown (the limit decision 031 states).

export const SPONSOR_MIN_THRESHOLD = 5;

export interface ParticipantFacts extends ViewMember {
  participantId: string;
  started: boolean;
  sessionsHeld: number;
  goalsAchieved: number;
  /** Repeat score minus baseline score per competency, only where both 360 rounds scored it. */
  competencyChange: Readonly<Record<string, number>>;
}

export interface AggregateRequest {
  participants: readonly ParticipantFacts[];
  /** The filter combinations the page offers besides the programme and each cohort. */
  filters: readonly ViewWhere[];
  /**
   * The competencies of the programme's 360 model, in the order to show them: named by the model,
   * not gathered from the scores, so that a score in a withheld cohort cannot add a name.
   */
  competencyIds: readonly string[];
  /** The programme's k; never below SPONSOR_MIN_THRESHOLD. */
  threshold?: number;
}

export type RefusalCode = "not_offered" | "too_few" | "would_isolate";

export interface Refusal {
  code: RefusalCode;
  /** Words a route can send as they are: what is refused and why. */
  message: string;
}

export interface ProgrammeFigures {
  participants: number;
  started: number;
  sessionsHeld: number;
  goalsAchieved: number;
}

export type CompetencyFigure =
  | {
      competencyId: string;
      participants: number;
      meanChange: number;
      /** The mean change's 95% interval: a group this small could have moved anywhere in it. */
      interval: { low: number; high: number };
      refusal: null;
    }
  | { competencyId: string; refusal: Refusal };

export interface AggregateView {
  key: string;
  where: ViewWhere;
  /** Null when refused: then the view shows nothing at all. */
  figures: ProgrammeFigures | null;
  refusal: Refusal | null;
  /** Every competency of the programme, with its figure or why it is not shown. */
  competencies: CompetencyFigure[];
}

export interface SponsorAggregates {
  threshold: number;
  /** Cohorts under k, in no figure (a competency may leave out more: see `competencies`). */
  withheldCohorts: string[];
  competencies: { competencyId: string; withheldCohorts: string[] }[];
  views: AggregateView[];
}

export const sponsorThreshold = (requested?: number) =>
  Math.max(SPONSOR_MIN_THRESHOLD, requested ?? SPONSOR_MIN_THRESHOLD);

export function refusal(code: RefusalCode, k: number): Refusal {
  const messages: Record<RefusalCode, string> = {
    not_offered:
      "This page offers no such view; choose the programme, a cohort or one of its filters.",
    too_few: `Figures are shown only for groups of at least ${k} participants, and this one has fewer.`,
    would_isolate: `Beside the page's other figures this one would let a subtraction single out fewer than ${k} participants, so it is not shown.`,
  };
  return { code, message: messages[code] };
}

/** The sponsor's figures for every view the page offers: the programme, each cohort, each filter. */
export function sponsorAggregates(request: AggregateRequest): SponsorAggregates {
  const k = sponsorThreshold(request.threshold);
  const people = [...request.participants].sort((a, b) =>
    a.participantId < b.participantId ? -1 : a.participantId > b.participantId ? 1 : 0,
  );
  const cohorts = [...new Set(people.map((p) => p.cohortId))].sort();
  const views = canonicalViews([{}, ...cohorts.map((cohort) => ({ cohort })), ...request.filters]);
  const base = planPopulation(people, views, k);
  const shownViews = views.filter((where) => base.shown.has(viewKey(where)));
  const byCompetency = [...new Set(request.competencyIds)].map((id) => {
    const scored = people.filter((p) => Number.isFinite(p.competencyChange[id]));
    return { id, plan: planPopulation(scored, shownViews, k) };
  });
  return {
    threshold: k,
    withheldCohorts: base.withheldCohorts,
    competencies: byCompetency.map(({ id, plan }) => ({
      competencyId: id,
      withheldCohorts: plan.withheldCohorts,
    })),
    views: views.map((where) => {
      const key = viewKey(where);
      const members = base.shown.get(key);
      const refused = { key, where, figures: null, refusal: base.refused.get(key) ?? null };
      if (!members) return { ...refused, competencies: [] };
      return {
        ...refused,
        figures: programmeFigures(members),
        competencies: byCompetency.map(({ id, plan }) => competencyFigure(id, plan, key, k)),
      };
    }),
  };
}

/** The figures of one view, or why there are none; a view the page does not offer is refused. */
export function aggregateFor(
  aggregates: SponsorAggregates,
  where: ViewWhere,
): { view: AggregateView; refusal: null } | { view: null; refusal: Refusal } {
  const key = viewKey(where);
  const view = aggregates.views.find((candidate) => candidate.key === key);
  if (!view) return { view: null, refusal: refusal("not_offered", aggregates.threshold) };
  if (view.refusal) return { view: null, refusal: view.refusal };
  return { view, refusal: null };
}

interface PopulationPlan<T> {
  withheldCohorts: string[];
  shown: Map<string, T[]>;
  refused: Map<string, Refusal>;
}

/** Which views show for one population, and over whom (see the rule at the top). */
function planPopulation<T extends ViewMember>(
  population: readonly T[],
  views: readonly ViewWhere[],
  k: number,
): PopulationPlan<T> {
  const sizes = new Map<string, number>();
  for (const person of population)
    sizes.set(person.cohortId, (sizes.get(person.cohortId) ?? 0) + 1);
  const withheldCohorts = [...sizes]
    .filter(([, size]) => size < k)
    .map(([id]) => id)
    .sort();
  const counted = population.filter((person) => !withheldCohorts.includes(person.cohortId));
  const plan: PopulationPlan<T> = { withheldCohorts, shown: new Map(), refused: new Map() };
  let atoms = counted.map(() => 0);
  for (const where of views) {
    const isIn = viewMatcher(where);
    const set = new Set(counted.flatMap((person, i) => (isIn(person) ? [i] : [])));
    const key = viewKey(where);
    const refined = set.size < k ? null : refineAtoms(atoms, set, k);
    if (!refined) plan.refused.set(key, refusal(set.size < k ? "too_few" : "would_isolate", k));
    else {
      atoms = refined;
      plan.shown.set(
        key,
        [...set].map((i) => counted[i] as T),
      );
    }
  }
  return plan;
}

const hundredths = (value: number) => Math.round(value * 100) / 100;

function programmeFigures(members: readonly ParticipantFacts[]): ProgrammeFigures {
  return {
    participants: members.length,
    started: members.filter((p) => p.started).length,
    sessionsHeld: members.reduce((sum, p) => sum + p.sessionsHeld, 0),
    goalsAchieved: members.reduce((sum, p) => sum + p.goalsAchieved, 0),
  };
}

function competencyFigure(
  competencyId: string,
  plan: PopulationPlan<ParticipantFacts>,
  key: string,
  k: number,
): CompetencyFigure {
  const members = plan.shown.get(key);
  if (!members) return { competencyId, refusal: plan.refused.get(key) ?? refusal("too_few", k) };
  const changes = members.map((p) => p.competencyChange[competencyId] ?? 0);
  const found = meanInterval(changes) ?? { mean: changes[0] ?? 0, low: 0, high: 0 };
  return {
    competencyId,
    participants: members.length,
    meanChange: hundredths(found.mean),
    interval: { low: hundredths(found.low), high: hundredths(found.high) },
    refusal: null,
  };
}
