import { useEffect, useRef } from "react";
import { Link } from "react-router";
import type { ImportPreview, ImportResult } from "../../../../contract/programmes";
import { Alert, FormAlert } from "../../../components/ui/alert";
import { Button, buttonClasses } from "../../../components/ui/button";
import { usePractice } from "../../../lib/api/get-practice";
import { isApiError } from "../../../lib/api-client";
import { formMessageOf } from "../../../lib/form-errors";
import { isReady, type ParticipantImport } from "./use-participant-import";

const people = (count: number) =>
  `${count.toLocaleString("en")} ${count === 1 ? "person" : "people"}`;

type ImportCommitProps = { flow: ParticipantImport; preview: ImportPreview; programmeId: string };

/** The one button that invites every row, its progress while the server works, and the result. */
export function ImportCommit({ flow, preview, programmeId }: ImportCommitProps) {
  const held = usePractice().data?.mailDelivery === "held";
  const { commit } = flow;
  if (commit.data)
    return (
      <ImportDone
        result={commit.data}
        held={held}
        programmeId={programmeId}
        onAgain={flow.startOver}
      />
    );
  if (!isReady(preview)) {
    if (preview.fileProblems.length > 0 || preview.counts.rows === 0) return null;
    return (
      <Alert tone="warning" title="Nothing is imported until every row is ready">
        Fix the {preview.counts.withProblems === 1 ? "row" : `${preview.counts.withProblems} rows`}{" "}
        with problems in the spreadsheet, save it as CSV and choose it again.
      </Alert>
    );
  }
  const count = preview.counts.ok;
  const clients = preview.counts.existingClients;
  const mail = clients === 0 ? "invitation" : "mail";
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">
        {held
          ? `Keel has no mail server set up: the ${count === 1 ? mail : `${count} ${mail}s`} will wait in the practice's outbox, not be emailed.`
          : clients === 0
            ? "Each gets an invitation mail with a link to join, as soon as you invite them."
            : "Each new person gets an invitation mail with a link to join; each client of the practice joins at once and gets a mail saying so, with a link to sign in."}
      </p>
      <Button onClick={flow.invite} pending={commit.isPending}>
        {clients === count ? `Add ${people(count)}` : `Invite ${people(count)}`}
      </Button>
      {commit.isPending ? <InvitingProgress count={count} /> : null}
      <FormAlert message={commitProblem(commit.error)} />
    </div>
  );
}

/** A refusal of rows that were ready: the practice changed meanwhile, and the rows are checked again. */
function commitProblem(error: unknown): string | null {
  if (isApiError(error, 400) && error.fields.length > 0)
    return "Nothing was imported: something changed since the file was checked. Its rows are checked again above.";
  return error ? formMessageOf(error) : null;
}

/** The commit is one transaction: there is no step to count, so the bar says "working". */
function InvitingProgress({ count }: { count: number }) {
  return (
    <div className="space-y-2" role="status">
      <div
        role="progressbar"
        aria-label={`Inviting ${people(count)}`}
        aria-valuetext="Working"
        className="h-1.5 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full w-full animate-pulse rounded-full bg-brand-600" />
      </div>
      <p className="text-sm text-slate-700">
        Inviting {people(count)}… All are saved together: if anything fails, nobody is invited.
      </p>
    </div>
  );
}

type ImportDoneProps = {
  result: ImportResult;
  held: boolean;
  programmeId: string;
  onAgain: () => void;
};

function ImportDone({ result, held, programmeId, onAgain }: ImportDoneProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="space-y-3 focus:outline-none">
      <Alert
        tone={held ? "info" : "success"}
        role="status"
        title={
          result.added > 0
            ? `${result.invited.toLocaleString("en")} invited, ${result.added.toLocaleString("en")} added`
            : `${result.invited.toLocaleString("en")} invited`
        }
      >
        {held ? (
          <p>
            Keel has no mail server set up, so the {result.added > 0 ? "mails" : "invitations"} were
            not emailed: they wait in the practice's{" "}
            <Link to="/outbox" className="font-medium underline">
              Outbox
            </Link>
            , where each link can be copied and sent.
          </p>
        ) : (
          <p>
            {result.added > 0
              ? "Each new participant was emailed a link to join, and each client of the practice a mail saying they were added. Their status shows on the programme."
              : "Each participant was emailed a link to join. Their status shows on the programme."}
          </p>
        )}
      </Alert>
      <div className="flex flex-wrap gap-2">
        <Link
          to={`/programmes/${encodeURIComponent(programmeId)}`}
          className={buttonClasses("primary")}
        >
          See the participants
        </Link>
        <Button variant="secondary" onClick={onAgain}>
          Import another file
        </Button>
      </div>
    </div>
  );
}
