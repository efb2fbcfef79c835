import type { LucideIcon } from "lucide-react";
import { type ReactNode, useEffect, useRef } from "react";
import { Card, CardContent } from "./ui/card";

/**
 * The centred card that stands for a page opened from a private link once it takes no more
 * answers (sent, closed, or a link that does not work). When it replaces the form the person was
 * filling in, its heading takes focus, so a screen reader says what happened.
 */
export function LinkNotice({
  icon: Icon,
  eyebrow,
  title,
  takesFocus = false,
  children,
}: {
  icon: LucideIcon;
  eyebrow?: string;
  title: string;
  takesFocus?: boolean;
  children: ReactNode;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!takesFocus) return;
    window.scrollTo({ top: 0 });
    headingRef.current?.focus({ preventScroll: true });
  }, [takesFocus]);
  return (
    <div className="mx-auto w-full max-w-lg sm:py-6">
      <Card>
        <CardContent className="pt-6 sm:px-8 sm:pt-8 sm:pb-8">
          <span className="mb-4 flex size-11 items-center justify-center rounded-full bg-brand-50 text-brand-700">
            <Icon className="size-5" aria-hidden="true" />
          </span>
          {eyebrow ? <p className="text-sm font-medium text-brand-800">{eyebrow}</p> : null}
          <h1
            ref={headingRef}
            tabIndex={-1}
            className="mt-1 text-2xl font-semibold tracking-tight text-balance text-slate-900 outline-none"
          >
            {title}
          </h1>
          <div className="mt-4 space-y-3 leading-relaxed text-slate-700">{children}</div>
        </CardContent>
      </Card>
    </div>
  );
}
