import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  Commitment,
  CommitmentChange,
  CommitmentInput,
  SessionThemes,
  SessionThemesInput,
  Theme,
} from "../../../../contract/session-work";
import type { SessionPage } from "../../../../contract/sessions";
import { apiRequest } from "../../../lib/api-client";
import { sessionKeys, sessionPath } from "./session-keys";

// A session's themes and commitments: each write reads the session's page again.

const themesPath = "/api/practice/themes";
const themeKeys = ["practice", "themes"] as const;
const commitmentPath = (id: string) => `/api/session-commitments/${encodeURIComponent(id)}`;

/** The practice's list of themes, to choose from. */
export function usePracticeThemes(enabled: boolean) {
  return useQuery({
    queryKey: themeKeys,
    queryFn: (): Promise<Theme[]> => apiRequest(themesPath),
    enabled,
  });
}

/** Adds a theme to the practice's list (one of the same name comes back as it is). */
export function useAddTheme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (label: string): Promise<Theme> =>
      apiRequest(themesPath, { method: "POST", body: { label } }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: themeKeys }),
  });
}

function useRefreshSession(sessionId: string) {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: sessionKeys.session(sessionId) });
}

export function useSetSessionThemes(sessionId: string) {
  const onSuccess = useRefreshSession(sessionId);
  return useMutation({
    mutationFn: (body: SessionThemesInput): Promise<SessionThemes> =>
      apiRequest(`${sessionPath(sessionId)}/themes`, { method: "PUT", body }),
    onSuccess,
  });
}

export function useAddCommitment(sessionId: string) {
  const onSuccess = useRefreshSession(sessionId);
  return useMutation({
    mutationFn: (body: CommitmentInput): Promise<Commitment> =>
      apiRequest(`${sessionPath(sessionId)}/commitments`, { method: "POST", body }),
    onSuccess,
  });
}

/** Changes a commitment; the page shows the answer at once, then is read again. */
export function useChangeCommitment(sessionId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshSession(sessionId);
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: CommitmentChange }): Promise<Commitment> =>
      apiRequest(commitmentPath(id), { method: "PATCH", body: change }),
    onSuccess: (changed) => {
      queryClient.setQueryData<SessionPage>(sessionKeys.session(sessionId), (page) =>
        page
          ? {
              ...page,
              commitments: page.commitments.map((one) => (one.id === changed.id ? changed : one)),
            }
          : page,
      );
      refresh();
    },
  });
}

export function useRemoveCommitment(sessionId: string) {
  const onSuccess = useRefreshSession(sessionId);
  return useMutation({
    mutationFn: (id: string): Promise<unknown> =>
      apiRequest(commitmentPath(id), { method: "DELETE" }),
    onSuccess,
  });
}
