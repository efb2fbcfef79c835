import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ArticleReply, ArticleReplyList, BlockResult } from "../../../../contract/articles";
import { apiRequest } from "../../../lib/api-client";
import { articleKeys, articlePath } from "./article-keys";

/** Every reply of an article, whatever its status: the page sorts them into waiting, approved, hidden. */
export function useReplies(articleId: string) {
  return useQuery({
    queryKey: articleKeys.replies(articleId),
    queryFn: () => apiRequest<ArticleReplyList>(`${articlePath(articleId)}/replies`),
  });
}

export type ReplyAction = "approve" | "hide" | "pin" | "unpin";

const replyPath = (id: string) => `/api/article-replies/${encodeURIComponent(id)}`;

function useReplyMutation<Input, Output>(
  articleId: string,
  call: (input: Input) => Promise<Output>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: articleKeys.replies(articleId) });
      void queryClient.invalidateQueries({ queryKey: articleKeys.list });
    },
  });
}

export function useModerateReply(articleId: string) {
  return useReplyMutation(articleId, ({ id, action }: { id: string; action: ReplyAction }) =>
    apiRequest<ArticleReply>(`${replyPath(id)}/${action}`, { method: "POST" }),
  );
}

/** Blocks the reply's address: every reply from it in the practice is hidden, future ones too. */
export function useBlockAddress(articleId: string) {
  return useReplyMutation(articleId, (id: string) =>
    apiRequest<BlockResult>(`${replyPath(id)}/block`, { method: "POST" }),
  );
}
