import { ArrowRight, type LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { Link } from "react-router";
import type { EngagementSummary } from "../../contract/engagements";
import { formatDate } from "../lib/format-date";
import { ProgressBar } from "./progress-bar";
import { buttonClasses } from "./ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "./ui/card";

// What a client still has to do, on their home (questionnaires, exercises): a card listing each
// open one of their engagements, with a button to start or continue it.

/** The engagements whose work the client can still do: all but the closed ones. */
export function activeEngagements(engagements: EngagementSummary[]): EngagementSummary[] {
  return engagements.filter((engagement) => engagement.stage !== "closed");
}

/**
 * The open items of each engagement's list (`lists` in the order of `engagements`), each with its
 * engagement's title when the client has several engagements, to tell them apart; else null.
 */
export function openWorkOf<T>(
  engagements: EngagementSummary[],
  lists: { data?: T[] | undefined }[],
  isOpen: (item: T) => boolean,
): { item: T; engagementTitle: string | null }[] {
  const several = engagements.length > 1;
  return lists.flatMap((list, index) =>
    (list.data ?? []).filter(isOpen).map((item) => ({
      item,
      engagementTitle: several ? (engagements[index]?.title ?? null) : null,
    })),
  );
}

/** The card: a title ("Your next step"), what is asked and how it works, then the items. */
export function OpenWorkCard({
  id,
  title,
  description,
  children,
}: {
  /** The section's id; its heading is `<id>-heading`. */
  id: string;
  title: string;
  description: string;
  /** The OpenWorkItems. */
  children: ReactNode;
}) {
  const headingId = `${id}-heading`;
  return (
    <Card className="border-brand-200">
      <section aria-labelledby={headingId}>
        <CardHeader>
          <div>
            <CardTitle id={headingId} className="text-lg">
              {title}
            </CardTitle>
            <CardDescription>{description}</CardDescription>
          </div>
        </CardHeader>
        <CardContent>
          <ul aria-labelledby={headingId} className="space-y-3">
            {children}
          </ul>
        </CardContent>
      </section>
    </Card>
  );
}

/**
 * One open item: its icon and name, a line of facts ("23 of 50 answered · due 1 Mar 2031 · for
 * Leading through growth"), a bar of its progress once started, and the button to it.
 */
export function OpenWorkItem({
  icon: Icon,
  name,
  facts,
  dueDate,
  engagementTitle,
  progress,
  to,
  actionLabel,
}: {
  icon: LucideIcon;
  name: string;
  /** Its size, or how far along it is; the due date and the engagement follow. */
  facts: (string | null)[];
  dueDate: string | null;
  engagementTitle: string | null;
  /** Shown as a bar; null before it is started. */
  progress: { done: number; total: number } | null;
  to: string;
  /** The button's words, e.g. "Start" or "Continue (23 of 50)". */
  actionLabel: string;
}) {
  const text = [
    ...facts,
    dueDate ? `due ${formatDate(dueDate)}` : null,
    engagementTitle ? `for ${engagementTitle}` : null,
  ]
    .filter(Boolean)
    .join(" · ");
  return (
    <li className="flex flex-col gap-4 rounded-lg border border-brand-100 bg-brand-50 p-4 sm:flex-row sm:items-center">
      <span className="hidden size-10 shrink-0 items-center justify-center rounded-lg bg-white text-brand-700 sm:flex">
        <Icon className="size-5" aria-hidden="true" />
      </span>
      <div className="min-w-0 flex-1 space-y-1.5">
        <p className="font-semibold text-slate-900">{name}</p>
        <p className="text-sm text-slate-700">{text}</p>
        {progress ? (
          <ProgressBar done={progress.done} total={progress.total} className="max-w-xs bg-white" />
        ) : null}
      </div>
      <Link to={to} className={buttonClasses("primary", "md", "self-start sm:self-center")}>
        {actionLabel}
        <span className="sr-only">: {name}</span>
        <ArrowRight aria-hidden="true" />
      </Link>
    </li>
  );
}
