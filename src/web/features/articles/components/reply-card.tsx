import { Ban, Check, EyeOff, Pin, PinOff } from "lucide-react";
import type { ArticleReply } from "../../../../contract/articles";
import { DeleteButton } from "../../../components/delete-button";
import { Alert } from "../../../components/ui/alert";
import { Badge } from "../../../components/ui/badge";
import { Button } from "../../../components/ui/button";
import { formMessageOf } from "../../../lib/form-errors";
import { useBlockAddress, useModerateReply } from "../api/replies";
import { zonedDateTime } from "./article-words";

type Props = { reply: ArticleReply; onBlocked: (email: string, hidden: number) => void };

/** One reader's reply, as text, with what a moderator can do with it. */
export function ReplyCard({ reply, onBlocked }: Props) {
  const moderate = useModerateReply(reply.articleId);
  const block = useBlockAddress(reply.articleId);
  const busy = moderate.isPending || block.isPending;
  const act = (action: "approve" | "hide" | "pin" | "unpin") =>
    moderate.mutate({ id: reply.id, action });
  const headingId = `reply-${reply.id}`;

  return (
    <li aria-labelledby={headingId} className="space-y-3 py-4 first:pt-0 last:pb-0">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <p id={headingId} className="font-medium break-words text-slate-900">
          {reply.name}
        </p>
        <p className="text-sm break-all text-slate-600">{reply.email}</p>
        <p className="text-xs text-slate-600">{zonedDateTime(reply.createdAt)}</p>
        {reply.pinned ? <Badge tone="brand">Pinned</Badge> : null}
        {reply.blocked ? <Badge tone="danger">Address blocked</Badge> : null}
      </div>
      {/* A reader's words, shown as text: React escapes them, so no HTML in them ever runs. */}
      <p className="text-sm leading-relaxed whitespace-pre-wrap break-words text-slate-800">
        {reply.body}
      </p>
      {moderate.error || block.error ? (
        <div role="alert">
          <Alert tone="danger">{formMessageOf(moderate.error ?? block.error)}</Alert>
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {reply.status !== "approved" && !reply.blocked ? (
          <Button size="sm" disabled={busy} onClick={() => act("approve")}>
            <Check aria-hidden="true" />
            Approve<span className="sr-only">: reply from {reply.name}</span>
          </Button>
        ) : null}
        {reply.status !== "hidden" ? (
          <Button size="sm" variant="secondary" disabled={busy} onClick={() => act("hide")}>
            <EyeOff aria-hidden="true" />
            Hide<span className="sr-only">: reply from {reply.name}</span>
          </Button>
        ) : null}
        {reply.status === "approved" ? (
          <Button
            size="sm"
            variant="ghost"
            disabled={busy}
            onClick={() => act(reply.pinned ? "unpin" : "pin")}
          >
            {reply.pinned ? <PinOff aria-hidden="true" /> : <Pin aria-hidden="true" />}
            {reply.pinned ? "Unpin" : "Pin to the top"}
            <span className="sr-only">: reply from {reply.name}</span>
          </Button>
        ) : null}
        {reply.blocked ? null : (
          <DeleteButton
            size="sm"
            className="sm:ml-auto"
            question={`Block ${reply.email}?`}
            description={
              <>
                <p>
                  Every reply from this address is hidden, on every article of the practice, and any
                  reply it sends later is hidden too.
                </p>
                {block.error ? <Alert tone="danger">{formMessageOf(block.error)}</Alert> : null}
              </>
            }
            confirmLabel="Block the address"
            pending={block.isPending}
            onOpen={() => block.reset()}
            onConfirm={(close) =>
              block.mutate(reply.id, {
                onSuccess: (result) => {
                  close();
                  onBlocked(result.email, result.hiddenReplies);
                },
              })
            }
            focusWhenGone={() => document.getElementById("replies-heading")}
          >
            <Ban aria-hidden="true" />
            Block the address<span className="sr-only">: {reply.email}</span>
          </DeleteButton>
        )}
      </div>
    </li>
  );
}
