// The views a sponsor's programme page offers, and the one test every set of shown views must
// pass (docs/decisions/031). A view is a conjunction of conditions: `{}` is the whole programme,
// `{ cohort: "c1" }` one cohort, `{ cohort: "c1", stage: "active" }` a filter. Shown views cut
// the counted people into atoms (people in exactly the same shown views); any figure a sponsor
// could compute from shown figures, by subtracting or adding them, is a figure over a union of
// atoms. So when every non-empty atom holds at least k people, no difference of views, and no
// view minus a sum of others, can single out fewer than k.

/** Conditions a person must meet to be in a view: attribute name to value; "cohort" is theirs. */
export type ViewWhere = Readonly<Record<string, string>>;

export const COHORT_ATTRIBUTE = "cohort";

export interface ViewMember {
  cohortId: string;
  attributes: Readonly<Record<string, string>>;
}

/** One key per view whatever the order of its conditions: `[]` is the programme. */
export function viewKey(where: ViewWhere): string {
  return JSON.stringify(Object.entries(where).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function isInView(member: ViewMember, where: ViewWhere): boolean {
  return viewMatcher(where)(member);
}

/** A test of membership in one view, its conditions read once. */
export function viewMatcher(where: ViewWhere): (member: ViewMember) => boolean {
  const conditions = Object.entries(where);
  return (member) =>
    conditions.every(([name, value]) =>
      name === COHORT_ATTRIBUTE ? member.cohortId === value : member.attributes[name] === value,
    );
}

/** Coarser views first (the programme, then cohorts, then finer filters), then by key. */
export function compareViews(a: ViewWhere, b: ViewWhere): number {
  const rank = (where: ViewWhere) => {
    const names = Object.keys(where);
    if (names.length === 1 && names[0] === COHORT_ATTRIBUTE) return 1;
    return names.length === 0 ? 0 : names.length + 1;
  };
  const byRank = rank(a) - rank(b);
  if (byRank !== 0) return byRank;
  const [keyA, keyB] = [viewKey(a), viewKey(b)];
  return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
}

/** The offered views, each once, in the order they are considered. */
export function canonicalViews(views: readonly ViewWhere[]): ViewWhere[] {
  const byKey = new Map(views.map((where) => [viewKey(where), where]));
  return [...byKey.values()].sort(compareViews);
}

/**
 * The atoms after one more set: each person's atom label (0 for people in no set yet) split by
 * whether they are in it. Null when an atom would hold 1..k-1 people: then some sum or difference
 * of the shown sets and this one would single them out.
 */
export function refineAtoms(
  labels: readonly number[],
  set: ReadonlySet<number>,
  threshold: number,
): number[] | null {
  const ids = new Map<number, number>();
  const sizes: number[] = [0];
  const refined = labels.map((label, person) => {
    const inSet = set.has(person);
    if (label === 0 && !inSet) return 0;
    const key = label * 2 + (inSet ? 1 : 0);
    let id = ids.get(key);
    if (id === undefined) {
      id = sizes.push(0) - 1;
      ids.set(key, id);
    }
    sizes[id] = (sizes[id] ?? 0) + 1;
    return id;
  });
  return sizes.slice(1).every((size) => size >= threshold) ? refined : null;
}
