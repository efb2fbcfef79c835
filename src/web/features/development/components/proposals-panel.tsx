import { Check, Pencil, Sparkles } from "lucide-react";
import { useEffect, useId, useRef, useState } from "react";
import type { Proposal } from "../../../../contract/development";
import { Alert, FormAlert } from "../../../components/ui/alert";
import { Badge } from "../../../components/ui/badge";
import { Button } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { EmptyState } from "../../../components/ui/empty-state";
import { focusFirstInvalid, formMessageOf } from "../../../lib/form-errors";
import { useValidatedForm } from "../../../lib/use-validated-form";
import {
  acceptProposalSchema,
  proposalErrorMessage,
  useAcceptProposal,
} from "../api/accept-proposal";
import { useDismissProposal } from "../api/dismiss-proposal";
import { EntryFields } from "./entry-fields";
import { EvidenceList } from "./evidence-list";
import { focusSoon } from "./focus-soon";
import { KIND_TONES, KINDS } from "./kinds";
import { SetAsideList } from "./set-aside-list";

export const PROPOSALS_ID = "suggestions";

type ProposalsPanelProps = {
  engagementId: string;
  proposals: Proposal[];
  /** Suggestions set aside, which either party may bring back. */
  setAside: Proposal[];
  /** Whether any entry was accepted from a proposal: then the empty list means "all done". */
  anyAccepted: boolean;
  /** "you" for the client, their first name for the coach. */
  clientName: string;
  onAnnounce: (message: string) => void;
};

function proposalElementId(key: string): string {
  return `proposal-${key}`;
}

/**
 * What Keel suggests from the evidence: each proposal with its kind, words and evidence, to
 * accept as it is, accept in other words, or set aside (and bring back later). After either, focus moves
 * on to the next suggestion (or the panel, when none is left) and a live region says what
 * happened.
 */
export function ProposalsPanel({
  engagementId,
  proposals,
  setAside,
  anyAccepted,
  clientName,
  onAnnounce,
}: ProposalsPanelProps) {
  const submits = clientName === "you" ? "you submit" : `${clientName} submits`;
  return (
    <Card>
      <section
        id={PROPOSALS_ID}
        tabIndex={-1}
        aria-labelledby="suggestions-heading"
        className="rounded-xl outline-none focus-visible:ring-2 focus-visible:ring-brand-700"
      >
        <CardHeader>
          <div className="min-w-0">
            <CardTitle id="suggestions-heading">
              Suggested from the evidence
              {proposals.length > 0 ? (
                <span className="ml-2 text-sm font-normal text-slate-600">
                  ({proposals.length})
                </span>
              ) : null}
            </CardTitle>
            <CardDescription className="max-w-3xl">
              Keel reads the results and suggests entries. Accept those that ring true, in your own
              words if you like. A suggestion you set aside is kept below, where either of you can
              bring it back; new results can bring new ones.
            </CardDescription>
          </div>
        </CardHeader>
        <CardContent>
          {proposals.length === 0 ? (
            <EmptyState
              icon={Sparkles}
              title={anyAccepted ? "You've been through every suggestion" : "No suggestions yet"}
              description={`Suggestions appear when ${submits} a personality questionnaire or the leadership wheel, and when a 360 report is released.`}
              className="py-8"
            />
          ) : (
            <ul aria-labelledby="suggestions-heading" className="grid gap-4 lg:grid-cols-2">
              {proposals.map((proposal, index) => {
                const neighbour = proposals[index + 1] ?? proposals[index - 1];
                return (
                  <li key={proposal.key} className="min-w-0">
                    <ProposalCard
                      engagementId={engagementId}
                      proposal={proposal}
                      focusAfter={neighbour ? proposalElementId(neighbour.key) : PROPOSALS_ID}
                      onAnnounce={onAnnounce}
                    />
                  </li>
                );
              })}
            </ul>
          )}
          <SetAsideList
            engagementId={engagementId}
            setAside={setAside}
            proposalElementId={proposalElementId}
            onAnnounce={onAnnounce}
          />
        </CardContent>
      </section>
    </Card>
  );
}

function ProposalCard({
  engagementId,
  proposal,
  focusAfter,
  onAnnounce,
}: {
  engagementId: string;
  proposal: Proposal;
  /** Where focus goes once this suggestion has left the list. */
  focusAfter: string;
  onAnnounce: (message: string) => void;
}) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const kind = KINDS[proposal.kind];
  // The card leaves the list on success, so what follows is done through the hooks.
  const accept = useAcceptProposal({
    onAccepted: (entry) => {
      onAnnounce(`Added “${entry.title}” to ${KINDS[entry.kind].many}.`);
      focusSoon(focusAfter, PROPOSALS_ID);
    },
  });
  const dismiss = useDismissProposal({
    onDismissed: () => {
      onAnnounce(`Set aside “${proposal.title}”. It is listed under Set aside, to bring back.`);
      focusSoon(focusAfter, PROPOSALS_ID);
    },
  });
  const error = accept.error ?? dismiss.error;
  const busy = accept.isPending || dismiss.isPending;

  return (
    <article
      id={proposalElementId(proposal.key)}
      tabIndex={-1}
      aria-labelledby={titleId}
      className="flex h-full flex-col gap-3 rounded-lg border border-slate-200 bg-slate-50/60 p-4 outline-none focus-visible:ring-2 focus-visible:ring-brand-700 focus-visible:ring-offset-2"
    >
      <div className="space-y-1.5">
        <Badge tone={KIND_TONES[proposal.kind].badge}>{kind.one}</Badge>
        <h3 id={titleId} className="font-semibold text-slate-900">
          {proposal.title}
        </h3>
      </div>
      {editing ? null : <p className="text-sm leading-relaxed text-slate-700">{proposal.detail}</p>}
      <EvidenceList evidence={proposal.evidence} />
      {error && !editing ? (
        <Alert tone="danger" role="alert">
          {proposalErrorMessage(error) ?? formMessageOf(error)}
        </Alert>
      ) : null}
      {editing ? (
        <AcceptForm
          engagementId={engagementId}
          proposal={proposal}
          accept={accept}
          onCancel={() => {
            setEditing(false);
            requestAnimationFrame(() => editButton.current?.focus());
          }}
        />
      ) : (
        <div className="mt-auto flex flex-wrap gap-2 pt-1">
          <Button
            size="sm"
            pending={accept.isPending}
            disabled={busy}
            onClick={() =>
              accept.mutate({
                engagementId,
                proposal,
                title: proposal.title,
                detail: proposal.detail,
              })
            }
          >
            <Check aria-hidden="true" />
            Accept<span className="sr-only">: {proposal.title}</span>
          </Button>
          <Button
            ref={editButton}
            variant="secondary"
            size="sm"
            disabled={busy}
            onClick={() => {
              accept.reset();
              setEditing(true);
            }}
          >
            <Pencil aria-hidden="true" />
            Edit and accept<span className="sr-only">: {proposal.title}</span>
          </Button>
          <Button
            variant="ghost"
            size="sm"
            className="ml-auto"
            pending={dismiss.isPending}
            disabled={busy}
            onClick={() => dismiss.mutate({ engagementId, proposalKey: proposal.key })}
          >
            Set aside<span className="sr-only">: {proposal.title}</span>
          </Button>
        </div>
      )}
    </article>
  );
}

/** The proposal's title and detail, to reword before accepting; its kind and evidence stay. */
function AcceptForm({
  engagementId,
  proposal,
  accept,
  onCancel,
}: {
  engagementId: string;
  proposal: Proposal;
  accept: ReturnType<typeof useAcceptProposal>;
  onCancel: () => void;
}) {
  const errors = useValidatedForm(acceptProposalSchema, accept.error);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('input[name="title"]')?.focus();
  }, []);

  const onSubmit = errors.onSubmit((values, form) =>
    accept.mutate(
      { engagementId, proposal, ...values },
      { onError: () => focusFirstInvalid(form) },
    ),
  );
  const problem = proposalErrorMessage(accept.error) ?? errors.message;

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={onSubmit}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          onCancel();
        }
      }}
      aria-label={`Edit and accept “${proposal.title}”`}
      className="@container space-y-4 border-t border-slate-200 pt-4"
    >
      <FormAlert message={problem} />
      <EntryFields
        errors={errors.fieldErrors}
        defaults={{ title: proposal.title, detail: proposal.detail }}
        withKind={false}
        detailRows={6}
      />
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="ghost" size="sm" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" size="sm" pending={accept.isPending}>
          <Check aria-hidden="true" />
          Accept
        </Button>
      </div>
    </form>
  );
}
