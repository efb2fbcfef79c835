import { useCallback, useEffect, useRef, useState } from "react";
import type { ReflectionAnswersBody, ReflectionPointView } from "../../../../contract/review";
import type {
  GoalOutcome,
  ReflectionQuestionId,
} from "../../../../domain/review/reflection-questions";

export type DraftStatus = "empty" | "saved" | "saving" | "unsaved" | "failed";
const SAVE_AFTER_MS = 800;

const emptyAnswers = (): ReflectionAnswersBody => ({ answers: {}, outcomes: [] });

/**
 * The viewer's own answers at a reflection point, saved as they write: each change waits a
 * moment of quiet, then the whole draft goes to the server. `flush` saves at once (before sharing).
 */
export function useReflectionDraft(
  point: ReflectionPointView,
  save: (body: ReflectionAnswersBody) => Promise<unknown>,
) {
  const [draft, setDraft] = useState<ReflectionAnswersBody>(
    () => point.mine?.answers ?? emptyAnswers(),
  );
  const [status, setStatus] = useState<DraftStatus>(point.mine ? "saved" : "empty");
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(draft);

  const send = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    setStatus("saving");
    try {
      await save(latest.current);
      setStatus((s) => (s === "saving" ? "saved" : s));
    } catch (error) {
      setStatus("failed");
      throw error;
    }
  }, [save]);

  const change = (next: ReflectionAnswersBody) => {
    latest.current = next;
    setDraft(next);
    setStatus("unsaved");
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void send().catch(() => undefined), SAVE_AFTER_MS);
  };

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const setAnswer = (id: ReflectionQuestionId, text: string) =>
    change({ ...latest.current, answers: { ...latest.current.answers, [id]: text } });

  const setOutcome = (goalId: string, part: { outcome?: GoalOutcome | null; words?: string }) => {
    const others = (latest.current.outcomes ?? []).filter((o) => o.goalId !== goalId);
    const current = (latest.current.outcomes ?? []).find((o) => o.goalId === goalId) ?? {
      goalId,
      outcome: null,
      words: "",
    };
    change({ ...latest.current, outcomes: [...others, { ...current, ...part }] });
  };

  return { draft, status, setAnswer, setOutcome, flush: send };
}
