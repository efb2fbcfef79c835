import { useRef, useState } from "react";
import { Alert } from "../../../components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader } from "../../../components/ui/card";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog";
import { isApiError } from "../../../lib/api-client";
import type { Me } from "../../../lib/api-types";
import { formMessageOf } from "../../../lib/form-errors";
import { useRemoveDevelopmentEntry } from "../api/remove-development-entry";
import type { DevelopmentEntry, EntryKind } from "../api/types";
import { EntryCard } from "./entry-card";
import { KindIcon } from "./kind-icon";
import { KINDS, sectionId } from "./kinds";

type ProfileSectionProps = {
  kind: EntryKind;
  entries: DevelopmentEntry[];
  engagementId: string;
  me: Me;
  /** "you" for the client, their first name for the coach. */
  clientName: string;
  onAnnounce: (message: string) => void;
  className?: string;
};

/**
 * One kind of the profile (Strengths, say) with its entries. Removing asks here, not in the
 * entry's card: the card goes with the entry, and the question must outlive it to hand focus on.
 */
export function ProfileSection({
  kind,
  entries,
  engagementId,
  me,
  clientName,
  onAnnounce,
  className,
}: ProfileSectionProps) {
  const words = KINDS[kind];
  const headingId = `${sectionId(kind)}-heading`;
  const remove = useRemoveDevelopmentEntry();
  const [removing, setRemoving] = useState<DevelopmentEntry | null>(null);
  const [confirming, setConfirming] = useState(false);
  const removeButton = useRef<HTMLButtonElement | null>(null);

  return (
    <Card className={className}>
      <section
        id={sectionId(kind)}
        tabIndex={-1}
        aria-labelledby={headingId}
        className="h-full rounded-xl outline-none focus-visible:ring-2 focus-visible:ring-brand-700"
      >
        <CardHeader className="flex-nowrap justify-start">
          <KindIcon kind={kind} />
          <div className="min-w-0">
            <h2 id={headingId} className="text-base font-semibold text-slate-900">
              {words.many}
              {entries.length > 0 ? (
                <span className="ml-2 text-sm font-normal text-slate-600">({entries.length})</span>
              ) : null}
            </h2>
            <CardDescription className="mt-0.5">{words.about}</CardDescription>
          </div>
        </CardHeader>
        <CardContent>
          {entries.length > 0 ? (
            <ul aria-labelledby={headingId} className="divide-y divide-slate-100">
              {entries.map((entry) => (
                <li key={entry.id} className="py-4 first:pt-1 last:pb-0">
                  <EntryCard
                    entry={entry}
                    engagementId={engagementId}
                    me={me}
                    onAnnounce={onAnnounce}
                    onRemove={(target, button) => {
                      remove.reset();
                      removeButton.current = button;
                      setRemoving(target);
                      setConfirming(true);
                    }}
                  />
                </li>
              ))}
            </ul>
          ) : (
            <p className="rounded-lg border border-dashed border-slate-300 bg-slate-50/60 px-4 py-5 text-sm text-slate-600">
              {words.from360 ? (
                <>
                  {words.many} come from the released 360 report, where colleagues rate the same
                  behaviours{" "}
                  {clientName === "you" ? "you rate yourself" : `${clientName} rates themselves`}{" "}
                  on. None yet: accept a suggestion from the report, or add one of your own.
                </>
              ) : (
                <>
                  No {words.many.toLowerCase()} yet. Accept a suggestion that rings true, or add one
                  of your own.
                </>
              )}
            </p>
          )}
        </CardContent>
      </section>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={removing ? `Remove “${removing.title}”?` : "Remove this entry?"}
        description={
          <>
            <p>It leaves the development profile, for both of you.</p>
            {removing?.proposalKey ? (
              <p>
                It was accepted from a suggestion, so the suggestion comes back under Suggested from
                the evidence.
              </p>
            ) : null}
            {remove.error ? (
              <Alert tone="danger" role="alert">
                {formMessageOf(remove.error)}
              </Alert>
            ) : null}
          </>
        }
        confirmLabel="Remove entry"
        pending={remove.isPending}
        onConfirm={() => {
          if (!removing) return;
          remove.mutate(
            { engagementId, id: removing.id },
            {
              onSuccess: () => {
                setConfirming(false);
                onAnnounce(`Removed “${removing.title}” from ${words.many}.`);
              },
              onError: (error) => {
                // Removed by someone else meanwhile: the reloaded profile shows it gone.
                if (isApiError(error, 404)) setConfirming(false);
              },
            },
          );
        }}
        focusAfterClose={() =>
          removeButton.current?.isConnected
            ? removeButton.current
            : document.getElementById(sectionId(kind))
        }
      />
    </Card>
  );
}
