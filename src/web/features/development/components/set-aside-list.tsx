import { Undo2 } from "lucide-react";
import type { Proposal } from "../../../../contract/development";
import { Alert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { formMessageOf } from "../../../lib/form-errors";
import { useRestoreProposal } from "../api/restore-proposal";
import { focusSoon } from "./focus-soon";
import { KINDS } from "./kinds";

/**
 * The suggestions someone set aside, folded under the open ones: either party may bring one
 * back, and it returns to the suggestions with its evidence.
 */
export function SetAsideList({
  engagementId,
  setAside,
  proposalElementId,
  onAnnounce,
}: {
  engagementId: string;
  setAside: Proposal[];
  proposalElementId: (key: string) => string;
  onAnnounce: (message: string) => void;
}) {
  const restore = useRestoreProposal({
    onRestored: ({ proposalKey }) => {
      const back = setAside.find((p) => p.key === proposalKey);
      if (back) onAnnounce(`Brought back “${back.title}” among the suggestions.`);
      focusSoon(proposalElementId(proposalKey));
    },
  });
  if (setAside.length === 0) return null;
  return (
    <details className="mt-5 rounded-lg border border-slate-200 px-4 py-3">
      <summary className="cursor-pointer text-sm font-medium text-slate-700">
        Set aside ({setAside.length})
      </summary>
      {restore.error ? (
        <Alert tone="danger" role="alert" className="mt-3">
          {formMessageOf(restore.error)}
        </Alert>
      ) : null}
      <ul className="mt-3 divide-y divide-slate-100">
        {setAside.map((proposal) => (
          <li
            key={proposal.key}
            className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm"
          >
            <span className="min-w-0">
              <span className="text-slate-600">{KINDS[proposal.kind].one}: </span>
              <span className="font-medium text-slate-900">{proposal.title}</span>
            </span>
            <Button
              variant="secondary"
              size="sm"
              pending={restore.isPending && restore.variables?.proposalKey === proposal.key}
              disabled={restore.isPending}
              onClick={() => restore.mutate({ engagementId, proposalKey: proposal.key })}
            >
              <Undo2 aria-hidden="true" />
              Bring back<span className="sr-only">: {proposal.title}</span>
            </Button>
          </li>
        ))}
      </ul>
    </details>
  );
}
