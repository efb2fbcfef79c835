import { Trash2 } from "lucide-react";
import type { DevelopmentEntry } from "../../../../contract/development";
import { DeleteButton } from "../../../components/delete-button";
import { Alert } from "../../../components/ui/alert";
import { isApiError } from "../../../lib/api-client";
import { formMessageOf } from "../../../lib/form-errors";
import type { useRemoveDevelopmentEntry } from "../api/remove-development-entry";

/**
 * An entry's Remove button, asking first. The removal is the section's (`remove`): the card goes
 * with the entry, and what follows (`onRemoved`, focus on the section) must outlive it.
 */
export function RemoveEntryButton({
  entry,
  engagementId,
  remove,
  onRemoved,
  focusWhenGone,
}: {
  entry: DevelopmentEntry;
  engagementId: string;
  remove: ReturnType<typeof useRemoveDevelopmentEntry>;
  onRemoved: (entry: DevelopmentEntry) => void;
  focusWhenGone: () => HTMLElement | null;
}) {
  return (
    <DeleteButton
      variant="ghost"
      size="sm"
      title="Remove"
      className="px-2 text-red-700 hover:bg-red-50 hover:text-red-800 sm:px-3"
      question={`Remove “${entry.title}”?`}
      description={
        <>
          <p>It leaves the development profile, for both of you.</p>
          {entry.proposalKey ? (
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
      onOpen={() => remove.reset()}
      onConfirm={(close) =>
        remove.mutate(
          { engagementId, id: entry.id },
          {
            onSuccess: () => {
              close();
              onRemoved(entry);
            },
            onError: (error) => {
              // Removed by someone else meanwhile: the reloaded profile shows it gone.
              if (isApiError(error, 404)) close();
            },
          },
        )
      }
      focusWhenGone={focusWhenGone}
    >
      <Trash2 aria-hidden="true" />
      <span className="sr-only sm:not-sr-only">Remove</span>
      <span className="sr-only">: {entry.title}</span>
    </DeleteButton>
  );
}
