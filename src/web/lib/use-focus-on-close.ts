import { type RefObject, useEffect, useRef } from "react";

/** When `open` turns false, gives focus back to `opener`: the button that opened a form. */
export function useFocusOnClose(open: boolean, opener: RefObject<HTMLElement | null>): void {
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !open) opener.current?.focus();
    wasOpen.current = open;
  }, [open, opener]);
}
