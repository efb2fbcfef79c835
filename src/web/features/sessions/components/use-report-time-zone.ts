import { useEffect, useRef } from "react";
import { useSaveTimeZone } from "../api/time-zone";
import { browserTimeZone } from "./session-time";

const reportedKey = "keel.time-zone-reported";

/**
 * Tells Keel the browser's zone once per sign-in (and again if it changes), so the times in the
 * person's mail are in their own zone. `personId` is null while nobody is signed in.
 */
export function useReportTimeZone(personId: string | null) {
  const save = useSaveTimeZone();
  const sent = useRef<string | null>(null);
  useEffect(() => {
    if (!personId) return;
    const zone = browserTimeZone();
    const mark = `${personId} ${zone}`;
    if (sent.current === mark || readMark() === mark) return;
    sent.current = mark;
    save.mutate(zone, { onSuccess: () => writeMark(mark) });
  }, [personId, save.mutate]);
}

// Kept for the browser tab's life: a new sign-in opens a new session of the app.
function readMark(): string | null {
  try {
    return sessionStorage.getItem(reportedKey);
  } catch {
    return null;
  }
}

function writeMark(mark: string) {
  try {
    sessionStorage.setItem(reportedKey, mark);
  } catch {
    // Without storage it is sent once per page load, which is harmless.
  }
}
