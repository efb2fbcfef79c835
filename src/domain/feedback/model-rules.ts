import type { FieldProblem } from "../field-problem";
import type { CompetencyModel } from "./competency-model";

export const ITEMS_PER_COMPETENCY = { min: 3, max: 8 } as const;
export const COMPETENCIES = { min: 1, max: 15 } as const;
export const OPEN_QUESTIONS_MAX = 5;
/** The longest id of a competency, behaviour or open question. */
export const ID_MAX_LENGTH = 100;

/**
 * The rules a competency model follows beyond its shape, for Keel's files and for a coach's own
 * copy alike: ids unique (item ids across the whole model, since ratings are keyed by them),
 * a sensible number of competencies and behaviours, and no empty texts.
 */
export function modelProblems(model: Omit<CompetencyModel, "id" | "version">): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  if (model.name.trim() === "") add("name", "Give the model a name");
  const { competencies, openQuestions } = model;
  if (competencies.length < COMPETENCIES.min || competencies.length > COMPETENCIES.max)
    add("competencies", `Give ${COMPETENCIES.min} to ${COMPETENCIES.max} competencies`);
  const competencyIds = new Set<string>();
  const itemIds = new Set<string>();
  competencies.forEach((competency, c) => {
    const at = `competencies.${c}`;
    if (!validId(competency.id)) add(`${at}.id`, "Use letters, digits and hyphens");
    if (competencyIds.has(competency.id)) add(`${at}.id`, `"${competency.id}" is used twice`);
    competencyIds.add(competency.id);
    if (competency.name.trim() === "") add(`${at}.name`, "Give the competency a name");
    const { min, max } = ITEMS_PER_COMPETENCY;
    if (competency.items.length < min || competency.items.length > max)
      add(`${at}.items`, `Give ${min} to ${max} behaviours`);
    competency.items.forEach((item, i) => {
      if (!validId(item.id)) add(`${at}.items.${i}.id`, "Use letters, digits and hyphens");
      if (itemIds.has(item.id)) add(`${at}.items.${i}.id`, `"${item.id}" is used twice`);
      itemIds.add(item.id);
      if (item.text.trim() === "") add(`${at}.items.${i}.text`, "Describe the behaviour");
    });
  });
  if (openQuestions.length > OPEN_QUESTIONS_MAX)
    add("openQuestions", `Ask at most ${OPEN_QUESTIONS_MAX} open questions`);
  const questionIds = new Set<string>();
  openQuestions.forEach((question, q) => {
    if (!validId(question.id)) add(`openQuestions.${q}.id`, "Use letters, digits and hyphens");
    if (questionIds.has(question.id))
      add(`openQuestions.${q}.id`, `"${question.id}" is used twice`);
    questionIds.add(question.id);
    if (question.text.trim() === "") add(`openQuestions.${q}.text`, "Write the question");
  });
  return problems;
}

function validId(id: string): boolean {
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) && id.length <= ID_MAX_LENGTH;
}

export function itemIds(model: Pick<CompetencyModel, "competencies">): string[] {
  return model.competencies.flatMap((competency) => competency.items.map((item) => item.id));
}
