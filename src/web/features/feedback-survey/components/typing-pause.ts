type Timers = {
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
};

/**
 * Holds text being typed and passes it on once the typing pauses, so a comment is saved a few
 * times while written rather than at every key. `flush` passes on everything held at once (before
 * sending the survey, or when the field loses focus).
 */
export function createTypingPause(
  send: (key: string, text: string) => void,
  pause = 800,
  timers: Timers = {
    setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
    clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  },
) {
  const held = new Map<string, { text: string; timer: unknown }>();

  function pass(key: string) {
    const entry = held.get(key);
    if (!entry) return;
    timers.clearTimeout(entry.timer);
    held.delete(key);
    send(key, entry.text);
  }

  return {
    write(key: string, text: string) {
      const previous = held.get(key);
      if (previous) timers.clearTimeout(previous.timer);
      held.set(key, { text, timer: timers.setTimeout(() => pass(key), pause) });
    },
    flush(key?: string) {
      for (const k of key === undefined ? [...held.keys()] : [key]) pass(k);
    },
  };
}
