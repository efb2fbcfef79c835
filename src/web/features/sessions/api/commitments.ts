import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  Commitment,
  CommitmentChange,
  CommitmentComment,
  CommitmentInput,
  CommitmentList,
} from "../../../../contract/commitments";
import { apiRequest } from "../../../lib/api-client";
import { sessionKeys } from "./session-keys";

// The engagement's commitments: each person's list, one added between sessions, how one went and
// the comments under it. Every write reads the lists and the sessions' pages again.

const commitmentKeys = {
  all: ["commitments"] as const,
  list: (engagementId: string, who: string, timeZone: string) =>
    ["commitments", engagementId, who, timeZone] as const,
};

const listPath = (engagementId: string) =>
  `/api/engagements/${encodeURIComponent(engagementId)}/commitments`;
const commitmentPath = (id: string) => `/api/session-commitments/${encodeURIComponent(id)}`;

function readerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

export type Whose = "mine" | "all";

export function useCommitmentList(engagementId: string, who: Whose, { enabled = true } = {}) {
  const timeZone = readerTimeZone();
  return useQuery({
    enabled,
    queryKey: commitmentKeys.list(engagementId, who, timeZone),
    queryFn: () =>
      apiRequest<CommitmentList>(
        `${listPath(engagementId)}?who=${who}&timeZone=${encodeURIComponent(timeZone)}`,
      ),
  });
}

function useRefreshAll() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: commitmentKeys.all });
    void queryClient.invalidateQueries({ queryKey: sessionKeys.all });
  };
}

export function useAddEngagementCommitment(engagementId: string) {
  const onSuccess = useRefreshAll();
  return useMutation({
    mutationFn: (body: CommitmentInput): Promise<Commitment> =>
      apiRequest(listPath(engagementId), { method: "POST", body }),
    onSuccess,
  });
}

/** Marks how a commitment went (or reopens it), or changes what it says. */
export function useUpdateCommitment() {
  const onSuccess = useRefreshAll();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: CommitmentChange }): Promise<Commitment> =>
      apiRequest(commitmentPath(id), { method: "PATCH", body: change }),
    onSuccess,
  });
}

export function useCommentOnCommitment(id: string) {
  const onSuccess = useRefreshAll();
  return useMutation({
    mutationFn: (text: string): Promise<CommitmentComment> =>
      apiRequest(`${commitmentPath(id)}/comments`, { method: "POST", body: { text } }),
    onSuccess,
  });
}
