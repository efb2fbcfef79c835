import { isApiError } from "../lib/api-client";

/**
 * - saved: every answer given has reached the server.
 * - saving: a save is on its way.
 * - retrying: a save failed (no network, a server error); the answers are kept and sent again.
 * - failed: the server refused them for good (the questionnaire or survey was submitted, withdrawn
 *   or closed, or the session ended); they are still kept, and "Try again" sends them again.
 */
export type SaveStatus = "saved" | "saving" | "retrying" | "failed";

export type SaverState = {
  status: SaveStatus;
  /** How many answers have not reached the server yet. */
  unsaved: number;
  /** The last failure, while status is retrying or failed. */
  error: unknown;
};

export type AnswerSaver<V> = ReturnType<typeof createAnswerSaver<V>>;

type Timers = {
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
};

/** Answers by item id: a questionnaire's values, a 360 survey's ratings (null: not observed). */
export type AnswerMap<V> = Record<string, V>;

type SaverOptions<V, Saved> = {
  /** Sends answers; the server merges them into those already saved. */
  save: (answers: AnswerMap<V>) => Promise<Saved>;
  /** Called after each successful save with what the server answered. */
  onSaved?: (saved: Saved) => void;
  /** Answers given earlier that never reached the server (say, before a reload while offline). */
  unsaved?: AnswerMap<V>;
  /** Called with the answers not yet saved whenever they change, to keep them across a reload. */
  onUnsavedChange?: (unsaved: AnswerMap<V>) => void;
  /** Waits between automatic retries; the last one repeats. */
  retryDelays?: number[];
  timers?: Timers;
};

/** Statuses after which sending again cannot help until something changes. */
function isFinal(error: unknown): boolean {
  return (
    isApiError(error) &&
    error.status >= 400 &&
    error.status < 500 &&
    error.status !== 408 &&
    error.status !== 429
  );
}

/**
 * Saves each answer as it is given, one request at a time, so a later answer to a statement
 * always wins over an earlier one. Answers given while a save is on its way are sent together
 * next. A failed save keeps its answers and retries them, sooner and sooner, never dropping one:
 * only a successful save removes an answer from the queue.
 */
export function createAnswerSaver<V, Saved = unknown>({
  save,
  onSaved,
  unsaved: initial = {},
  onUnsavedChange,
  retryDelays = [1_000, 2_000, 5_000, 10_000, 30_000],
  timers = {
    setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
    clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  },
}: SaverOptions<V, Saved>) {
  const pending = new Map<string, V>(Object.entries(initial));
  const listeners = new Set<() => void>();
  let inFlight = false;
  let failures = 0;
  let retryTimer: unknown = null;
  let stopped = true;
  let state: SaverState = { status: "saved", unsaved: pending.size, error: null };
  let waiters: { resolve: () => void; reject: (error: unknown) => void }[] = [];

  function setState(next: Partial<SaverState>) {
    state = { ...state, ...next, unsaved: pending.size };
    for (const listener of listeners) listener();
  }

  function pendingAnswers(): AnswerMap<V> {
    return Object.fromEntries(pending);
  }

  function settleWaiters() {
    if (pending.size > 0 || inFlight) return;
    const done = waiters;
    waiters = [];
    for (const waiter of done) waiter.resolve();
  }

  function failWaiters(error: unknown) {
    const done = waiters;
    waiters = [];
    for (const waiter of done) waiter.reject(error);
  }

  function clearRetry() {
    if (retryTimer !== null) timers.clearTimeout(retryTimer);
    retryTimer = null;
  }

  function flush() {
    if (stopped || inFlight || pending.size === 0) {
      settleWaiters();
      return;
    }
    clearRetry();
    const batch = pendingAnswers();
    inFlight = true;
    setState({ status: "saving" });
    save(batch).then(
      (saved) => {
        inFlight = false;
        failures = 0;
        // An answer changed while this save was on its way stays queued with its new value.
        for (const [itemId, value] of Object.entries(batch)) {
          if (pending.get(itemId) === value) pending.delete(itemId);
        }
        onUnsavedChange?.(pendingAnswers());
        if (stopped) return;
        onSaved?.(saved);
        if (pending.size > 0) flush();
        else {
          setState({ status: "saved", error: null });
          settleWaiters();
        }
      },
      (error: unknown) => {
        inFlight = false;
        if (stopped) return;
        failures += 1;
        if (isFinal(error)) {
          setState({ status: "failed", error });
          failWaiters(error);
          return;
        }
        const delay = retryDelays[Math.min(failures - 1, retryDelays.length - 1)] ?? 30_000;
        retryTimer = timers.setTimeout(() => {
          retryTimer = null;
          flush();
        }, delay);
        setState({ status: "retrying", error });
        failWaiters(error);
      },
    );
  }

  return {
    /** Records an answer and sends it (or queues it behind the save on its way). Once a save
     * failed for good, new answers wait for `retryNow`. */
    answer(itemId: string, value: V) {
      pending.set(itemId, value);
      onUnsavedChange?.(pendingAnswers());
      if (state.status === "failed") setState({});
      else flush();
    },
    /** Sends the queued answers now, without waiting for the next automatic retry. */
    retryNow() {
      failures = Math.min(failures, 1);
      flush();
    },
    /** Resolves once every answer given so far is saved; rejects if a save fails meanwhile. */
    whenSaved(): Promise<void> {
      return new Promise<void>((resolve, reject) => {
        waiters.push({ resolve, reject });
        flush();
      });
    },
    /** The answers not saved yet, to show them checked after a reload. */
    unsaved: pendingAnswers,
    getState: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Starts sending, beginning with the answers kept from before (see `unsaved`). */
    start() {
      stopped = false;
      flush();
    },
    /** Stops sending and retrying (the page closed); a save on its way still finishes. */
    stop() {
      stopped = true;
      clearRetry();
    },
  };
}
