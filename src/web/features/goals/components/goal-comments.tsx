import { useId } from "react";
import type { Goal } from "../../../../contract/goals";
import { ErrorState } from "../../../components/error-state";
import { Button } from "../../../components/ui/button";
import { Label } from "../../../components/ui/label";
import { Textarea } from "../../../components/ui/textarea";
import { formMessageOf } from "../../../lib/form-errors";
import { formatDateTime } from "../../../lib/format-date";
import { useAddComment, useGoalComments } from "../api/comments";

/** What the client and coach said about the goal; each sees and answers the other. */
export function GoalComments({ goal }: { goal: Goal }) {
  const id = useId();
  const comments = useGoalComments(goal.id);
  const add = useAddComment(goal.id);
  return (
    <div className="space-y-4">
      {comments.isPending ? (
        <p className="text-sm text-slate-600">Loading comments…</p>
      ) : comments.error ? (
        <ErrorState error={comments.error} onRetry={() => void comments.refetch()} />
      ) : comments.data.length === 0 ? (
        <p className="text-sm text-slate-600">No comments yet.</p>
      ) : (
        <ol className="space-y-3">
          {comments.data.map((comment) => (
            <li key={comment.id} className="rounded-lg bg-slate-50 p-3 text-sm">
              <p className="text-xs text-slate-600">
                <span className="font-semibold text-slate-800">{comment.author.name}</span> ·{" "}
                {formatDateTime(comment.createdAt)}
              </p>
              <p className="mt-1 whitespace-pre-line text-slate-900">{comment.body}</p>
            </li>
          ))}
        </ol>
      )}
      <form
        aria-label="Add a comment"
        className="space-y-2"
        onSubmit={(event) => {
          event.preventDefault();
          const form = event.currentTarget;
          const body = String(new FormData(form).get("body") ?? "").trim();
          if (body) add.mutate(body, { onSuccess: () => form.reset() });
        }}
      >
        <Label htmlFor={`${id}-body`}>Your comment</Label>
        <Textarea id={`${id}-body`} name="body" rows={2} maxLength={4000} required />
        {add.error ? (
          <p role="alert" className="text-sm font-medium text-red-700">
            {formMessageOf(add.error)}
          </p>
        ) : null}
        <Button type="submit" size="sm" variant="secondary" pending={add.isPending}>
          Comment
        </Button>
      </form>
    </div>
  );
}
