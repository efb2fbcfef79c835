import { ArrowLeft, ArrowRight, Send } from "lucide-react";
import type { ReactNode, Ref } from "react";
import { Alert } from "./ui/alert";
import { Button } from "./ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader } from "./ui/card";

type PagedAnswerCardProps = {
  /** The "How to answer" text, folded away above the card. */
  instructions: ReactNode;
  /** The id of the page's heading, which names the section. */
  headingId: string;
  heading: ReactNode;
  headingRef: Ref<HTMLHeadingElement>;
  description: ReactNode;
  /** The fields on this page. */
  children: ReactNode;
  /** What a page is called, said to screen readers after "Previous" and "Next": "page", "competency". */
  pageName: string;
  isFirst: boolean;
  isLast: boolean;
  onPrevious: () => void;
  onNext: () => void;
  /** The last page's button, in place of "Next". */
  submitLabel: string;
  submitRef: Ref<HTMLButtonElement>;
  onSubmit: () => void;
  /** Announced under the card when submitting fails. */
  submitError: string | null;
};

/**
 * One page of a questionnaire answered a page at a time: the "How to answer" instructions, the
 * page's fields in a card with Previous and Next (Submit on the last page), and the submit error.
 * The heading takes focus when the page changes, so it is a focusable h2 rather than a CardTitle.
 */
export function PagedAnswerCard({
  instructions,
  headingId,
  heading,
  headingRef,
  description,
  children,
  pageName,
  isFirst,
  isLast,
  onPrevious,
  onNext,
  submitLabel,
  submitRef,
  onSubmit,
  submitError,
}: PagedAnswerCardProps) {
  return (
    <>
      <details className="mb-6 rounded-lg border border-slate-200 bg-white text-sm shadow-sm">
        <summary className="cursor-pointer rounded-lg px-4 py-3 font-medium text-slate-800 hover:bg-slate-50">
          How to answer
        </summary>
        <div className="max-w-3xl space-y-2 px-4 pb-4 leading-relaxed text-slate-700">
          {instructions}
        </div>
      </details>
      <Card>
        <section aria-labelledby={headingId}>
          <CardHeader>
            <div>
              <h2
                id={headingId}
                ref={headingRef}
                tabIndex={-1}
                className="text-base font-semibold text-slate-900 outline-none"
              >
                {heading}
              </h2>
              <CardDescription>{description}</CardDescription>
            </div>
          </CardHeader>
          <CardContent>{children}</CardContent>
          <CardFooter className="justify-between">
            <Button variant="secondary" disabled={isFirst} onClick={onPrevious}>
              <ArrowLeft aria-hidden="true" />
              Previous<span className="sr-only"> {pageName}</span>
            </Button>
            {isLast ? (
              <Button ref={submitRef} onClick={onSubmit}>
                <Send aria-hidden="true" />
                {submitLabel}
              </Button>
            ) : (
              <Button onClick={onNext}>
                Next<span className="sr-only"> {pageName}</span>
                <ArrowRight aria-hidden="true" />
              </Button>
            )}
          </CardFooter>
        </section>
      </Card>

      <div role="alert" className="mt-4 empty:hidden">
        {submitError ? <Alert tone="danger">{submitError}</Alert> : null}
      </div>
    </>
  );
}
