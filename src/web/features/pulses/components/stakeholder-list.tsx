import { type FormEvent, useState } from "react";
import type { PulseOverview, Stakeholder } from "../../../../contract/pulses";
import { Badge } from "../../../components/ui/badge";
import { Button } from "../../../components/ui/button";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { isApiError } from "../../../lib/api-client";
import { formatDate } from "../../../lib/format-date";
import { useAddStakeholder, useApproveStakeholder, useRemoveStakeholder } from "../api/pulses";

const STATE = {
  waiting: { label: "Waiting for approval", tone: "warning" },
  approved: { label: "Approved", tone: "success" },
  removed: { label: "Removed", tone: "neutral" },
} as const;

/**
 * The stakeholders, with who added each and when and who approved them: the party who did not
 * add a stakeholder approves them before any pulse goes to them.
 */
export function StakeholderList({
  engagementId,
  overview,
  writable,
}: {
  engagementId: string;
  overview: PulseOverview;
  writable: boolean;
}) {
  const approve = useApproveStakeholder(engagementId);
  const remove = useRemoveStakeholder(engagementId);
  const failed = approve.error ?? remove.error;
  return (
    <div className="space-y-3">
      {overview.stakeholders.length === 0 ? (
        <p className="text-sm text-slate-600">
          No stakeholders yet. About five people who see the behaviours at work make a good pulse.
        </p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {overview.stakeholders.map((s) => (
            <StakeholderRow
              key={s.id}
              stakeholder={s}
              mayApprove={writable && s.state === "waiting" && s.approver === overview.viewer}
              mayRemove={writable && s.state !== "removed"}
              onApprove={() => approve.mutate(s.id)}
              onRemove={() => remove.mutate(s.id)}
              busy={approve.isPending || remove.isPending}
            />
          ))}
        </ul>
      )}
      {failed ? (
        <p role="alert" className="text-sm text-red-700">
          {failed.message}
        </p>
      ) : null}
      {writable ? <AddStakeholder engagementId={engagementId} /> : null}
    </div>
  );
}

function StakeholderRow({
  stakeholder: s,
  mayApprove,
  mayRemove,
  onApprove,
  onRemove,
  busy,
}: {
  stakeholder: Stakeholder;
  mayApprove: boolean;
  mayRemove: boolean;
  onApprove: () => void;
  onRemove: () => void;
  busy: boolean;
}) {
  const state = STATE[s.state];
  return (
    <li className="flex flex-wrap items-start justify-between gap-2 py-3 text-sm">
      <div className="min-w-0">
        <p className="font-medium text-slate-900">
          {s.name}
          {s.relationship ? (
            <span className="font-normal text-slate-600"> · {s.relationship}</span>
          ) : null}
        </p>
        <p className="break-all text-slate-600">{s.email}</p>
        <p className="text-xs text-slate-600">
          Added by {s.addedBy.name} on {formatDate(s.addedAt)}
          {s.approvedBy && s.approvedAt
            ? `; approved by ${s.approvedBy.name} on ${formatDate(s.approvedAt)}`
            : ""}
          {s.state === "waiting" ? `; the ${s.approver} approves` : ""}
          {s.removedAt ? `; removed on ${formatDate(s.removedAt)}` : ""}
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={state.tone}>{state.label}</Badge>
        {mayApprove ? (
          <Button size="sm" onClick={onApprove} disabled={busy}>
            Approve
          </Button>
        ) : null}
        {mayRemove ? (
          <Button size="sm" variant="ghost" onClick={onRemove} disabled={busy}>
            {s.state === "waiting" ? "Decline" : "Remove"}
          </Button>
        ) : null}
      </div>
    </li>
  );
}

function AddStakeholder({ engagementId }: { engagementId: string }) {
  const add = useAddStakeholder(engagementId);
  const [fields, setFields] = useState({ name: "", email: "", relationship: "" });
  const problem = (path: string) =>
    isApiError(add.error) ? add.error.fields.find((f) => f.path === path)?.message : undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    add.mutate(fields, { onSuccess: () => setFields({ name: "", email: "", relationship: "" }) });
  }

  return (
    <form onSubmit={submit} className="grid gap-3 rounded-lg bg-slate-50 p-3 sm:grid-cols-3">
      <FormField label="Name" name="name" error={problem("name")}>
        {(control) => (
          <Input
            {...control}
            value={fields.name}
            onChange={(e) => setFields({ ...fields, name: e.target.value })}
          />
        )}
      </FormField>
      <FormField label="Email" name="email" error={problem("email")}>
        {(control) => (
          <Input
            {...control}
            type="email"
            value={fields.email}
            onChange={(e) => setFields({ ...fields, email: e.target.value })}
          />
        )}
      </FormField>
      <FormField label="Relationship" name="relationship" optional error={problem("relationship")}>
        {(control) => (
          <Input
            {...control}
            placeholder="Peer, manager, report…"
            value={fields.relationship}
            onChange={(e) => setFields({ ...fields, relationship: e.target.value })}
          />
        )}
      </FormField>
      <div className="sm:col-span-3">
        <Button type="submit" size="sm" variant="secondary" disabled={add.isPending}>
          Add stakeholder
        </Button>
        {add.error && !isApiError(add.error, 400) ? (
          <span role="alert" className="ml-3 text-sm text-red-700">
            {add.error.message}
          </span>
        ) : null}
      </div>
    </form>
  );
}
