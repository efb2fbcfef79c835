import { useEffect, useRef } from "react";

/**
 * Focus for a part edited in place: into its first field as the form opens, and back to the
 * button that opened it as the form closes (saved or cancelled), so keyboard users stay put.
 */
export function useEditFocus(editing: boolean) {
  const opener = useRef<HTMLButtonElement>(null);
  const area = useRef<HTMLDivElement>(null);
  const was = useRef(editing);
  useEffect(() => {
    if (editing && !was.current) {
      area.current?.querySelector<HTMLElement>("input, select, textarea")?.focus();
    }
    if (!editing && was.current) opener.current?.focus();
    was.current = editing;
  }, [editing]);
  return { opener, area };
}
