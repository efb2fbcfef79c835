import type { ModelContent, ModelView } from "../../../../contract/competency-models";
import type {
  BehaviourItem,
  Competency,
  OpenQuestion,
} from "../../../../domain/feedback/competency-model";
import { ITEMS_PER_COMPETENCY } from "../../../../domain/feedback/model-rules";

/** The editable part of a model as the server sent it. */
export function draftOf(model: ModelView): ModelContent {
  return {
    name: model.name,
    summary: model.summary,
    instructions: model.instructions,
    competencies: model.competencies,
    openQuestions: model.openQuestions,
  };
}

/** Every id used in a model: competencies, behaviours and open questions. */
export function idsOf(model: ModelContent): Set<string> {
  return new Set([
    ...model.competencies.flatMap((c) => [c.id, ...c.items.map((item) => item.id)]),
    ...model.openQuestions.map((question) => question.id),
  ]);
}

/**
 * A short id not used in the model: the prefix and six random letters or digits. Random rather
 * than counted, so that an id deleted in an earlier version never comes back meaning something
 * else: results of two campaigns are compared by item id.
 */
export function newId(prefix: string, taken: ReadonlySet<string>, random = randomSuffix): string {
  for (;;) {
    const id = `${prefix}-${random()}`;
    if (!taken.has(id)) return id;
  }
}

function randomSuffix(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return Array.from(bytes, (byte) => (byte % 36).toString(36)).join("");
}

/** A new competency with as few empty behaviours as the rules allow. */
export function newCompetency(model: ModelContent): Competency {
  const taken = idsOf(model);
  const id = newId("c", taken);
  taken.add(id);
  const items: BehaviourItem[] = [];
  for (let i = 0; i < ITEMS_PER_COMPETENCY.min; i += 1) {
    const item = { id: newId("b", taken), text: "" };
    taken.add(item.id);
    items.push(item);
  }
  return { id, name: "", description: "", items };
}

export function newBehaviour(model: ModelContent): BehaviourItem {
  return { id: newId("b", idsOf(model)), text: "" };
}

export function newOpenQuestion(model: ModelContent): OpenQuestion {
  return { id: newId("q", idsOf(model)), text: "" };
}

/** The content as it will be saved: texts trimmed, as the server trims them. */
export function tidyModel(model: ModelContent): ModelContent {
  return {
    name: model.name.trim(),
    summary: model.summary.trim(),
    instructions: model.instructions.trim(),
    competencies: model.competencies.map((c) => ({
      id: c.id,
      name: c.name.trim(),
      description: c.description.trim(),
      items: c.items.map((item) => ({ id: item.id, text: item.text.trim() })),
    })),
    openQuestions: model.openQuestions.map((q) => ({ id: q.id, text: q.text.trim() })),
  };
}

/** "9 competencies · 45 behaviours" */
export function sizeText({
  competencyCount,
  itemCount,
}: {
  competencyCount: number;
  itemCount: number;
}) {
  const competencies = competencyCount === 1 ? "1 competency" : `${competencyCount} competencies`;
  const behaviours = itemCount === 1 ? "1 behaviour" : `${itemCount} behaviours`;
  return `${competencies} · ${behaviours}`;
}
