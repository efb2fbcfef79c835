import { Pencil } from "lucide-react";
import { useState } from "react";
import type { Me } from "../../../../contract/accounts";
import type { AgreementView } from "../../../../contract/agreements";
import type { EngagementSummary } from "../../../../contract/engagements";
import { sameTerms } from "../../../../domain/programmes/three-way-agreement";
import { QueryState } from "../../../components/query-state";
import { Alert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { isApiError } from "../../../lib/api-client";
import { formMessageOf } from "../../../lib/form-errors";
import { formatDate } from "../../../lib/format-date";
import { useAcceptAgreement, useAgreement } from "../api/agreement";
import { AgreementForm } from "./agreement-form";
import { AgreementTerms } from "./agreement-terms";
import { NEVER_SHOWN, partiesInWords } from "./sponsor-item-words";

/**
 * The three-way agreement on the engagement page, for its coach, client and sponsor: the coach
 * drafts the purpose, up to three goals and what the sponsor sees; each party accepts it here.
 */
export function AgreementCard({
  engagement,
  me,
  className,
}: {
  engagement: EngagementSummary;
  me: Me;
  className?: string;
}) {
  const party = [engagement.coach.id, engagement.client.id, engagement.sponsor?.id].includes(me.id);
  const agreement = useAgreement(engagement.id, party);
  if (!party || isApiError(agreement.error, 403)) return null;
  return (
    <Card className={className}>
      <section aria-labelledby="agreement-heading">
        <CardHeader>
          <div>
            <CardTitle id="agreement-heading">Agreement</CardTitle>
            <CardDescription>
              The engagement's purpose and goals, agreed by{" "}
              {engagement.sponsor ? "client, coach and sponsor" : "client and coach"}
              {engagement.sponsor ? ", and what the sponsor may see" : ""}.
            </CardDescription>
          </div>
        </CardHeader>
        <CardContent>
          <QueryState query={agreement} loading="Loading the agreement…">
            {(data) => <AgreementBody agreement={data} hasSponsor={Boolean(engagement.sponsor)} />}
          </QueryState>
        </CardContent>
      </section>
    </Card>
  );
}

function AgreementBody({
  agreement,
  hasSponsor,
}: {
  agreement: AgreementView;
  hasSponsor: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const accept = useAcceptAgreement(agreement.engagementId);
  if (editing)
    return (
      <AgreementForm
        agreement={agreement}
        hasSponsor={hasSponsor}
        onDone={() => setEditing(false)}
      />
    );
  return (
    <div className="space-y-4">
      <p role="status" className="text-sm font-medium text-slate-900">
        {stateWords(agreement)}
      </p>
      {agreement.inForce && agreement.state !== "agreed" ? (
        <Alert tone="warning">
          {agreement.terms && sameTerms(agreement.terms, agreement.inForce)
            ? "The engagement has a new coach, who accepts the terms the others agreed."
            : "The terms changed after everyone agreed them: everyone must accept again."}{" "}
          Until then the terms agreed on {formatDate(agreement.inForceAt ?? "")} stay in force.
        </Alert>
      ) : null}
      {agreement.terms ? <AgreementTerms terms={agreement.terms} hasSponsor={hasSponsor} /> : null}
      {hasSponsor && agreement.terms ? (
        <p className="text-sm text-slate-600">{NEVER_SHOWN}</p>
      ) : null}
      {agreement.terms ? (
        <ul className="space-y-1 text-sm text-slate-700" aria-label="Who has accepted">
          {agreement.parties.map((p) => (
            <li key={p.party}>
              {p.name} ({p.party}):{" "}
              {p.acceptedAt ? `accepted on ${formatDate(p.acceptedAt)}` : "not accepted yet"}
            </li>
          ))}
        </ul>
      ) : null}
      {accept.error ? <Alert tone="warning">{formMessageOf(accept.error)}</Alert> : null}
      <div className="flex flex-wrap gap-3">
        {agreement.mayAccept ? (
          <Button
            disabled={accept.isPending}
            onClick={() => accept.mutate({ revision: agreement.revision })}
          >
            {accept.isPending ? "Accepting…" : "Accept the agreement"}
          </Button>
        ) : null}
        {agreement.mayDraft ? (
          <Button variant="secondary" onClick={() => setEditing(true)}>
            <Pencil aria-hidden="true" />
            {agreement.terms ? "Change the terms" : "Draft the agreement"}
          </Button>
        ) : null}
      </div>
    </div>
  );
}

function stateWords(agreement: AgreementView): string {
  switch (agreement.state) {
    case "none":
      return agreement.mayDraft
        ? "Not drafted yet. Write down what the three of you agreed at the start."
        : "Your coach has not drafted the agreement yet.";
    case "draft":
      return "Draft: waiting for everyone to accept.";
    case "awaiting":
      return `Waiting for ${partiesInWords(agreement.waitingFor)} to accept.`;
    case "agreed":
      return `Agreed on ${formatDate(agreement.inForceAt ?? "")}.`;
  }
}
