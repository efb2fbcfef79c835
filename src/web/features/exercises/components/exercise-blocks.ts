import type { Question, QuestionGroup } from "../../../../domain/exercise/template";

/** What a page shows in order: single questions, and each wheel's ratings together. */
export type Block =
  | { kind: "question"; question: Question; number: number }
  | { kind: "wheel"; group: QuestionGroup; questions: { question: Question; number: number }[] };

/** Splits the questions into blocks, numbering questions from 1 in their order. */
export function blocksOf(content: { questions: Question[]; groups: QuestionGroup[] }): Block[] {
  const groupOf = new Map<string, QuestionGroup>();
  for (const group of content.groups) for (const id of group.questionIds) groupOf.set(id, group);
  const blocks: Block[] = [];
  content.questions.forEach((question, index) => {
    const number = index + 1;
    const group = groupOf.get(question.id);
    const last = blocks.at(-1);
    if (!group) blocks.push({ kind: "question", question, number });
    else if (last?.kind === "wheel" && last.group === group)
      last.questions.push({ question, number });
    else blocks.push({ kind: "wheel", group, questions: [{ question, number }] });
  });
  return blocks;
}
