import { useEffect } from "react";
import { useLocation } from "react-router";

/**
 * The element a link asked for by its hash (…/results#scale-E3, /exercises/…#question-vision,
 * from the development profile's evidence). Once it is on the page, a folded <details> around it
 * is opened, it is scrolled to (unless it is already wholly in view, below the top bar: then the
 * page keeps its title in view) and focused, so a screen reader starts there too. Returns its id,
 * so the page can outline it; "" without a hash.
 *
 * Call it from a component that renders once the data is there: the effect looks for the element
 * when the component mounts (and when the hash changes).
 */
export function useHashTarget({
  block = "start",
}: {
  /** Where the element lands in the window, as scrollIntoView's `block`. */
  block?: ScrollLogicalPosition;
} = {}): string {
  const { hash } = useLocation();
  const target = safeDecode(hash.replace(/^#/, ""));
  useEffect(() => {
    if (!target) return;
    // After the frame's own focus move to <main> on navigation, which runs after this effect.
    const frame = requestAnimationFrame(() => {
      const element = document.getElementById(target);
      if (!element) return;
      const folded = element.closest("details");
      if (folded) folded.open = true;
      if (!whollyInView(element)) element.scrollIntoView({ block });
      element.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [target, block]);
  return target;
}

/** In the window, below the sticky top bar (which its scroll-margin-top makes room for). */
function whollyInView(element: HTMLElement): boolean {
  const box = element.getBoundingClientRect();
  const topInset = Number.parseFloat(getComputedStyle(element).scrollMarginTop) || 0;
  return box.top >= topInset && box.bottom <= window.innerHeight;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
