import { useState } from "react";
import type {
  ExerciseContent,
  Question,
  QuestionGroup,
  QuestionType,
} from "../../../../domain/exercise/template";
import { moved } from "../../../lib/moved";
import type { FieldProblems } from "../../../lib/use-field-problems";
import { newQuestion, QUESTION_TYPE_LABELS, reconcileGroups } from "./template-draft";

export type TemplateText = "title" | "purpose" | "instructions" | "minutes";

/**
 * The template being written, and its changes: each clears the problems it may have fixed, and a
 * change of the questions' order or number is announced to screen readers.
 */
export function useTemplateDraft(
  initial: ExerciseContent,
  { clearErrors, setErrors }: Pick<FieldProblems, "clearErrors" | "setErrors">,
) {
  const [draft, setDraft] = useState<ExerciseContent>(initial);
  const [announcement, setAnnouncement] = useState("");

  const setQuestions = (questions: Question[]) =>
    setDraft((d) => ({ ...d, questions, groups: reconcileGroups(questions, d.groups) }));

  function setField<K extends TemplateText>(key: K, value: ExerciseContent[K]) {
    setDraft((d) => ({ ...d, [key]: value }));
    clearErrors(key);
  }

  function addQuestion(type: QuestionType) {
    setErrors(({ questions: _, ...rest }) => rest);
    const question = newQuestion(type, draft.questions);
    setQuestions([...draft.questions, question]);
    setAnnouncement(`Added question ${draft.questions.length + 1}, ${QUESTION_TYPE_LABELS[type]}.`);
    requestAnimationFrame(() =>
      document
        .getElementById(`question-editor-${question.id}`)
        ?.closest("li")
        ?.querySelector<HTMLElement>("textarea")
        ?.focus(),
    );
  }

  function changeQuestion(index: number, changed: Question) {
    setQuestions(draft.questions.map((q, i) => (i === index ? changed : q)));
    clearErrors(`questions.${index}`, "groups");
  }

  function moveQuestion(index: number, by: -1 | 1) {
    // Problems are named by position; after a move they would point at the wrong question.
    setErrors({});
    setQuestions(moved(draft.questions, index, by));
    setAnnouncement(`Question ${index + 1} moved to ${index + by + 1}.`);
  }

  function removeQuestion(index: number) {
    setErrors({});
    setQuestions(draft.questions.filter((_, i) => i !== index));
    setAnnouncement(`Question ${index + 1} removed.`);
  }

  /** The wheel is the first group; it is set, changed, or taken away (undefined). */
  function setWheel(next: QuestionGroup | undefined) {
    const rest = draft.groups.slice(1);
    setDraft((d) => ({ ...d, groups: next ? [next, ...rest] : rest }));
    clearErrors("groups");
  }

  return {
    draft,
    announcement,
    setField,
    addQuestion,
    changeQuestion,
    moveQuestion,
    removeQuestion,
    setWheel,
  };
}
