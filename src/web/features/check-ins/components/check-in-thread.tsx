import { useState } from "react";
import type { CheckIn } from "../../../../contract/check-ins";
import { FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { FormField } from "../../../components/ui/form-field";
import { Textarea } from "../../../components/ui/textarea";
import { fieldErrorsOf, formMessageOf } from "../../../lib/form-errors";
import { formatDateTime } from "../../../lib/format-date";
import { useReplyToCheckIn } from "../api/check-ins";

/** The replies under a check-in, oldest first, and a box to add one. */
export function CheckInThread({
  engagementId,
  checkIn,
  mayReply,
}: {
  engagementId: string;
  checkIn: CheckIn;
  mayReply: boolean;
}) {
  const reply = useReplyToCheckIn(engagementId, checkIn.id);
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const errors = fieldErrorsOf(reply.error);
  return (
    <div className="mt-3 space-y-2 border-l-2 border-slate-200 pl-3">
      <h3 className="sr-only">Replies</h3>
      {checkIn.replies.map((r) => (
        <div key={r.id} className="text-sm">
          <p className="font-medium text-slate-800">
            {r.author.name}{" "}
            <span className="font-normal text-slate-500">· {formatDateTime(r.createdAt)}</span>
          </p>
          <p className="whitespace-pre-wrap text-slate-700">{r.text}</p>
        </div>
      ))}
      {mayReply && !open ? (
        <Button variant="ghost" size="sm" onClick={() => setOpen(true)}>
          Reply
        </Button>
      ) : null}
      {mayReply && open ? (
        <form
          className="space-y-2"
          onSubmit={(event) => {
            event.preventDefault();
            reply.mutate(text, {
              onSuccess: () => {
                setText("");
                setOpen(false);
              },
            });
          }}
        >
          <FormAlert message={errors.text ? null : formMessageOf(reply.error)} />
          <FormField label="Reply" name="text" error={errors.text}>
            {(control) => (
              <Textarea
                {...control}
                autoFocus
                rows={2}
                maxLength={2000}
                value={text}
                onChange={(e) => setText(e.target.value)}
              />
            )}
          </FormField>
          <Button type="submit" variant="secondary" size="sm" pending={reply.isPending}>
            Send the reply
          </Button>
        </form>
      ) : null}
    </div>
  );
}
