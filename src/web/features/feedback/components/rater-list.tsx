import { Check, Pencil, Plus, TriangleAlert, UserRoundX, X } from "lucide-react";
import { useRef, useState } from "react";
import type { CampaignView, RaterView } from "../../../../contract/feedback";
import { listIsOpen } from "../../../../domain/feedback/campaign-status";
import { Badge } from "../../../components/ui/badge";
import { Button } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { useMailHeld } from "../../../lib/api/get-practice";
import { formMessageOf } from "../../../lib/form-errors";
import { formatDate } from "../../../lib/format-date";
import { useFocusOnClose } from "../../../lib/use-focus-on-close";
import { useDecideRater } from "../api/decide-rater";
import { useRemoveRater } from "../api/remove-rater";
import { hasResponses } from "./campaign-actions";
import type { Names, Viewer } from "./campaign-steps";
import { ProblemAlert } from "./problem-alert";
import { RaterForm } from "./rater-form";
import {
  groupAnswersText,
  limitText,
  problemsByGroup,
  provenanceText,
  type RatersOfGroup,
  ratersByGroup,
} from "./rater-groups";
import { ResendButton, ResendNotice, useLinkResend } from "./rater-link-resend";

type RaterListProps = { view: CampaignView; viewer: Viewer; names: Names };

const groupHeadingId = (group: string) => `raters-${group}`;
const editButtonId = (raterId: string) => `rater-${raterId}-edit`;

/**
 * The raters, group by group, with what each group still lacks ("Nominate at least 3 peers (2 so
 * far)"). While the list is open to the viewer they add, correct and remove raters; never does it
 * say who has answered.
 */
export function RaterList({ view, viewer, names }: RaterListProps) {
  const [adding, setAdding] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const addButton = useRef<HTMLButtonElement>(null);
  useFocusOnClose(adding, addButton);
  const { byGroup, general } = problemsByGroup(view.nominationProblems);
  const whose = viewer === "client" ? "you" : names.client;

  return (
    <Card className="lg:col-span-2">
      <section aria-labelledby="raters-heading">
        <CardHeader>
          <div className="min-w-0 flex-1 basis-64">
            <CardTitle id="raters-heading">Raters</CardTitle>
            <CardDescription>{listDescription(view, viewer, names)}</CardDescription>
          </div>
          {view.mayAddRaters && !adding ? (
            <Button ref={addButton} variant="secondary" size="sm" onClick={() => setAdding(true)}>
              <Plus aria-hidden="true" />
              Add rater
            </Button>
          ) : null}
        </CardHeader>
        <CardContent className="space-y-5">
          <p role="status" className="sr-only">
            {announcement}
          </p>
          {adding ? (
            <RaterForm
              campaignId={view.id}
              groupLimits={view.groupLimits}
              whose={whose}
              approver={
                view.status === "collecting"
                  ? viewer === "client"
                    ? view.coach.name
                    : view.client.name
                  : undefined
              }
              onSaved={(rater) => setAnnouncement(`Added ${rater.name}.`)}
              onClose={() => setAdding(false)}
            />
          ) : null}
          {general.length > 0 ? <ProblemAlert message={null} details={general} /> : null}
          {ratersByGroup(view.raters).map((group) => (
            <RaterGroupSection
              key={group.group}
              group={group}
              view={view}
              whose={whose}
              viewer={viewer}
              problems={byGroup[group.group] ?? []}
              onChange={setAnnouncement}
            />
          ))}
        </CardContent>
      </section>
    </Card>
  );
}

function listDescription(view: CampaignView, viewer: Viewer, { client, coach }: Names): string {
  if (view.status === "nominating" && viewer === "client")
    return `Choose people who have seen you at work in recent months. Each gets a private link once ${coach} approves the list; nobody is told who else was asked.`;
  if (listIsOpen(view.status))
    return viewer === "coach"
      ? `The colleagues ${client} would like feedback from. Nobody is invited until you approve the list.`
      : `The colleagues you nominated. Nobody is invited until ${coach} approves the list.`;
  if (view.status === "collecting")
    return `Everyone invited to answer. A rater added now is asked only once ${viewer === "client" ? coach : client} approves. Answers are counted by group; you will never see who answered what.`;
  return "Everyone invited to answer. Answers are counted by group; you will never see who answered what.";
}

function RaterGroupSection({
  group,
  view,
  whose,
  viewer,
  problems,
  onChange,
}: {
  group: RatersOfGroup;
  view: CampaignView;
  whose: string;
  viewer: Viewer;
  problems: string[];
  onChange: (announcement: string) => void;
}) {
  const limit = view.groupLimits[group.group];
  if (limit.max === 0 && group.raters.length === 0) return null;
  const headingId = groupHeadingId(group.group);
  // Answers are counted by group, as the Responses card counts them; a rater's row never says.
  const answers =
    hasResponses(view.status) && group.raters.length > 0
      ? groupAnswersText(group.group, view.responseCounts, view.threshold)
      : null;
  return (
    <section
      aria-labelledby={headingId}
      className="border-t border-slate-100 pt-4 first:border-t-0 first:pt-0"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <h3
          id={headingId}
          tabIndex={-1}
          className="text-sm font-semibold text-slate-900 outline-none"
        >
          {group.label} <span className="font-normal text-slate-600">({group.raters.length})</span>
        </h3>
        <p className="text-xs text-slate-600">Asks for {limitText(limit)}</p>
      </div>
      {answers ? <p className="mt-1 text-sm font-medium text-slate-800">{answers}</p> : null}
      {problems.map((problem) => (
        <p
          key={problem}
          className="mt-2 flex items-start gap-1.5 text-sm font-medium text-amber-900"
        >
          <TriangleAlert className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
          {problem}
        </p>
      ))}
      {group.raters.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">Nobody yet.</p>
      ) : (
        <ul aria-labelledby={headingId} className="mt-2 divide-y divide-slate-100">
          {group.raters.map((rater) => (
            <RaterRow
              key={rater.id}
              rater={rater}
              view={view}
              whose={whose}
              viewer={viewer}
              onChange={onChange}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function RaterRow({
  rater,
  view,
  whose,
  viewer,
  onChange,
}: {
  rater: RaterView;
  view: CampaignView;
  whose: string;
  viewer: Viewer;
  onChange: (announcement: string) => void;
}) {
  const [editing, setEditing] = useState(false);
  const remove = useRemoveRater();
  const decide = useDecideRater();
  const waiting = rater.approval === "waiting";
  const mailHeld = useMailHeld();
  const mayEdit = view.mayEditRaters && !rater.invited && !rater.addedLate;
  const mayRemove =
    (view.mayEditRaters && listIsOpen(view.status)) || (waiting && !rater.mayDecide);
  const resend = useLinkResend(rater, onChange);
  const errorMessage = resend.errorMessage ?? formMessageOf(remove.error ?? decide.error);

  if (editing) {
    return (
      <li className="py-3">
        <RaterForm
          campaignId={view.id}
          groupLimits={view.groupLimits}
          rater={rater}
          whose={whose}
          onSaved={(saved) => {
            setEditing(false);
            onChange(`Saved ${saved.name}.`);
            requestAnimationFrame(() => document.getElementById(editButtonId(rater.id))?.focus());
          }}
          onClose={() => {
            setEditing(false);
            requestAnimationFrame(() => document.getElementById(editButtonId(rater.id))?.focus());
          }}
        />
      </li>
    );
  }

  return (
    <li className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0">
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 font-medium text-slate-900">
          {rater.name}
          {rater.invited ? (
            <Badge tone="brand">{mailHeld ? "Invitation held" : "Invitation sent"}</Badge>
          ) : null}
          {waiting ? <Badge tone="warning">Waiting for approval</Badge> : null}
          {rater.approval === "lapsed" ? <Badge>Never invited</Badge> : null}
        </p>
        <p className="text-sm break-all text-slate-600">{rater.email}</p>
        <p className="text-xs text-slate-600">{provenanceText(rater, viewer, formatDate)}</p>
        {waiting && !rater.mayDecide && rater.approver ? (
          <p className="text-sm font-medium text-amber-900">
            Waiting for {rater.approver.name}'s approval
          </p>
        ) : null}
        {errorMessage ? (
          <div className="mt-2">
            <ProblemAlert message={errorMessage} />
          </div>
        ) : null}
        <ResendNotice name={rater.name} result={resend.result} />
      </div>
      {mayEdit || mayRemove || rater.mayDecide || rater.mayResendLink ? (
        <div className="flex flex-wrap gap-2 sm:shrink-0">
          {rater.mayDecide ? (
            <DecideButtons rater={rater} campaignId={view.id} decide={decide} onChange={onChange} />
          ) : null}
          {rater.mayResendLink ? (
            <ResendButton name={rater.name} pending={resend.pending} onClick={resend.send} />
          ) : null}
          {mayEdit ? (
            <Button
              id={editButtonId(rater.id)}
              variant="ghost"
              size="sm"
              onClick={() => setEditing(true)}
            >
              <Pencil aria-hidden="true" />
              Edit<span className="sr-only">: {rater.name}</span>
            </Button>
          ) : null}
          {mayRemove ? (
            <Button
              variant="danger-outline"
              size="sm"
              pending={remove.isPending}
              onClick={() =>
                // The row is gone once the list comes back, so no mutate callbacks.
                remove.mutateAsync({ campaignId: view.id, raterId: rater.id }).then(
                  () => {
                    onChange(`${waiting ? "Withdrew" : "Removed"} ${rater.name}.`);
                    document.getElementById(groupHeadingId(rater.group))?.focus();
                  },
                  () => undefined,
                )
              }
            >
              <UserRoundX aria-hidden="true" />
              {waiting ? "Withdraw" : "Remove"}
              <span className="sr-only">: {rater.name}</span>
            </Button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

/** Approve or decline a rater added while collecting: only then do they get their link. */
function DecideButtons({
  rater,
  campaignId,
  decide,
  onChange,
}: {
  rater: RaterView;
  campaignId: string;
  decide: ReturnType<typeof useDecideRater>;
  onChange: (announcement: string) => void;
}) {
  const mailHeld = useMailHeld();
  const run = (decision: "approve" | "decline", done: () => void) =>
    decide.mutateAsync({ campaignId, raterId: rater.id, decision }).then(done, () => undefined);
  const approved = mailHeld
    ? `Approved ${rater.name}. No mail server is set up, so their invitation is held and does not reach them.`
    : `Approved ${rater.name}; their link is on its way.`;
  return (
    <>
      <Button
        size="sm"
        pending={decide.isPending && decide.variables?.decision === "approve"}
        onClick={() => run("approve", () => onChange(approved))}
      >
        <Check aria-hidden="true" />
        Approve<span className="sr-only">: {rater.name}</span>
      </Button>
      <Button
        variant="danger-outline"
        size="sm"
        pending={decide.isPending && decide.variables?.decision === "decline"}
        onClick={() =>
          run("decline", () => {
            onChange(`Declined ${rater.name}.`);
            document.getElementById(groupHeadingId(rater.group))?.focus();
          })
        }
      >
        <X aria-hidden="true" />
        Decline<span className="sr-only">: {rater.name}</span>
      </Button>
    </>
  );
}
