import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, useSyncExternalStore } from "react";
import { isApiError } from "../../../lib/api-client";
import type { Answers } from "../../../lib/api-types";
import { queryKeys } from "../../../lib/query-keys";
import { saveAnswers } from "../api/save-answers";
import { createAnswerSaver } from "./answer-saver";

/**
 * Answers not yet saved are also kept in the tab's sessionStorage, so a reload (or a sign-in
 * after the session ended) while offline does not lose them; the tab forgets them when it closes.
 */
const storageKey = (assessmentId: string) => `keel.unsaved-answers.${assessmentId}`;

function readKept(assessmentId: string): Answers {
  try {
    const kept: unknown = JSON.parse(sessionStorage.getItem(storageKey(assessmentId)) ?? "{}");
    if (!kept || typeof kept !== "object") return {};
    return Object.fromEntries(
      Object.entries(kept).filter(
        (entry): entry is [string, number] => typeof entry[1] === "number",
      ),
    );
  } catch {
    return {};
  }
}

function keep(assessmentId: string, unsaved: Answers): void {
  try {
    if (Object.keys(unsaved).length === 0) sessionStorage.removeItem(storageKey(assessmentId));
    else sessionStorage.setItem(storageKey(assessmentId), JSON.stringify(unsaved));
  } catch {
    // Storage full or refused: the answers stay queued in memory all the same.
  }
}

/**
 * Saves the client's answers as they are given (see createAnswerSaver): retries at once when the
 * connection comes back, warns before the tab closes with answers not yet saved, and reloads the
 * questionnaire if the server says it was submitted or withdrawn meanwhile.
 */
export function useAnswerSaver(assessmentId: string) {
  const queryClient = useQueryClient();
  const [saver] = useState(() =>
    createAnswerSaver({
      save: (answers) => saveAnswers(assessmentId, answers),
      unsaved: readKept(assessmentId),
      onUnsavedChange: (unsaved) => keep(assessmentId, unsaved),
    }),
  );
  const state = useSyncExternalStore(saver.subscribe, saver.getState);

  useEffect(() => {
    saver.start();
    const retry = () => saver.retryNow();
    window.addEventListener("online", retry);
    return () => {
      window.removeEventListener("online", retry);
      saver.stop();
    };
  }, [saver]);

  const hasUnsaved = state.unsaved > 0;
  useEffect(() => {
    if (!hasUnsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [hasUnsaved]);

  const closed = state.status === "failed" && isApiError(state.error, 409);
  useEffect(() => {
    if (closed)
      void queryClient.invalidateQueries({ queryKey: queryKeys.assessment(assessmentId) });
  }, [closed, queryClient, assessmentId]);

  return { saver, state };
}
