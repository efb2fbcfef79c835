import { useEffect, useEffectEvent, useState, useSyncExternalStore } from "react";
import { isApiError } from "../lib/api-client";
import { type AnswerMap, createAnswerSaver } from "./answer-saver";

export type AnswerSaverOptions<V, Saved> = {
  /**
   * Where answers not yet saved wait in the tab's sessionStorage, so a reload (or a sign-in after
   * the session ended) while offline does not lose them; the tab forgets them when it closes.
   */
  storageKey: string;
  /** Sends answers; the server merges them into those already saved. */
  save: (answers: AnswerMap<V>) => Promise<Saved>;
  /** Whether a value read back from storage is an answer (storage may hold anything). */
  isAnswer: (value: unknown) => value is V;
  /** The server refused answers with a 409: it was submitted, withdrawn or closed meanwhile. */
  onClosed: () => void;
};

function readKept<V>(key: string, isAnswer: (value: unknown) => value is V): AnswerMap<V> {
  try {
    const kept: unknown = JSON.parse(sessionStorage.getItem(key) ?? "{}");
    if (!kept || typeof kept !== "object") return {};
    return Object.fromEntries(
      Object.entries(kept).filter((entry): entry is [string, V] => isAnswer(entry[1])),
    );
  } catch {
    return {};
  }
}

function keep<V>(key: string, unsaved: AnswerMap<V>): void {
  try {
    if (Object.keys(unsaved).length === 0) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, JSON.stringify(unsaved));
  } catch {
    // Storage full or refused: the answers stay queued in memory all the same.
  }
}

/**
 * Saves answers as they are given (see createAnswerSaver): retries at once when the connection
 * comes back, warns before the tab closes with answers not yet saved, and calls `onClosed` if the
 * server says the form took its last answer meanwhile.
 */
export function useAnswerSaver<V, Saved>({
  storageKey,
  save,
  isAnswer,
  onClosed,
}: AnswerSaverOptions<V, Saved>) {
  const [saver] = useState(() =>
    createAnswerSaver<V, Saved>({
      save,
      unsaved: readKept(storageKey, isAnswer),
      onUnsavedChange: (unsaved) => keep(storageKey, unsaved),
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
  const reportClosed = useEffectEvent(onClosed);
  useEffect(() => {
    if (closed) reportClosed();
  }, [closed]);

  return { saver, state };
}
