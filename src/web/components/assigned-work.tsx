import type { UseMutationResult } from "@tanstack/react-query";
import { type LucideIcon, Plus } from "lucide-react";
import { type ReactNode, useRef, useState } from "react";
import { Link } from "react-router";
import { isApiError } from "../lib/api-client";
import { formMessageOf } from "../lib/form-errors";
import { useFocusOnClose } from "../lib/use-focus-on-close";
import { DeleteButton } from "./delete-button";
import { ErrorState } from "./error-state";
import { ProgressBar } from "./progress-bar";
import { Alert } from "./ui/alert";
import { Button, buttonClasses } from "./ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "./ui/card";
import { EmptyState } from "./ui/empty-state";
import { LoadingState } from "./ui/loading-state";

// What a coach assigns in an engagement and its client works through (questionnaires, exercises):
// the section that lists them, a row of the list, and the coach's way to withdraw one.

type AssignedWorkSectionProps<T> = {
  /** The section's id: links lead to it (…#exercises), and focus returns to it. */
  id: string;
  title: string;
  description: string;
  className?: string;
  /** The query of the list, for its loading and error states; a 403 hides the whole section. */
  query: { isPending: boolean; error: unknown; refetch: () => unknown };
  /** The list, in the order shown. */
  items: T[];
  /** What is loading, e.g. "Loading exercises…". */
  loading: string;
  /** Whether the viewer may assign more, and the words on the button that opens the form. */
  canAssign: boolean;
  assignLabel: string;
  /** Links shown before that button in the header, e.g. to the coach's templates. */
  headerLinks?: ReactNode;
  /** The assign form; `done` closes it and announces what was assigned, if anything. */
  assignForm: (done: (announcement?: string) => void) => ReactNode;
  /** What the section says while nothing is assigned. */
  empty: { icon: LucideIcon; title: string; description: string };
  /** A row of the list (an AssignedWorkRow); `onWithdrawn` announces a withdrawal by name. */
  children: (item: T, onWithdrawn: (name: string) => void) => ReactNode;
};

/**
 * The card of an engagement's assigned work. The assign form opens inside it, and closing it gives
 * focus back to the button that opened it; what was assigned or withdrawn is announced.
 */
export function AssignedWorkSection<T>({
  id,
  title,
  description,
  className,
  query,
  items,
  loading,
  canAssign,
  assignLabel,
  headerLinks,
  assignForm,
  empty,
  children,
}: AssignedWorkSectionProps<T>) {
  const [assigning, setAssigning] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const assignButton = useRef<HTMLButtonElement>(null);
  useFocusOnClose(assigning, assignButton);

  if (isApiError(query.error, 403)) return null;

  const headingId = `${id}-heading`;
  const openForm = (
    <Button ref={assignButton} variant="secondary" size="sm" onClick={() => setAssigning(true)}>
      <Plus aria-hidden="true" />
      {assignLabel}
    </Button>
  );

  return (
    <Card className={className}>
      <section id={id} tabIndex={-1} aria-labelledby={headingId} className="outline-none">
        <CardHeader>
          {/* Its buttons sit beside the title and description, and wrap under them when narrow. */}
          <div className="min-w-0 flex-1 basis-64">
            <CardTitle id={headingId}>{title}</CardTitle>
            <CardDescription>{description}</CardDescription>
          </div>
          {canAssign && !assigning && items.length > 0 ? (
            headerLinks ? (
              <div className="flex flex-wrap gap-2">
                {headerLinks}
                {openForm}
              </div>
            ) : (
              openForm
            )
          ) : null}
        </CardHeader>
        <CardContent className="space-y-4">
          <p role="status" className="sr-only">
            {announcement}
          </p>
          {assigning
            ? assignForm((assigned) => {
                setAssigning(false);
                if (assigned) setAnnouncement(assigned);
              })
            : null}
          {query.isPending ? (
            <LoadingState label={loading} />
          ) : query.error ? (
            <ErrorState error={query.error} onRetry={() => void query.refetch()} />
          ) : items.length === 0 ? (
            assigning ? null : (
              <EmptyState
                icon={empty.icon}
                title={empty.title}
                description={empty.description}
                action={
                  canAssign ? (
                    <Button
                      ref={assignButton}
                      variant="secondary"
                      onClick={() => setAssigning(true)}
                    >
                      <Plus aria-hidden="true" />
                      {assignLabel}
                    </Button>
                  ) : null
                }
              />
            )
          ) : (
            <ul aria-labelledby={headingId} className="divide-y divide-slate-100">
              {items.map((item) => children(item, (name) => setAnnouncement(`Withdrew ${name}.`)))}
            </ul>
          )}
        </CardContent>
      </section>
    </Card>
  );
}

/**
 * One assigned item: its name and status, facts such as "3 of 8 answered · due 1 Mar 2031", a
 * bar of its progress while it is open, and what the viewer can do with it.
 */
export function AssignedWorkRow({
  name,
  status,
  facts,
  progress,
  actions,
}: {
  name: string;
  /** Its status badge. */
  status: ReactNode;
  /** Joined with " · ", the first one capitalised; nulls are left out. */
  facts: (string | null)[];
  /** Shown as a bar; null when it is no longer open. */
  progress: { done: number; total: number } | null;
  actions: ReactNode;
}) {
  const text = facts.filter(Boolean).join(" · ");
  return (
    <li className="flex flex-col gap-3 py-4 first:pt-0 last:pb-0 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0 flex-1 space-y-1.5">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <p className="font-medium text-slate-900">{name}</p>
          {status}
        </div>
        <p className="text-sm text-slate-600">{text.replace(/^./, (c) => c.toUpperCase())}</p>
        {progress ? (
          <ProgressBar done={progress.done} total={progress.total} className="max-w-xs" />
        ) : null}
      </div>
      <div className="flex flex-wrap gap-2 sm:shrink-0">{actions}</div>
    </li>
  );
}

/**
 * The coach's actions on an open item: its details, and withdrawing it after a confirmation. A
 * 409 means it changed meanwhile (the mutation reloads the list). Focus goes back to the Withdraw
 * button, or to the section once the withdrawn item's row is gone.
 */
export function WithdrawActions<TData>({
  id,
  name,
  detailsTo,
  withdraw,
  sectionId,
  consequence,
  confirmLabel,
  onWithdrawn,
}: {
  /** The item's id, as the mutation takes it. */
  id: string;
  name: string;
  detailsTo: string;
  withdraw: UseMutationResult<TData, Error, string>;
  sectionId: string;
  /** What withdrawing means for the client: the dialog's first paragraph. */
  consequence: ReactNode;
  confirmLabel: string;
  onWithdrawn: (name: string) => void;
}) {
  return (
    <>
      {withdraw.error ? (
        <div role="alert" className="w-full">
          <Alert tone="danger">
            {isApiError(withdraw.error, 409)
              ? "It can't be withdrawn any more: it changed in the meantime. We've reloaded the list."
              : formMessageOf(withdraw.error)}
          </Alert>
        </div>
      ) : null}
      <Link to={detailsTo} className={buttonClasses("ghost", "sm")}>
        Details<span className="sr-only">: {name}</span>
      </Link>
      <DeleteButton
        size="sm"
        question={`Withdraw ${name}?`}
        description={
          <>
            <p>{consequence}</p>
            <p>You can assign it again afterwards.</p>
          </>
        }
        confirmLabel={confirmLabel}
        pending={withdraw.isPending}
        onConfirm={(close) =>
          withdraw.mutate(id, { onSuccess: () => onWithdrawn(name), onSettled: close })
        }
        focusWhenGone={() => document.getElementById(sectionId)}
      >
        Withdraw<span className="sr-only">: {name}</span>
      </DeleteButton>
    </>
  );
}
