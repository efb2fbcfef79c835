import { type FormEvent, type ReactNode, useId, useState } from "react";
import type { Commitment, CommitmentStatus } from "../../../../contract/commitments";
import { FormAlert } from "../../../components/ui/alert";
import { Badge, type BadgeTone } from "../../../components/ui/badge";
import { Button } from "../../../components/ui/button";
import { FormField } from "../../../components/ui/form-field";
import { Textarea } from "../../../components/ui/textarea";
import { formMessageOf } from "../../../lib/form-errors";
import { formatDate } from "../../../lib/format-date";
import { useCommentOnCommitment, useUpdateCommitment } from "../api/commitments";

// Under a commitment, wherever it shows: how it went (marked by its owner or the coach, reopened
// by either) with its note, and the thread of comments between coach and client.

const STATUS: Record<CommitmentStatus, { label: string; tone: BadgeTone }> = {
  open: { label: "Open", tone: "neutral" },
  done: { label: "Done", tone: "success" },
  partly_done: { label: "Partly done", tone: "warning" },
  not_done: { label: "Not done", tone: "danger" },
};

export function CommitmentStatusBadge({ status }: { status: CommitmentStatus }) {
  return <Badge tone={STATUS[status].tone}>{STATUS[status].label}</Badge>;
}

export interface CommitmentAbilities {
  /** The viewer owns it or is the coach: they mark how it went. */
  mark: boolean;
  /** The viewer is the coach or the client, in an engagement still open. */
  work: boolean;
}

export function commitmentAbilities(
  commitment: Commitment,
  viewerId: string,
  coachId: string,
  open: boolean,
): CommitmentAbilities {
  return {
    mark: open && (commitment.owner.id === viewerId || coachId === viewerId),
    work: open,
  };
}

export function CommitmentDetails({
  commitment,
  may,
  children,
}: {
  commitment: Commitment;
  may: CommitmentAbilities;
  /** More actions on it, shown with these while the viewer may work on it. */
  children?: ReactNode;
}) {
  const update = useUpdateCommitment();
  const [marking, setMarking] = useState(false);
  const [commenting, setCommenting] = useState(false);
  const marked = commitment.status !== "open";
  return (
    <div className="space-y-2">
      {marked ? (
        <p className="text-sm text-slate-700">
          <CommitmentStatusBadge status={commitment.status} />
          {commitment.markedBy ? (
            <span className="ml-2 text-slate-600">
              marked by {commitment.markedBy.name}
              {commitment.markedAt ? ` on ${formatDate(commitment.markedAt)}` : ""}
            </span>
          ) : null}
          {commitment.note ? (
            <span className="mt-1 block break-words italic">“{commitment.note}”</span>
          ) : null}
        </p>
      ) : null}
      {marking ? <MarkForm commitment={commitment} onDone={() => setMarking(false)} /> : null}
      <CommentThread
        commitment={commitment}
        open={commenting}
        onClose={() => setCommenting(false)}
      />
      <FormAlert message={formMessageOf(update.error)} />
      {may.work && !marking ? (
        <div className="flex flex-wrap gap-x-3">
          {may.mark ? (
            <Button variant="link" size="sm" onClick={() => setMarking(true)}>
              {marked ? "Change how it went" : "How did it go?"}
              <span className="sr-only"> “{commitment.text}”</span>
            </Button>
          ) : null}
          {marked ? (
            <Button
              variant="link"
              size="sm"
              disabled={update.isPending}
              onClick={() => update.mutate({ id: commitment.id, change: { status: "open" } })}
            >
              Reopen<span className="sr-only"> “{commitment.text}”</span>
            </Button>
          ) : null}
          {!commenting ? (
            <Button variant="link" size="sm" onClick={() => setCommenting(true)}>
              Comment<span className="sr-only"> on “{commitment.text}”</span>
            </Button>
          ) : null}
          {children}
        </div>
      ) : null}
    </div>
  );
}

const CHOICES: CommitmentStatus[] = ["done", "partly_done", "not_done"];

function MarkForm({ commitment, onDone }: { commitment: Commitment; onDone: () => void }) {
  const update = useUpdateCommitment();
  const id = useId();
  const [status, setStatus] = useState<CommitmentStatus>(
    commitment.status === "open" ? "done" : commitment.status,
  );
  const [note, setNote] = useState(commitment.note ?? "");
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.mutate(
      { id: commitment.id, change: { status, note: note.trim() || null } },
      { onSuccess: onDone },
    );
  };
  return (
    <form
      onSubmit={submit}
      className="space-y-3 rounded-lg border border-slate-200 p-3"
      aria-label={`How “${commitment.text}” went`}
    >
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">How did it go?</legend>
        <div className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
          {CHOICES.map((choice) => (
            <label key={choice} className="flex items-center gap-2 text-sm text-slate-800">
              <input
                type="radio"
                name={`${id}-status`}
                className="size-4 accent-brand-700"
                checked={status === choice}
                onChange={() => setStatus(choice)}
              />
              {STATUS[choice].label}
            </label>
          ))}
        </div>
      </fieldset>
      <FormField label="Note" name="note" optional>
        {(control) => (
          <Textarea
            {...control}
            rows={2}
            maxLength={1000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        )}
      </FormField>
      <FormAlert message={formMessageOf(update.error)} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" variant="secondary" size="sm" pending={update.isPending}>
          Save
        </Button>
        <Button variant="ghost" size="sm" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function CommentThread({
  commitment,
  open,
  onClose,
}: {
  commitment: Commitment;
  open: boolean;
  onClose: () => void;
}) {
  const comment = useCommentOnCommitment(commitment.id);
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!text.trim()) return setProblem("Write a comment");
    setProblem(null);
    comment.mutate(text.trim(), {
      onSuccess: () => {
        setText("");
        onClose();
      },
    });
  };
  if (commitment.comments.length === 0 && !open) return null;
  return (
    <div className="space-y-2 border-l-2 border-slate-200 pl-3">
      {commitment.comments.length > 0 ? (
        <ul className="space-y-2" aria-label={`Comments on “${commitment.text}”`}>
          {commitment.comments.map((c) => (
            <li key={c.id} className="text-sm">
              <p className="text-slate-600">
                <span className="font-medium text-slate-800">{c.author.name}</span> ·{" "}
                {formatDate(c.createdAt)}
              </p>
              <p className="break-words whitespace-pre-line text-slate-900">{c.text}</p>
            </li>
          ))}
        </ul>
      ) : null}
      {open ? (
        <form onSubmit={submit} noValidate className="space-y-2" aria-label="Add a comment">
          <FormField label="Comment" name="comment" error={problem ?? undefined}>
            {(control) => (
              <Textarea
                {...control}
                rows={2}
                maxLength={1000}
                value={text}
                onChange={(e) => setText(e.target.value)}
              />
            )}
          </FormField>
          <FormAlert message={formMessageOf(comment.error)} />
          <div className="flex flex-wrap gap-3">
            <Button type="submit" variant="secondary" size="sm" pending={comment.isPending}>
              Post comment
            </Button>
            <Button variant="ghost" size="sm" onClick={onClose}>
              Cancel
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
