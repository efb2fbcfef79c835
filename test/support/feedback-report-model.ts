import type { CompetencyModel, Rating } from "../../src/domain/feedback/competency-model";
import { itemIds } from "../../src/domain/feedback/model-rules";
import type { RaterGroup } from "../../src/domain/feedback/rater-groups";
import { buildReport } from "../../src/domain/feedback/report";
import type {
  FeedbackReport,
  RaterResponse,
  ReportInput,
} from "../../src/domain/feedback/report-types";

/** A small competency model for the report's unit tests: three competencies of four behaviours. */
const competency = (id: string, name: string, prefix: string) => ({
  id,
  name,
  description: `About ${name.toLowerCase()}.`,
  items: [1, 2, 3, 4].map((n) => ({ id: `${prefix}${n}`, text: `Behaviour ${prefix}${n}.` })),
});

export const model: CompetencyModel = {
  id: "test-model",
  version: 1,
  name: "Test leadership model",
  summary: "Three competencies of four behaviours.",
  instructions: "Rate how often you see each behaviour.",
  competencies: [
    competency("direction", "Setting direction", "d"),
    competency("people", "Developing others", "p"),
    competency("results", "Delivering results", "r"),
  ],
  openQuestions: [
    { id: "start", text: "What should this person start doing?" },
    { id: "stop", text: "What should this person stop doing?" },
    { id: "continue", text: "What should this person continue doing?" },
  ],
};
export const ITEMS = itemIds(model);

/** Every behaviour rated `value`, then the given exceptions (undefined leaves one unanswered). */
export function ratings(value: Rating, except: Record<string, Rating | undefined> = {}) {
  const all: Record<string, Rating> = Object.fromEntries(ITEMS.map((id) => [id, value]));
  for (const [id, rating] of Object.entries(except)) {
    if (rating === undefined) delete all[id];
    else all[id] = rating;
  }
  return all;
}

export function raters(group: RaterGroup, ...each: Record<string, Rating>[]): RaterResponse[] {
  return each.map((r) => ({ group, ratings: r }));
}

export function same(count: number, group: RaterGroup, value: Rating): RaterResponse[] {
  return raters(group, ...Array.from({ length: count }, () => ratings(value)));
}

/** Raters of one group whose answers to each item are given column-wise: `d1: [2, 4, 5]`. */
export function columns(
  group: RaterGroup,
  fill: Rating,
  byItem: Record<string, (Rating | undefined)[]>,
) {
  const count = Math.max(...Object.values(byItem).map((values) => values.length));
  return raters(
    group,
    ...Array.from({ length: count }, (_, r) =>
      ratings(fill, Object.fromEntries(Object.entries(byItem).map(([id, v]) => [id, v[r]]))),
    ),
  );
}

export function report(
  responses: RaterResponse[],
  options: Partial<ReportInput> = {},
): FeedbackReport {
  return buildReport({
    model,
    threshold: 3,
    managerIdentified: false,
    self: null,
    responses,
    comments: [],
    ...options,
  });
}

export const item = (r: FeedbackReport, id: string) => {
  const found = r.items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};
