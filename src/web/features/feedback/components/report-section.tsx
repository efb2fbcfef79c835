import type { ReactNode } from "react";
import { type ReportSectionId, sectionTitle } from "../../../../domain/feedback/report-sections";
import { Card, CardContent, CardDescription, CardHeader } from "../../../components/ui/card";
import { cn } from "../../../lib/cn";

/**
 * One part of the report: a card with a heading whose id a link can name (#comments). The card
 * takes focus when a link lands on it, so a screen reader starts there too.
 */
export function ReportSection({
  id,
  description,
  targeted = false,
  children,
}: {
  /** One of the report's parts, whose heading the PDF prints too. */
  id: ReportSectionId;
  description?: ReactNode;
  targeted?: boolean;
  children: ReactNode;
}) {
  return (
    <Card
      id={id}
      tabIndex={-1}
      className={cn("scroll-mt-24 outline-none", targeted && "ring-2 ring-brand-600")}
    >
      <section aria-labelledby={`${id}-heading`}>
        <CardHeader>
          <div className="min-w-0">
            <h2 id={`${id}-heading`} className="text-lg font-semibold text-slate-900">
              {sectionTitle(id)}
            </h2>
            {description ? (
              <CardDescription className="max-w-3xl">{description}</CardDescription>
            ) : null}
          </div>
        </CardHeader>
        <CardContent>{children}</CardContent>
      </section>
    </Card>
  );
}

/** A table that scrolls sideways inside its own box on a narrow screen, not the whole page. */
export function ReportTableFrame({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <p className="mb-2 text-xs text-slate-600 sm:hidden">
        Swipe the table sideways to see it all.
      </p>
      <section
        aria-label={label}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must be reachable by keyboard
        tabIndex={0}
        className="-mx-5 overflow-x-auto px-5 sm:mx-0 sm:px-0"
      >
        {children}
      </section>
    </>
  );
}
