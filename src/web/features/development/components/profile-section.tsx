import type { Me } from "../../../../contract/accounts";
import type { DevelopmentEntry } from "../../../../contract/development";
import type { EntryKind } from "../../../../domain/development/entries";
import { Card, CardContent, CardDescription, CardHeader } from "../../../components/ui/card";
import { useRemoveDevelopmentEntry } from "../api/remove-development-entry";
import { EntryCard } from "./entry-card";
import { KindIcon } from "./kind-icon";
import { KINDS, sectionId } from "./kinds";
import { RemoveEntryButton } from "./remove-entry-button";

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
 * One kind of the profile (Strengths, say) with its entries. An entry is removed from here, not
 * from its card: the card goes with the entry, and the removal must outlive it, to announce itself
 * and hand focus on to the section.
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
                    removeButton={
                      <RemoveEntryButton
                        entry={entry}
                        engagementId={engagementId}
                        remove={remove}
                        onRemoved={(removed) =>
                          onAnnounce(`Removed “${removed.title}” from ${words.many}.`)
                        }
                        focusWhenGone={() => document.getElementById(sectionId(kind))}
                      />
                    }
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
    </Card>
  );
}
