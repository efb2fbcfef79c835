import type { ReactNode } from "react";
import { cn } from "../../../lib/cn";

/**
 * A table that scrolls sideways inside its own box on a narrow screen: the box is a labelled
 * region that takes focus, so keyboard users can scroll it too.
 */
export function ScrollTable({
  label,
  children,
  tableClassName = "min-w-max",
}: {
  label: string;
  children: ReactNode;
  /** How narrow the table may get before it scrolls: as narrow as its cells (default). */
  tableClassName?: string;
}) {
  return (
    <>
      <p className="mb-2 text-xs text-slate-600 sm:hidden">
        Swipe the table sideways to see it all.
      </p>
      <section
        aria-label={label}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must be reachable by keyboard
        tabIndex={0}
        className="overflow-x-auto rounded-md focus-visible:outline-2 focus-visible:outline-brand-700"
      >
        <table className={cn("w-full text-left text-sm", tableClassName)}>{children}</table>
      </section>
    </>
  );
}

export const TH = "px-3 py-2 text-xs font-medium whitespace-nowrap text-slate-600 first:pl-0";
export const TD = "px-3 py-2 align-top first:pl-0";
