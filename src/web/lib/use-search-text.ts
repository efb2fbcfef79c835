import { useEffect, useEffectEvent, useRef, useState } from "react";

const PAUSE_MS = 300;

/**
 * A search box's text, applied after a short pause in typing: `applied` is the search in force
 * (from the page's address), `apply` puts a new one in force. A search cleared elsewhere (a
 * "Clear filters" button) empties the box too.
 */
export function useSearchText(applied: string, apply: (q: string) => void) {
  const [text, setText] = useState(applied);
  const applyLater = useEffectEvent(apply);
  const lastApplied = useRef(applied);
  useEffect(() => {
    if (applied !== lastApplied.current && applied === "") setText("");
    lastApplied.current = applied;
  }, [applied]);
  useEffect(() => {
    if (text.trim() === applied) return;
    const timer = setTimeout(() => applyLater(text), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text, applied]);
  return [text, setText] as const;
}
