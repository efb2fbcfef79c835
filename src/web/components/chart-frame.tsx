import { type ReactNode, useLayoutEffect, useRef, useState } from "react";

/**
 * Gives a chart of src/charts the width it has on the page, and draws it again when that changes
 * (a phone turned, a window resized). Charts are laid out at a width, not scaled, so their text
 * keeps its size at any width. Until the width is known, holds `minHeight` so nothing jumps.
 */
export function ChartFrame({
  minHeight = 0,
  children,
}: {
  minHeight?: number;
  children: (width: number) => ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(Math.floor(element.getBoundingClientRect().width));
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className="min-w-0" style={width > 0 ? undefined : { minHeight }}>
      {width > 0 ? children(width) : null}
    </div>
  );
}
