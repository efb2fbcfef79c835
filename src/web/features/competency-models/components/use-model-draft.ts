import { useState } from "react";
import type { ModelContent, ModelView } from "../../../../contract/competency-models";
import type { Competency, OpenQuestion } from "../../../../domain/feedback/competency-model";
import { moved } from "../../../lib/moved";
import type { FieldProblems } from "../../../lib/use-field-problems";
import { draftOf, newBehaviour, newCompetency, newOpenQuestion } from "./model-draft";

type Items = Competency["items"];

/**
 * The model being edited, and its changes. A change of a text clears the problems it may have
 * fixed; a change of order or number clears them all (they are named by position, so they would
 * point astray), is announced to screen readers, and moves focus where the work goes on.
 */
export function useModelDraft(
  model: ModelView,
  { clearErrors, setErrors }: Pick<FieldProblems, "clearErrors" | "setErrors">,
) {
  const [initial] = useState(() => draftOf(model));
  const [draft, setDraft] = useState<ModelContent>(initial);
  const [announcement, setAnnouncement] = useState("");
  const changed = JSON.stringify(draft) !== JSON.stringify(initial);
  const { competencies, openQuestions } = draft;

  function setText(key: "name" | "summary" | "instructions", value: string) {
    setDraft((d) => ({ ...d, [key]: value }));
    clearErrors(key);
  }

  function restructure(change: (d: ModelContent) => ModelContent, message: string) {
    setErrors({});
    setDraft(change);
    setAnnouncement(message);
  }

  function changeItems(c: number, change: (items: Items) => Items) {
    return (d: ModelContent) => ({
      ...d,
      competencies: d.competencies.map((it, i) =>
        i === c ? { ...it, items: change(it.items) } : it,
      ),
    });
  }

  const competency = {
    change(c: number, next: Competency, clear: string) {
      setDraft((d) => ({ ...d, competencies: competencies.map((it, i) => (i === c ? next : it)) }));
      clearErrors(clear);
    },
    add() {
      const added = newCompetency(draft);
      restructure(
        (d) => ({ ...d, competencies: [...d.competencies, added] }),
        `Added competency ${competencies.length + 1}.`,
      );
      focusSoon(`competencies.${competencies.length}.name`);
    },
    move(c: number, by: -1 | 1) {
      restructure(
        (d) => ({ ...d, competencies: moved(d.competencies, c, by) }),
        `Competency ${c + 1} moved to ${c + by + 1}.`,
      );
    },
    remove(c: number) {
      restructure(
        (d) => ({ ...d, competencies: d.competencies.filter((_, i) => i !== c) }),
        `Competency ${c + 1} removed.`,
      );
      focusSoon("add-competency");
    },
  };

  const behaviour = {
    add(c: number) {
      const item = newBehaviour(draft);
      const items = competencies[c]?.items;
      if (!items) return;
      restructure(
        changeItems(c, (list) => [...list, item]),
        `Added behaviour ${items.length + 1} to competency ${c + 1}.`,
      );
      focusSoon(`competencies.${c}.items.${items.length}.text`);
    },
    move(c: number, i: number, by: -1 | 1) {
      restructure(
        changeItems(c, (items) => moved(items, i, by)),
        `Behaviour ${i + 1} of competency ${c + 1} moved to ${i + by + 1}.`,
      );
    },
    remove(c: number, i: number) {
      restructure(
        changeItems(c, (items) => items.filter((_, j) => j !== i)),
        `Behaviour ${i + 1} of competency ${c + 1} removed.`,
      );
      focusSoon(`competencies.${c}-add-behaviour`);
    },
  };

  const openQuestion = {
    change(questions: OpenQuestion[], clear: string) {
      setDraft((d) => ({ ...d, openQuestions: questions }));
      clearErrors(clear);
    },
    add() {
      const question = newOpenQuestion(draft);
      restructure(
        (d) => ({ ...d, openQuestions: [...d.openQuestions, question] }),
        `Added open question ${openQuestions.length + 1}.`,
      );
      focusSoon(`openQuestions.${openQuestions.length}.text`);
    },
    move(i: number, by: -1 | 1) {
      restructure(
        (d) => ({ ...d, openQuestions: moved(d.openQuestions, i, by) }),
        `Open question ${i + 1} moved to ${i + by + 1}.`,
      );
    },
    remove(i: number) {
      restructure(
        (d) => ({ ...d, openQuestions: d.openQuestions.filter((_, j) => j !== i) }),
        `Open question ${i + 1} removed.`,
      );
      focusSoon("add-open-question");
    },
  };

  return { draft, changed, announcement, setText, competency, behaviour, openQuestion };
}

export type ModelDraft = ReturnType<typeof useModelDraft>;

/** Focuses an element once React has rendered it: by its id, or by its name. */
function focusSoon(idOrName: string) {
  requestAnimationFrame(() => {
    const target =
      document.getElementById(idOrName) ??
      document.querySelector<HTMLElement>(`[name="${CSS.escape(idOrName)}"]`);
    target?.focus();
  });
}
